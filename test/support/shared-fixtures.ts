// Third-party fixtures (real sops files, gitleaks' config, the SARIF schema, the
// workflow corpus) live in ../shared beside the clone in CI, not in the repository.
// Suites that need them skip with a visible notice when a contributor's clone lacks them.
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';

export const SHARED_DIR = resolve(process.env.MCP_SECRETS_SHARED ?? join(__dirname, '..', '..', '..', 'shared'));

/** Absolute path inside ../shared, or undefined when that part is absent. */
export function sharedPath(...parts: string[]): string | undefined {
  const p = join(SHARED_DIR, ...parts);
  return existsSync(p) ? p : undefined;
}

/** `describe` that runs only when ../shared/<parts> exists, and says so loudly when it does not. */
export function describeWithShared(parts: string[], name: string, body: (dir: string) => void): void {
  const dir = sharedPath(...parts);
  if (dir === undefined) {
    describe.skip(`${name} (skipped: ${join(SHARED_DIR, ...parts)} is absent)`, () => {
      test('needs the shared fixtures', () => undefined);
    });
    process.stderr.write(`NOTICE: skipping "${name}": ${join(SHARED_DIR, ...parts)} is absent\n`);
    return;
  }
  describe(name, () => body(dir));
}
