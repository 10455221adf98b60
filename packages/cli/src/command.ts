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
}

export interface CommandContext {
  values: Record<string, string | boolean | string[] | undefined>;
  io: TerminalIo;
  env: NodeJS.ProcessEnv;
  cwd: string;
}

export interface Command {
  name: string;
  summary: string;
  options: OptionSpec[];
  run(ctx: CommandContext): Promise<number>;
}
