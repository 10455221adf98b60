// Test support: small throwaway git repositories built by the tests themselves.
import { chmodSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { git, writeFiles } from '../../../test/support/temp-repo';
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

export { git, writeFiles };

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
