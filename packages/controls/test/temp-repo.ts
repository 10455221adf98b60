// Test support: small throwaway git repositories built by the tests themselves.
import { execFileSync } from 'node:child_process';
import { chmodSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { createGitCli } from '../src/internal/git';
import { resolveControlsOptions } from '../src/internal/options';
import type { ControlsOptionsInput } from '../src/internal/options';
import { createRepoFiles } from '../src/internal/repo-files';
import type { Check, CheckContext, CheckResult } from '../src/internal/types';

const created: string[] = [];

afterAll(() => {
  for (const dir of created.splice(0)) rmSync(dir, { recursive: true, force: true });
});

export const FIXED_NOW = new Date('2026-06-01T00:00:00Z');

export function git(dir: string, ...args: string[]): string {
  return execFileSync('git', ['-c', 'user.name=t', '-c', 'user.email=t@e', '-c', 'commit.gpgsign=false', ...args], {
    cwd: dir,
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'pipe'],
  });
}

export function writeFiles(dir: string, files: Record<string, string>): void {
  for (const [path, content] of Object.entries(files)) {
    const full = join(dir, path);
    mkdirSync(dirname(full), { recursive: true });
    writeFileSync(full, content);
  }
}

/** A fresh repository with the files written and, unless `commit: false`, committed. */
export function makeRepo(files: Record<string, string> = {}, opts: { commit?: boolean } = {}): string {
  const dir = mkdtempSync(join(tmpdir(), 'controls-'));
  chmodSync(dir, 0o700);
  created.push(dir);
  git(dir, 'init', '-q', '-b', 'main');
  writeFiles(dir, files);
  if (opts.commit !== false && Object.keys(files).length > 0) commitAll(dir, 'initial');
  return dir;
}

export function commitAll(dir: string, message: string): void {
  git(dir, 'add', '-A');
  git(dir, 'commit', '-q', '--allow-empty', '-m', message);
}

export function contextFor(dir: string, extra: Partial<Omit<CheckContext, 'options'>> & { options?: ControlsOptionsInput } = {}): CheckContext {
  return {
    root: dir,
    files: createRepoFiles(dir),
    git: createGitCli(dir),
    clock: { now: () => FIXED_NOW },
    ...extra,
    options: resolveControlsOptions(extra.options),
  };
}

export function runCheck(
  check: Check,
  dir: string,
  extra: Partial<Omit<CheckContext, 'options'>> & { options?: ControlsOptionsInput } = {},
): Promise<CheckResult> {
  return check.run(contextFor(dir, extra));
}
