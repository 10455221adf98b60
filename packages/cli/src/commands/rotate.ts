import { ConfigurationError, Inputs, parseList } from '@mcp-secrets/ports';
import type { RotationRequest, VaultDestination } from '@mcp-secrets/rotation';
import { planProvider, readSyncOptions, type SyncOptions } from '@mcp-secrets/secrets-sync';
import { VaultClient } from '@mcp-secrets/vault';
import { EXIT, type Command, type CommandContext, type OptionSpec } from '../command';
import { ACTION_INPUTS } from '../generated/action-inputs';
import { optionsAsInputs } from './sync';

// Credentials never go on a command line (shell history, `ps`): VAULT_TOKEN, VAULT_SECRET_ID, SOPS_AGE_KEY.
const CREDENTIALS = new Set(['vault-token', 'vault-secret-id']);
const SYNC_OPTIONS = ACTION_INPUTS.sync.filter((input) => (input.name.startsWith('vault-') || input.name === 'jwt-audience' || input.name === 'sops-file') && !CREDENTIALS.has(input.name));

const ROTATE_OPTIONS: OptionSpec[] = [
  { name: 'set', multiple: true, description: 'KEY=VALUE (repeatable): the new value of KEY (prefer --set-from-env: a command line is visible in `ps` and shell history)' },
  { name: 'set-from-env', multiple: true, description: 'KEY[,KEY...] (repeatable): take the new value of KEY from the environment variable KEY' },
  { name: 'generate', multiple: true, description: 'KEY[,KEY...] (repeatable): give KEY a new random value (32 bytes, hex, as `openssl rand -hex 32`)' },
  { name: 'add', description: 'allow the changes to add keys the bundle does not have yet', flag: true },
  { name: 'new-age-key', description: 'add a new age identity as a recipient (its public key goes into .sops.yaml)', flag: true },
  { name: 'age-key-out', description: "write the new identity's secret key to this file (0600, outside the repository) instead of showing it once" },
  { name: 'publish-vault', description: 'publish the rotated bundle to Vault KV v2 (check-and-set on the version read first)', flag: true },
  { name: 'task', description: 'the task or incident id to record with the rotation (e.g. TASK-OPS-302)' },
  { name: 'yes', description: 'apply the rotation; without it, only the plan is printed (dry run)', flag: true },
];

/** Every `--set` is one assignment; `--set-from-env` and `--generate` also take comma-separated names. */
function optionValues(value: string | boolean | string[] | undefined, split: boolean): string[] {
  const given = typeof value === 'string' ? [value] : Array.isArray(value) ? value : [];
  return split ? given.flatMap(parseList) : given;
}

function stringOption(ctx: CommandContext, name: string): string | undefined {
  const value = ctx.values[name];
  return typeof value === 'string' && value.trim() !== '' ? value.trim() : undefined;
}

function readVaultOptions(ctx: CommandContext): SyncOptions {
  const source = optionsAsInputs(ctx);
  const inputs = new Inputs({ get: (name) => (name === 'provider' ? 'vault' : source.get(name)) }, ctx.env);
  // env-file and console-secrets-file: '' means "not written"; rotate writes neither.
  return readSyncOptions(inputs, () => '', { ...ctx.env, GITHUB_WORKSPACE: ctx.cwd });
}

/** Logs in as sync does (token or AppRole); returns whether the token is ours to revoke. */
async function logIn(client: VaultClient, options: SyncOptions, env: NodeJS.ProcessEnv): Promise<boolean> {
  const plan = planProvider(options, env);
  if (plan.provider !== 'vault') throw new ConfigurationError('--publish-vault needs a Vault address and credentials', { input: 'vault-addr' });
  switch (plan.login.method) {
    case 'token':
      client.useToken(plan.login.token);
      return false;
    case 'approle':
      return (await client.loginAppRole(plan.login)).tokenType === 'service';
    case 'jwt':
      throw new ConfigurationError('GitHub OIDC login works only inside a GitHub Actions job', { input: 'vault-auth-method', hint: 'set VAULT_TOKEN, or VAULT_ROLE_ID and VAULT_SECRET_ID' });
  }
}

