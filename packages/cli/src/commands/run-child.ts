import { spawn } from 'node:child_process';
import { constants } from 'node:os';
import { showUntrusted } from '@mcp-secrets/ports';

// Signals a terminal or a supervisor sends to stop a job: `mcp-secrets run` waits for the command
// instead of dying first, and passes them on so the command can clean up as it would when started
// by a shell; it ends when (and as) the command ends.
const STOP_SIGNALS: NodeJS.Signals[] = ['SIGINT', 'SIGTERM', 'SIGHUP'];

/**
 * The stop signals to pass on. Ctrl-C on our terminal already reaches the command, which shares
 * our process group: sent twice, tools that read a second interrupt as "stop now" (terraform,
 * docker compose) would abandon their cleanup. So with stdin a terminal, SIGINT is not sent again.
 */
export function signalsToForward(stdinIsTerminal: boolean): NodeJS.Signals[] {
  return stdinIsTerminal ? STOP_SIGNALS.filter((signal) => signal !== 'SIGINT') : STOP_SIGNALS;
}

// What shells answer for a command they cannot start (POSIX: 127 not found, 126 not executable).
const NOT_FOUND = 127;
const NOT_EXECUTABLE = 126;

export interface ChildOutcome {
  /** The command's exit code; 128 + the signal's number when a signal ended it, as shells report. */
  code: number;
  /** Why it did not start (names the command, never the environment), when it did not. */
  startError?: string;
}

export interface ChildPlace {
  env: Record<string, string>;
  cwd: string;
  /** Our stdin is a terminal (see signalsToForward). */
  stdinIsTerminal: boolean;
}

/**
 * Runs `command args` on our terminal (stdin, stdout and stderr inherited) and waits for it,
 * passing stop signals on meanwhile. Never through a shell: the words arrive as given, so
 * nothing in them is expanded or run twice.
 */
export function runChild(command: string, args: readonly string[], place: ChildPlace): Promise<ChildOutcome> {
  return new Promise((resolve) => {
    const child = spawn(command, args, { env: place.env, cwd: place.cwd, stdio: 'inherit' });
    const forwarded = signalsToForward(place.stdinIsTerminal);
    const forward = (signal: NodeJS.Signals): void => {
      if (forwarded.includes(signal)) child.kill(signal);
    };
    for (const signal of STOP_SIGNALS) process.on(signal, forward);
    let settled = false;
    const settle = (outcome: ChildOutcome): void => {
      if (settled) return;
      settled = true;
      for (const signal of STOP_SIGNALS) process.off(signal, forward);
      resolve(outcome);
    };
    child.on('error', (error: NodeJS.ErrnoException) => {
      // A started command can only fail a forwarded kill here, and 'exit' still reports its end.
      if (child.pid !== undefined) return;
      const code = error.code === 'ENOENT' ? NOT_FOUND : NOT_EXECUTABLE;
      const reason = error.code === 'ENOENT' ? 'command not found' : `cannot be run (${error.code ?? error.message})`;
      settle({ code, startError: `'${showUntrusted(command, 200)}': ${reason}` });
    });
    child.once('exit', (code, signal) => {
      settle({ code: signal !== null ? 128 + (constants.signals[signal] ?? 0) : (code ?? 1) });
    });
  });
}
