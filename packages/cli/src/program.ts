import { Command as Program, CommanderError, Option, type OutputConfiguration } from 'commander';
import { PRODUCT_VERSION } from '@mcp-secrets/ports';
import type { Command, CommandEntry, OptionSpec } from './command';
import { shortFlag } from './short-flags';

export type OptionValues = Record<string, string | boolean | string[] | undefined>;

/** What a command line asks for: a command with its option values, or an exit code (help, version, usage error). */
export type ParsedCommandLine =
  | { name: string; command: Command; specs: OptionSpec[]; values: OptionValues; operands?: string[]; color: boolean }
  | { exitCode: number };

export interface ProgramOutput {
  out: (text: string) => void;
  err: (text: string) => void;
}

const VERBOSE: OptionSpec = { name: 'verbose', description: 'print debug lines (never secrets)', flag: true };
const NO_COLOR = 'no colour escapes (the NO_COLOR variable does the same)';
const EXIT_CODES = '\nExit codes: 0 clean, 1 findings or failure, 2 usage or configuration error.\n';

/**
 * An action input taking 'true' or 'false' (its default says which) is a switch on the command line:
 * `--redact` is `--redact=true`, and `--redact=false` (or `--redact false`) turns it off.
 */
export function asSwitch(spec: OptionSpec): OptionSpec {
  if (spec.flag === true || spec.bare !== undefined || (spec.default !== 'true' && spec.default !== 'false')) return spec;
  return { ...spec, description: `${spec.description} (--${spec.name} alone: true; --no-${spec.name}: false)`, bare: 'true', bareWords: ['true', 'false'] };
}

/** Every option a command takes, as the parser and the error messages see them. */
export function commandSpecs(command: Command): OptionSpec[] {
  return [...command.options.map(asSwitch), VERBOSE];
}

/** The command a command line names: the first word that is a command's name, as commander reads it. */
export function namedCommand(argv: readonly string[], entries: readonly CommandEntry[]): CommandEntry | undefined {
  const named = argv.find((word) => entries.some((c) => c.name === word));
  return entries.find((c) => c.name === named);
}

/** The command namedCommand found, loaded. */
export interface TargetCommand {
  entry: CommandEntry;
  command: Command;
}

/**
 * Parses `mcp-secrets <command> [options] [paths]` with commander: -h, -V, short flags, suggestions
 * for mistyped commands and options. A command with operands keeps the words after `--` unparsed.
 * Every command is listed by name and summary; only `target`'s options are known (a command line
 * runs at most that one).
 */