interface VaultSession {
  destination: VaultDestination;
  /** Revokes a token obtained by login (never one the user passed in). */
  close(): Promise<void>;
}

async function openVault(ctx: CommandContext, options: SyncOptions): Promise<VaultSession> {
  const { vault } = options;
  // Each client gets the whole vault-timeout-seconds: a read-back after a write timed out needs time of its own.
  const connect = (token?: string): VaultClient =>
    new VaultClient({
      address: vault.address,
      ...(vault.namespace ? { namespace: vault.namespace } : {}),
      ...(vault.authNamespace ? { authNamespace: vault.authNamespace } : {}),
      ...(vault.caCert ? { caCert: vault.caCert } : {}),
      ...(token === undefined ? {} : { token }),
      deadline: Date.now() + vault.timeoutSeconds * 1000,
      env: ctx.env,
      ...(ctx.values.verbose === true ? { logger: { debug: (message: string) => ctx.io.err(`${message}\n`) } } : {}),
    });
  const client = connect();
  const revocable = await logIn(client, options, ctx.env);
  return {
    destination: { kv: client, path: vault.secretPath, secretsKey: vault.secretsKey, reconnect: () => connect(client.token) },
    close: async () => {
      if (revocable) await client.revokeSelf().catch(() => ctx.io.err('warning: could not revoke the Vault token obtained by login; it expires with its TTL\n'));
    },
  };
}

export const rotateCommand: Command = {
  name: 'rotate',
  summary: 'emergency rotation: new values, MCP_SECRETS_VERSION bump, re-encryption for .sops.yaml, optional new age key and Vault publication',
  options: [...ROTATE_OPTIONS, ...SYNC_OPTIONS],
  async run(ctx) {
    const vaultOptions = ctx.values['publish-vault'] === true ? readVaultOptions(ctx) : undefined;
    if (vaultOptions !== undefined) planProvider(vaultOptions, ctx.env); // refuse missing address or credentials before anything else
    const request: RotationRequest = {
      bundleFile: stringOption(ctx, 'sops-file') ?? 'config/secrets.enc.yaml',
      changes: {
        set: optionValues(ctx.values.set, false),
        setFromEnv: optionValues(ctx.values['set-from-env'], true),
        generate: optionValues(ctx.values.generate, true),
      },
      allowAdd: ctx.values.add === true,
      newAgeKey: ctx.values['new-age-key'] === true,
      ageKeyOut: stringOption(ctx, 'age-key-out'),
      vaultPath: vaultOptions?.vault.secretPath,
      task: stringOption(ctx, 'task'),
    };
    if (request.newAgeKey && request.ageKeyOut === undefined && !ctx.io.isTTY) {
      throw new ConfigurationError('--new-age-key without a terminal needs --age-key-out FILE', {
        input: 'age-key-out',
        hint: 'the secret key is shown only on a terminal, never written to a log',
      });
    }
    // Loaded on demand, as sync loads its SOPS code: the other commands never need it.
    const { applyRotation, planRotation, renderPlan, renderResult } = await import('@mcp-secrets/rotation');
    const plan = await planRotation(request, { cwd: ctx.cwd, env: ctx.env });
    ctx.io.out(renderPlan(plan));
    if (ctx.values.yes !== true) {
      ctx.io.out('Dry run: nothing was written. Re-run with --yes to apply.\n');
      return EXIT.ok;
    }

    const session = vaultOptions === undefined ? undefined : await openVault(ctx, vaultOptions);
    try {
      const { result, identityToShow } = await applyRotation(plan, { vault: session?.destination });
      ctx.io.out(`\n${renderResult(result)}`);
      if (identityToShow !== undefined) {
        ctx.io.out(`\nThe new age identity's secret key, shown only this once (store it in your secret manager now):\n${identityToShow.identity}\n`);
      }
      return EXIT.ok;
    } finally {
      await session?.close();
    }
  },
};
