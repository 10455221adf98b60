// One rotation of a bundle at a time: a lock file next to the bundle, taken before Vault is read or
// anything is written, and a check under it that the files are still the ones the plan was made from.
import { readFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { acquireLockFile, LockHeldError, type HeldLock } from '@mcp-secrets/fs-safe';
import { ConfigurationError } from '@mcp-secrets/ports';
import { repoRelative } from './git-tree';
import type { RotationPlan } from './plan';

/** `config/.secrets.enc.yaml.rotate-lock` for `config/secrets.enc.yaml`. */
export function lockPathFor(bundlePath: string): string {
  return join(dirname(bundlePath), `.${basename(bundlePath)}.rotate-lock`);
}

/** Takes the bundle's lock; a ConfigurationError says who holds it, or how to clear a stale one. */
export function lockBundle(plan: RotationPlan): HeldLock {
  const path = lockPathFor(plan.bundle.path);
  try {
    return acquireLockFile(path);
  } catch (error) {
    if (!(error instanceof LockHeldError)) throw error;
    const bundle = plan.bundle.display;
    const where = { file: repoRelative(plan.repositoryRoot, path) };
    const { holder } = error;
    if (holder !== undefined && error.stale) {
      throw new ConfigurationError(
        `a rotation of ${bundle} by pid ${holder.pid} on this host (since ${holder.since}) did not finish: that process is no longer running and left its lock: nothing was rotated`,
        {
          ...where,
          hint: `it may have changed ${bundle} and ${plan.sopsConfig.display}, or published to Vault: check \`git status\` (undo with \`git checkout -- ${bundle} ${plan.sopsConfig.display}\`) and Vault's current version, then remove the lock with \`rm ${path}\` and run rotate again`,
        },
      );
    }
    const who = holder === undefined ? 'the lock file does not say by whom' : `pid ${holder.pid} on ${holder.host}, since ${holder.since}`;
    throw new ConfigurationError(`another rotation of ${bundle} is running (${who}): nothing was rotated`, {
      ...where,
      hint: `wait for it to finish and run rotate again; if no rotate is running, remove the lock with \`rm ${path}\``,
    });
  }
}

/** Under the lock: refuses when the bundle or `.sops.yaml` changed after the plan read them. */
export function requireUnchanged(plan: RotationPlan): void {
  for (const file of [plan.bundle, plan.sopsConfig]) {
    if (readFileSync(file.path, 'utf8') !== file.original) {
      throw new ConfigurationError('changed since rotate read it (another rotation, or an edit): nothing was rotated', { file: file.display, hint: 'run rotate again' });
    }
  }
}
