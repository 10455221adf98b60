import { ConfigurationError, parseList } from '@mcp-secrets/ports';
import type { KeyChangeOptions, RotationRequest } from '@mcp-secrets/rotation';
import { EXIT, type Command, type CommandContext, type OptionSpec } from '../command';
import { ACTION_INPUTS } from '../generated/action-inputs';
import { DUE_OPTION, runRotateDue } from './rotate-due';
import { rotationOutput } from './rotate-masking';
import { rotateVaultPaths } from './rotate-vault';
import { openVault, readVaultOptions, vaultPaths } from './rotate-vault-session';

// Credentials never go on a command line (shell history, `ps`): VAULT_TOKEN, VAULT_SECRET_ID, SOPS_AGE_KEY,
// OP_CONNECT_TOKEN, OP_SERVICE_ACCOUNT_TOKEN (the op- options taken here are neither).
const CREDENTIALS = new Set(['vault-token', 'vault-secret-id']);
const SYNC_OPTIONS = ACTION_INPUTS.sync
  .filter((input) => (input.name.startsWith('vault-') || ['jwt-audience', 'sops-file', 'op-connect-host', 'op-timeout-seconds'].includes(input.name)) && !CREDENTIALS.has(input.name))
  .map((input) =>
    input.name === 'vault-secret-path'
      ? {
          ...input,
          multiple: true,
          description: `KV v2 path as \`vault kv get\` takes it (repeatable): without --publish-vault, rotate the keys there, with no SOPS bundle (several paths: all or none); with it, the one path the bundle is published to [VAULT_SECRET_PATH]`,
        }
      : input,
  );

const ROTATE_OPTIONS: OptionSpec[] = [
  { name: 'set', multiple: true, description: 'KEY=VALUE (repeatable): the new value of KEY (prefer --set-from-env: a command line is visible in `ps` and shell history)' },
  { name: 'set-from-env', multiple: true, description: 'KEY[,KEY...] (repeatable): take the new value of KEY from the environment variable KEY' },
  { name: 'generate', multiple: true, description: 'KEY[,KEY...] (repeatable): give KEY a new random value (32 bytes, hex, as `openssl rand -hex 32`)' },
  { name: 'add', description: 'allow the changes to add keys the bundle (or the Vault secret) does not have yet', flag: true },
  { name: 'new-age-key', description: 'add a new age identity as a recipient (its public key goes into .sops.yaml)', flag: true },
  { name: 'age-key-out', description: "write the new identity's secret key to this file (0600, outside the repository) instead of showing it once" },
  {
    name: 'age-key-to',
    description:
      "store the new identity's secret key in this 1Password field (op://vault/item[/section]/field, replacing its value) instead of showing it once; " +
      'through a Connect server (OP_CONNECT_HOST, OP_CONNECT_TOKEN) or a service account (OP_SERVICE_ACCOUNT_TOKEN)',
  },
  { name: 'publish-vault', description: 'publish the rotated bundle to Vault KV v2 (check-and-set on the version read first)', flag: true },
  { name: 'task', description: 'the task or incident id to record with the rotation, in its plan and summary (e.g. TASK-OPS-302)' },
  { name: 'yes', description: 'apply the rotation; without it, only the plan is printed (dry run)', flag: true },
  DUE_OPTION,
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

export const rotateCommand: Command = {
  options: [...ROTATE_OPTIONS, ...SYNC_OPTIONS],
  async run(ctx) {
    if (ctx.values.due === true) return runRotateDue(ctx);
    const changes: KeyChangeOptions = {
      set: optionValues(ctx.values.set, false),
      setFromEnv: optionValues(ctx.values['set-from-env'], true),
      generate: optionValues(ctx.values.generate, true),
    };
    const publish = ctx.values['publish-vault'] === true;
    if (!publish && vaultPaths(ctx).length > 0) return rotateVaultPaths(ctx, { changes, allowAdd: ctx.values.add === true, task: stringOption(ctx, 'task') });
    if (publish && vaultPaths(ctx).length > 1) {
      throw new ConfigurationError('--publish-vault publishes the bundle to one Vault path', { input: 'vault-secret-path', hint: 'give --vault-secret-path once' });
    }
    const vaultOptions = publish ? readVaultOptions(ctx) : undefined;
    const request: RotationRequest = {
      bundleFile: stringOption(ctx, 'sops-file') ?? 'config/secrets.enc.yaml',
      changes,
      allowAdd: ctx.values.add === true,
      newAgeKey: ctx.values['new-age-key'] === true,
      ageKeyOut: stringOption(ctx, 'age-key-out'),
      ageKeyTo: stringOption(ctx, 'age-key-to'),
      vaultPath: vaultOptions?.vault.secretPath,
      task: stringOption(ctx, 'task'),
    };
    if (request.newAgeKey && request.ageKeyOut === undefined && request.ageKeyTo === undefined && !ctx.io.isTTY) {
      throw new ConfigurationError('--new-age-key without a terminal needs --age-key-out FILE or --age-key-to op://vault/item/field', {
        input: 'age-key-out',
        hint: 'the secret key is shown only on a terminal, never written to a log',
      });
    }
    // Loaded on demand, as sync loads its SOPS code: the other commands never need it.
    const { applyRotation, planRotation, renderPlan, renderResult } = await import('@mcp-secrets/rotation');
    const plan = await planRotation(request, { cwd: ctx.cwd, env: ctx.env });
    const output = rotationOutput(ctx);
    const { ageKeyTo } = plan;
    const identityDestination =
      ageKeyTo === undefined ? undefined : await output.guard(async () => (await import('./rotate-age-key-to')).onePasswordDestination(ctx, ageKeyTo, output));
    output.out(renderPlan(plan));
    if (ctx.values.yes !== true) {
      output.out('Dry run: nothing was written. Re-run with --yes to apply.\n');
      return EXIT.ok;
    }

    const session = vaultOptions === undefined ? undefined : await output.guard(() => openVault(ctx, vaultOptions));
    const vault =
      session === undefined || vaultOptions === undefined
        ? undefined
        : { kv: session.client, path: vaultOptions.vault.secretPath, secretsKey: vaultOptions.vault.secretsKey, reconnect: session.reconnect };
    try {
      const { result, identityToShow } = await output.guard(() => applyRotation(plan, { vault, identityDestination }));
      output.out(`\n${renderResult(result)}`);
      if (identityToShow !== undefined) {
        ctx.io.out(`\nThe new age identity's secret key, shown only this once (store it in your secret manager now):\n${identityToShow.identity}\n`);
      }
      return EXIT.ok;
    } finally {
      await session?.close();
    }
  },
};