export function parseCommandLine(argv: readonly string[], entries: readonly CommandEntry[], target: TargetCommand | undefined, output: ProgramOutput): ParsedCommandLine {
  const operandsUsage = target?.command.operands;
  const dashes = operandsUsage === undefined ? -1 : argv.indexOf('--');
  const words = dashes === -1 ? [...argv] : argv.slice(0, dashes);
  const operands = operandsUsage === undefined ? undefined : dashes === -1 ? [] : argv.slice(dashes + 1);

  let parsed: ParsedCommandLine | undefined;
  const program = new Program('mcp-secrets')
    .usage('<command> [options]')
    .version(PRODUCT_VERSION, '-V, --version', 'print the version')
    .helpOption('-h, --help', 'show this help')
    .helpCommand('help [command]', "show a command's help")
    .option('--no-color', NO_COLOR)
    .exitOverride()
    .configureOutput(printer('mcp-secrets', output))
    .showSuggestionAfterError()
    .addHelpText('after', `${EXIT_CODES}Run 'mcp-secrets <command> --help' for a command's options.\n`);
  for (const entry of entries) {
    const sub = program.command(entry.name).summary(entry.summary).description(entry.summary);
    if (entry !== target?.entry) {
      // Every command takes options: the list says `[options]` for each, loaded or not.
      sub.option('--no-color', NO_COLOR);
      continue;
    }
    const { command } = target;
    const name = entry.name;
    const specs = commandSpecs(command);
    sub
      .configureOutput(printer(`mcp-secrets ${name}`, output))
      .showHelpAfterError(`(run 'mcp-secrets ${name} --help' for its options)`)
      .addHelpText('after', EXIT_CODES);
    const options = new Map(specs.map((spec) => [spec.name, commanderOption(name, spec)]));
    for (const option of options.values()) sub.addOption(option);
    sub.option('--no-color', NO_COLOR);
    if (command.positional !== undefined) {
      const { option, variadic, description } = command.positional;
      sub.argument(variadic === true ? `[${option}...]` : `[${option}]`, description);
    }
    if (command.operands !== undefined) {
      // Stray words before `--` are caught here to say where the command goes (no description: not in the help).
      sub.usage(`[options] ${command.operands}`).argument('[stray...]');
    }
    sub.action(() => {
      const stray = command.operands === undefined ? [] : positionalWords(sub.processedArgs[0]);
      if (stray.length > 0) sub.error(`unexpected argument '${stray[0] as string}': give the command after -- (mcp-secrets ${name} [options] ${command.operands as string})`, { exitCode: 2 });
      const given = sub.opts();
      const values: OptionValues = {};
      for (const [optionName, option] of options) values[optionName] = given[option.attributeName()] as OptionValues[string];
      const positional = positionalWords(sub.processedArgs[0]);
      if (command.positional !== undefined && positional.length > 0) {
        const option = command.positional.option;
        if (values[option] !== undefined) sub.error(`the ${option} is given twice: as --${option} and as a word (${positional.join(' ')})`, { exitCode: 2 });
        values[option] = positional.join('\n');
      }
      const color = given.color !== false && program.opts().color !== false;
      parsed = { name, command, specs, values, ...(operands === undefined ? {} : { operands }), color };
    });
  }
  try {
    program.parse(spellBareValues(words, target === undefined ? [] : commandSpecs(target.command)), { from: 'user' });
  } catch (error) {
    if (error instanceof CommanderError) return { exitCode: error.exitCode === 0 ? 0 : 2 };
    throw error;
  }
  return parsed ?? { exitCode: 2 };
}

function commanderOption(command: string, spec: OptionSpec): Option {
  const short = shortFlag(command, spec.name);
  const value = spec.flag === true ? '' : spec.bare !== undefined ? ' [value]' : ' <value>';
  const repeat = spec.multiple === true && !/repeatable/.test(spec.description) ? ' (repeatable)' : '';
  const shown = spec.default ? ` (default: ${spec.default})` : '';
  const option = new Option(`${short === undefined ? '' : `-${short}, `}--${spec.name}${value}`, `${spec.description}${repeat}${shown}`);
  // A repeatable option's values accumulate in order.
  return spec.multiple === true ? option.argParser((given: string, previous: string[] | undefined) => [...(previous ?? []), given]) : option;
}

/**
 * `--fix` alone is spelled `--fix=write` (its bare value), or `--fix=dry-run` when one of its words
 * follows, before commander reads the line: an optional value would otherwise swallow a path after it.
 * `--no-redact` is `--redact=false` for a switch.
 */
function spellBareValues(words: readonly string[], specs: readonly OptionSpec[]): string[] {
  const spelled: string[] = [];
  for (let i = 0; i < words.length; i++) {
    const word = words[i] as string;
    const spec = specs.find((s) => s.bare !== undefined && word === `--${s.name}`);
    const negated = specs.find((s) => s.bareWords?.includes('false') === true && word === `--no-${s.name}`);
    const next = words[i + 1];
    if (negated !== undefined) spelled.push(`--${negated.name}=false`);
    else if (spec === undefined) spelled.push(word);
    else if (next !== undefined && spec.bareWords?.includes(next) === true) spelled.push(`${word}=${words[++i] as string}`);
    else spelled.push(`${word}=${spec.bare as string}`);
  }
  return spelled;
}

function positionalWords(given: unknown): string[] {
  if (Array.isArray(given)) return given.filter((word): word is string => typeof word === 'string');
  return typeof given === 'string' ? [given] : [];
}

/** commander's output through the CLI's streams; its errors prefixed with the command, as ours are. */
function printer(prefix: string, output: ProgramOutput): OutputConfiguration {
  return {
    writeOut: output.out,
    writeErr: output.err,
    outputError: (text, write) => write(`${prefix}: ${text.replace(/^error: /, '')}`),
  };
}
