import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import type { ActionPorts } from '@mcp-secrets/ports';

/** ActionPorts that keep nothing but the log lines. */
export function quietPorts(env: NodeJS.ProcessEnv): ActionPorts & { lines: string[] } {
  const lines: string[] = [];
  const log = (message: string) => void lines.push(message);
  return {
    env,
    lines,
    log: { info: log, debug: () => undefined, notice: log, warning: log, error: log },
    mask: () => undefined,
    setOutput: () => undefined,
    exportVariable: () => undefined,
    saveState: () => undefined,
    getState: () => '',
    appendSummary: async () => undefined,
    uploadArtifact: async () => ({ uploaded: false, reason: 'tests' }),
    getIdToken: async () => {
      throw new Error('no id token in tests');
    },
  };
}

const made: string[] = [];

/** A committed git repository holding the files. */
export function repoWith(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'evidence-'));
  made.push(dir);
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), text);
  }
  const git = (...args: string[]): string =>
    execFileSync('git', ['-c', 'user.name=evidence', '-c', 'user.email=evidence@example.invalid', '-c', 'commit.gpgsign=false', ...args], { cwd: dir, encoding: 'utf8' });
  git('init', '-q', '-b', 'main');
  git('add', '-A');
  git('commit', '-q', '-m', 'init');
  return dir;
}

export function removeRepos(): void {
  for (const dir of made.splice(0)) rmSync(dir, { recursive: true, force: true });
}
