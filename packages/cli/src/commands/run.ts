import { ConfigurationError, Inputs } from '@mcp-secrets/ports';
import { openServiceAccount } from '@mcp-secrets/onepassword-sdk';
import { showKeyNames } from '@mcp-secrets/secrets-store';
import { loadBundle, readSyncOptions } from '@mcp-secrets/sync';
import { optionsAsInputs, type Command } from '../command';
import { ACTION_INPUTS } from '../generated/action-inputs';
import { terminalPorts } from '../terminal-ports';
import { childEnvironment } from './run-env';
import { runChild } from './run-child';

// Credentials never go on a command line (shell history, `ps`); run writes no file and exports
// nothing, and a bundle it cannot load is always an error, so those inputs have no meaning here.
const NOT_RUN_OPTIONS = new Set([
  'vault-token', 'vault-secret-id', 'sops-age-key', 'op-connect-token', 'op-service-account-token',
  'export-env', 'env-file', 'console-secrets-file', 'required',
]);
const UNWRITTEN = new Set(['env-file', 'console-secrets-file']);

export const runCommand: Command = {
  operands: '-- <command> [args...]',
  options: ACTION_INPUTS.sync.filter((input) => !NOT_RUN_OPTIONS.has(input.name)),
  async run(ctx) {
    const [command, ...args] = ctx.operands ?? [];
    if (command === undefined || command === '') {
      throw new ConfigurationError('no command to run', { hint: 'give it after --, e.g. mcp-secrets run --vault-secret-path secret/app-prod -- ./deploy.sh' });
    }
    const given = optionsAsInputs(ctx);
    // '' for a file means "not written"; export-env false: the bundle goes to one command, not to later steps.
    const source = { get: (name: string) => (UNWRITTEN.has(name) ? '' : name === 'export-env' ? 'false' : given.get(name)) };
    const options = readSyncOptions(new Inputs(source, ctx.env), (name) => source.get(name), { ...ctx.env, GITHUB_WORKSPACE: ctx.cwd });
    // stdout belongs to the command; our lines go to stderr, informational ones only with --verbose.
    const verbose = ctx.values.verbose === true;
    const ports = terminalPorts({ ...ctx.io, out: verbose ? ctx.io.err : () => undefined }, ctx.env, { verbose });

    const loaded = await loadBundle(ports, options, { openServiceAccount });
    if (loaded.provider === 'none') {
      throw new ConfigurationError(`no secrets provider is configured: ${loaded.reason}`, {
        hint: 'set VAULT_ADDR with --vault-secret-path, OP_SERVICE_ACCOUNT_TOKEN (or OP_CONNECT_HOST and OP_CONNECT_TOKEN) with --op-secrets or --op-item, or SOPS_AGE_KEY(_FILE) with --sops-file',
      });
    }
    const { env, refused } = childEnvironment(ctx.env, loaded.bundle, options.allowEnvNames);
    if (refused.length > 0) {
      const list = refused.map(({ key, reason }) => `${key} (${reason})`).join('; ');
      ports.log.warning(`Not in the environment of the command: ${list}. To pass a deny-listed name anyway, list it in --allow-env-names.`);
    }
    ports.log.debug(`${Object.keys(loaded.bundle.entries).length - refused.length} keys from ${loaded.provider} (${loaded.source}): ${showKeyNames(Object.keys(loaded.bundle.entries))}`);

    const outcome = await runChild(command, args, { env, cwd: ctx.cwd, stdinIsTerminal: process.stdin.isTTY === true });
    if (outcome.startError !== undefined) ctx.io.err(`mcp-secrets run: ${outcome.startError}\n`);
    return outcome.code;
  },
};
