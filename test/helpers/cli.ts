// Runs the bundled CLI (dist/cli/index.js) in a child process as a user's shell would.
import { join } from 'node:path';
import { REPO_ROOT, spawnNode, type ProcessRun } from './runner';

export const CLI_BUNDLE = join(REPO_ROOT, 'dist', 'cli', 'index.js');

/** `mcp-secrets <args>` in `cwd`, with PATH, HOME (default: cwd) and the given variables only. */
export function runCliBundle(cwd: string, args: string[], env: Record<string, string> = {}): Promise<ProcessRun> {
  return spawnNode(CLI_BUNDLE, args, { PATH: process.env.PATH ?? '/usr/bin:/bin', HOME: cwd, ...env }, cwd);
}
