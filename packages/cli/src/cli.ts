import { PRODUCT_VERSION } from '@mcp-secrets/ports';
import type { Command } from './command';
import { auditCommand } from './commands/audit';
import { checkWorkflowsCommand } from './commands/check-workflows';
import { evidenceCommand } from './commands/evidence';
import { opsControlsCommand } from './commands/ops-controls';
import { rotateCommand } from './commands/rotate';
import { runCommand } from './commands/run';
import { syncCommand } from './commands/sync';
import { describeFailure } from './failure';
import { parseCommandLine } from './program';
import type { TerminalIo } from './terminal-ports';

export const COMMANDS: Command[] = [syncCommand, auditCommand, checkWorkflowsCommand, opsControlsCommand, evidenceCommand, rotateCommand, runCommand];

export const VERSION = PRODUCT_VERSION;

/** Runs one CLI invocation and returns its exit code: 0 clean, 1 findings or failure, 2 usage or configuration. */
export async function runCli(argv: string[], io: TerminalIo, env: NodeJS.ProcessEnv, cwd: string): Promise<number> {
  const parsed = parseCommandLine(argv, COMMANDS, io);
  if ('exitCode' in parsed) return parsed.exitCode;
  const { command, specs, values, operands } = parsed;
  try {
    return await command.run({ values, ...(operands === undefined ? {} : { operands }), io: { ...io, color: io.color && parsed.color }, env, cwd });
  } catch (thrown) {
    const failure = describeFailure(thrown, { specs, values, cwd, env });
    io.err(`mcp-secrets ${command.name}: ${failure.message}\n`);
    return failure.exitCode;
  }
}
