import { PRODUCT_VERSION } from '@mcp-secrets/ports';
import type { CommandEntry } from './command';
import { describeFailure } from './failure';
import { namedCommand, parseCommandLine } from './program';
import type { TerminalIo } from './terminal-ports';

export const COMMANDS: readonly CommandEntry[] = [
  {
    name: 'sync',
    summary: 'fetch the secret bundle from Vault, 1Password or SOPS, print its key names and write ~/.mcp/.env and console-secrets.json',
    load: async () => (await import('./commands/sync')).syncCommand,
  },
  {
    name: 'audit',
    summary: 'scan the working tree, git history or a diff for secrets (gitleaks-compatible config and report)',
    load: async () => (await import('./commands/audit')).auditCommand,
  },
  {
    name: 'check-workflows',
    summary: 'check workflows and action.yml files for excessive permissions, injection and unpinned actions',
    load: async () => (await import('./commands/check-workflows')).checkWorkflowsCommand,
  },
  {
    name: 'ops-controls',
    summary: "report the repository's secret hygiene (workflows, SOPS bundle, tracked keys, Vault) and write ops-controls-report.json",
    load: async () => (await import('./commands/ops-controls')).opsControlsCommand,
  },
  {
    name: 'evidence',
    summary: "run the audit and the ops controls and write the runbooks' evidence folder (<output>/<task>/: both reports and the filled checklist)",
    load: async () => (await import('./commands/evidence')).evidenceCommand,
  },
  {
    name: 'rotate',
    summary:
      'emergency rotation: new values, MCP_SECRETS_VERSION bump, re-encryption for .sops.yaml, optional new age key and Vault publication; ' +
      'with --vault-secret-path (and no --publish-vault), new values for keys at Vault KV v2 paths, with no SOPS bundle',
    load: async () => (await import('./commands/rotate')).rotateCommand,
  },
  {
    name: 'run',
    summary: 'run a command with the secret bundle (Vault, 1Password or SOPS) in its environment only: no file written, no value printed',
    load: async () => (await import('./commands/run')).runCommand,
  },
];

export const VERSION = PRODUCT_VERSION;

/**
 * Runs one CLI invocation and returns its exit code: 0 clean, 1 findings or failure, 2 usage or
 * configuration. `workerScript`: the bundle file scan worker threads re-run.
 */
export async function runCli(argv: string[], io: TerminalIo, env: NodeJS.ProcessEnv, cwd: string, workerScript?: string): Promise<number> {
  const entry = namedCommand(argv, COMMANDS);
  const parsed = parseCommandLine(argv, COMMANDS, entry === undefined ? undefined : { entry, command: await entry.load() }, io);
  if ('exitCode' in parsed) return parsed.exitCode;
  const { name, command, specs, values, operands } = parsed;
  try {
    const context = { values, io: { ...io, color: io.color && parsed.color }, env, cwd };
    return await command.run({ ...context, ...(operands !== undefined && { operands }), ...(workerScript !== undefined && { workerScript }) });
  } catch (thrown) {
    const failure = describeFailure(thrown, { specs, values, cwd, env });
    io.err(`mcp-secrets ${name}: ${failure.message}\n`);
    return failure.exitCode;
  }
}
