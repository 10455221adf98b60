import type { TerminalIo } from './terminal-ports';

/** Exit codes every subcommand shares (interfaces.md). */
export const EXIT = { ok: 0, findings: 1, usage: 2 } as const;

export interface OptionSpec {
  name: string;
  description: string;
  default?: string;
  /** A switch that takes no value. */
  flag?: boolean;
}

export interface CommandContext {
  values: Record<string, string | boolean | undefined>;
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
