import { ConfigurationError, type InputSource } from '@mcp-secrets/ports';
import type { TerminalIo } from './terminal-ports';

/** Exit codes every subcommand shares (interfaces.md). */
export const EXIT = { ok: 0, findings: 1, usage: 2 } as const;

export interface OptionSpec {
  name: string;
  description: string;
  default?: string;
  /** A switch that takes no value. */
  flag?: boolean;
  /** May be given several times; the values arrive as a list. */
  multiple?: boolean;
  /** The value a bare `--name` stands for (`--fix` is `--fix=write`); a value is given as `--name=value`. */
  bare?: string;
  /** Words taken as the value of a bare `--name` when they follow it (`--fix dry-run`); anything else is not its value. */
  bareWords?: readonly string[];
  /** The action input this option gives, when the CLI names it differently (`--dotenv-file` is `env-file`). */
  input?: string;
}

/** Words on the command line that give an option's value: `mcp-secrets audit DIR` is `--path DIR`. */
export interface Positional {
  option: string;
  /** Several words, joined one a line (the option takes a list). */
  variadic?: boolean;
  description: string;
}

export interface CommandContext {
  values: Record<string, string | boolean | string[] | undefined>;
  /** The words after the first `--`, for a command with `operands` (never parsed as options). */
  operands?: string[];
  io: TerminalIo;
  env: NodeJS.ProcessEnv;
  cwd: string;
  /** The bundle file scan worker threads re-run (audit --jobs); absent, scans stay on this thread. */
  workerScript?: string;
}

/**
 * A command as the CLI lists it. What it takes and does (`load`) is loaded only when it is the
 * command run: `mcp-secrets --help` or `check-workflows` does not load Vault, SOPS or the scanner's
 * rules for the other commands.
 */
export interface CommandEntry {
  name: string;
  summary: string;
  load(): Promise<Command>;
}

export interface Command {
  options: OptionSpec[];
  /** Usage text after `[options]` for a command taking words after `--` (`-- <command> [args...]`). */
  operands?: string;
  positional?: Positional;
  run(ctx: CommandContext): Promise<number>;
}

/** The `--format` option, checked against what the command can print (default: the first). */
export function readFormat<const F extends readonly string[]>(ctx: CommandContext, formats: F): F[number] {
  const value = ctx.values.format;
  if (value === undefined) return formats[0];
  if (typeof value === 'string' && formats.includes(value)) return value;
  throw new ConfigurationError(`unknown format '${String(value)}'`, { input: 'format', hint: `use one of: ${formats.join(', ')}` });
}

/** CLI options given as strings become the action's inputs, so both parse the same way. */
export function optionsAsInputs(ctx: CommandContext): InputSource {
  return {
    get: (name) => {
      const value = ctx.values[name];
      return typeof value === 'string' ? value : undefined;
    },
  };
}
