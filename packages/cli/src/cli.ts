import { parseArgs } from 'node:util';
import { ConfigurationError, PRODUCT_VERSION, toError } from '@mcp-secrets/ports';
import { EXIT, type Command, type OptionSpec } from './command';
import { auditCommand } from './commands/audit';
import { checkWorkflowsCommand } from './commands/check-workflows';
import { evidenceCommand } from './commands/evidence';
import { opsControlsCommand } from './commands/ops-controls';
import { rotateCommand } from './commands/rotate';
import { runCommand } from './commands/run';
import { syncCommand } from './commands/sync';
import type { TerminalIo } from './terminal-ports';

export const COMMANDS: Command[] = [syncCommand, auditCommand, checkWorkflowsCommand, opsControlsCommand, evidenceCommand, rotateCommand, runCommand];

const COMMON: OptionSpec[] = [
  { name: 'help', description: 'show this help', flag: true },
  { name: 'verbose', description: 'print debug lines (never secrets)', flag: true },
];

export const VERSION = PRODUCT_VERSION;

/** Runs one CLI invocation and returns its exit code: 0 clean, 1 findings or failure, 2 usage or configuration. */
export async function runCli(argv: string[], io: TerminalIo, env: NodeJS.ProcessEnv, cwd: string): Promise<number> {
  const [name, ...rest] = argv;
  if (name === undefined || name === '--help' || name === '-h' || name === 'help') {
    io.out(mainHelp());
    return name === undefined ? EXIT.usage : EXIT.ok;
  }
  if (name === '--version' || name === '-V') {
    io.out(`mcp-secrets ${VERSION}\n`);
    return EXIT.ok;
  }
  const command = COMMANDS.find((c) => c.name === name);
  if (command === undefined) {
    io.err(`mcp-secrets: unknown command '${name}'\n\n${mainHelp()}`);
    return EXIT.usage;
  }
  const specs = [...command.options, ...COMMON];
  // The words after `--` belong to the command `run` starts: its own flags are not ours to parse.
  const dashes = command.operands === undefined ? -1 : rest.indexOf('--');
  const optionArgs = dashes === -1 ? rest : rest.slice(0, dashes);
  const operands = command.operands === undefined ? undefined : dashes === -1 ? [] : rest.slice(dashes + 1);
  let values: Record<string, string | boolean | string[] | undefined>;
  try {
    values = parseArgs({
      args: optionArgs.map((arg) => withBareValue(arg, specs)),
      options: Object.fromEntries(specs.map((spec) => [spec.name, { type: spec.flag ? 'boolean' : 'string', multiple: spec.multiple === true } as const])),
      strict: true,
      allowPositionals: false,
    }).values as Record<string, string | boolean | string[] | undefined>;
  } catch (error) {
    io.err(`mcp-secrets ${command.name}: ${toError(error).message}\n\n${commandHelp(command, specs)}`);
    return EXIT.usage;
  }
  if (values.help === true) {
    io.out(commandHelp(command, specs));
    return EXIT.ok;
  }
  try {
    return await command.run({ values, ...(operands === undefined ? {} : { operands }), io, env, cwd });
  } catch (thrown) {
    const error = toError(thrown);
    io.err(`mcp-secrets ${command.name}: ${error.message}\n`);
    return error instanceof ConfigurationError ? EXIT.usage : EXIT.findings;
  }
}

/** `--name` of an option with a bare value, spelled out as `--name=value` for the parser. */
function withBareValue(arg: string, specs: readonly OptionSpec[]): string {
  const spec = specs.find((s) => s.bare !== undefined && arg === `--${s.name}`);
  return spec !== undefined ? `${arg}=${spec.bare}` : arg;
}

function mainHelp(): string {
  const width = Math.max(...COMMANDS.map((c) => c.name.length));
  return [
    'Usage: mcp-secrets <command> [options]',
    '',
    'Commands:',
    ...COMMANDS.map((c) => `  ${c.name.padEnd(width)}  ${c.summary}`),
    '',
    "Run 'mcp-secrets <command> --help' for a command's options.",
    'Exit codes: 0 clean, 1 findings or failure, 2 usage or configuration error.',
    '',
  ].join('\n');
}

function commandHelp(command: Command, specs: OptionSpec[]): string {
  const label = (spec: OptionSpec): string => `--${spec.name}${spec.flag ? '' : spec.bare !== undefined ? '[=<value>]' : ' <value>'}${spec.multiple ? '...' : ''}`;
  const width = Math.max(...specs.map((spec) => label(spec).length));
  return [
    `Usage: mcp-secrets ${command.name} [options]${command.operands === undefined ? '' : ` ${command.operands}`}`,
    '',
    command.summary,
    '',
    'Options:',
    ...specs.map((spec) => `  ${label(spec).padEnd(width)}  ${spec.description}${spec.default ? ` (default: ${spec.default})` : ''}`),
    '',
  ].join('\n');
}
