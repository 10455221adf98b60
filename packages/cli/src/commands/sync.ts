import { Inputs, type InputSource } from '@mcp-secrets/ports';
import { readSyncOptions, runSync } from '@mcp-secrets/secrets-sync';
import { EXIT, type Command, type CommandContext } from '../command';
import { ACTION_INPUTS } from '../generated/action-inputs';
import { terminalPorts } from '../terminal-ports';

/** CLI options given as strings become the action's inputs, so both parse the same way. */
export function optionsAsInputs(ctx: CommandContext): InputSource {
  return {
    get: (name) => {
      const value = ctx.values[name];
      return typeof value === 'string' ? value : undefined;
    },
  };
}

const CREDENTIAL_OR_RUNNER_ONLY = new Set(['export-env', 'vault-token', 'vault-secret-id', 'sops-age-key']);

export const syncCommand: Command = {
  name: 'sync',
  summary: 'fetch the secret bundle from Vault or SOPS, print its key names and write ~/.mcp/.env and console-secrets.json',
  // Credentials never go on a command line (shell history, `ps`): they come from
  // VAULT_TOKEN, VAULT_SECRET_ID and SOPS_AGE_KEY / SOPS_AGE_KEY_FILE.
  options: ACTION_INPUTS.sync.filter((input) => !CREDENTIAL_OR_RUNNER_ONLY.has(input.name)),
  async run(ctx) {
    const source = optionsAsInputs(ctx);
    // A laptop has no later steps to export to; the files are the delivery.
    const inputs = new Inputs({ get: (name) => (name === 'export-env' ? 'false' : source.get(name)) }, ctx.env);
    const options = readSyncOptions(inputs, (name) => source.get(name), { ...ctx.env, GITHUB_WORKSPACE: ctx.cwd });
    const ports = terminalPorts(ctx.io, ctx.env, { verbose: ctx.values.verbose === true });
    const result = await runSync(ports, options);
    if (result.provider !== 'none') {
      for (const file of [result.envFile, result.consoleSecretsFile]) if (file) ctx.io.out(`wrote ${file} (0600)\n`);
    }
    return EXIT.ok;
  },
};
