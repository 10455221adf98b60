import { Inputs, type InputSource } from '@mcp-secrets/ports';
import { openServiceAccount } from '@mcp-secrets/onepassword-sdk';
import { readSyncOptions, runSync } from '@mcp-secrets/sync';
import { EXIT, optionsAsInputs, readFormat, type Command } from '../command';
import { ACTION_INPUTS } from '../generated/action-inputs';
import { terminalPorts } from '../terminal-ports';

const CREDENTIAL_OR_RUNNER_ONLY = new Set(['export-env', 'allow-env-names', 'vault-token', 'vault-secret-id', 'sops-age-key', 'op-connect-token', 'op-service-account-token']);

// Node claims `--env-file` anywhere on its command line, even after the script
// name, so the CLI spells the `env-file` input `--dotenv-file`.
const CLI_NAMES: Record<string, string> = { 'env-file': 'dotenv-file' };
const cliName = (input: string): string => CLI_NAMES[input] ?? input;

export const syncCommand: Command = {
  // Credentials never go on a command line (shell history, `ps`): they come from
  // VAULT_TOKEN, VAULT_SECRET_ID, OP_CONNECT_TOKEN, OP_SERVICE_ACCOUNT_TOKEN and SOPS_AGE_KEY / SOPS_AGE_KEY_FILE.
  options: [
    ...ACTION_INPUTS.sync.filter((input) => !CREDENTIAL_OR_RUNNER_ONLY.has(input.name)).map((input) => ({ ...input, name: cliName(input.name), input: input.name })),
    { name: 'format', description: 'text or json (key names, never values)', default: 'text' },
  ],
  async run(ctx) {
    const format = readFormat(ctx, ['text', 'json'] as const);
    const given = optionsAsInputs(ctx);
    const source: InputSource = { get: (name) => given.get(cliName(name)) };
    // A laptop has no later steps to export to; the files are the delivery.
    const inputs = new Inputs({ get: (name) => (name === 'export-env' ? 'false' : source.get(name)) }, ctx.env);
    const options = readSyncOptions(inputs, (name) => source.get(name), { ...ctx.env, GITHUB_WORKSPACE: ctx.cwd });
    // JSON mode keeps stdout for the document: the log goes to stderr.
    const io = format === 'json' ? { ...ctx.io, out: ctx.io.err } : ctx.io;
    const ports = terminalPorts(io, ctx.env, { verbose: ctx.values.verbose === true });
    const result = await runSync(ports, options, { openServiceAccount });
    if (format === 'json') {
      const { provider, version, keys, dropped, envFile, consoleSecretsFile, notInEnvFile } = result;
      ctx.io.out(`${JSON.stringify({ provider, version, count: keys.length, keys, dropped, envFile, consoleSecretsFile, notInEnvFile }, null, 2)}\n`);
      return EXIT.ok;
    }
    for (const file of [result.envFile, result.consoleSecretsFile]) if (file) ctx.io.out(`wrote ${file} (0600)\n`);
    ctx.io.out(
      result.provider === 'none'
        ? 'sync: nothing configured, nothing synced\n'
        : `sync: ${result.keys.length} keys from ${result.provider}${result.version ? ` (MCP_SECRETS_VERSION ${result.version})` : ''}\n`,
    );
    return EXIT.ok;
  },
};
