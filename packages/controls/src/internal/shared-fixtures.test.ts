// Real-world inputs from ../shared: sops-produced files and the workflow corpus. Each check must
// read them without crashing and point only at lines that exist.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describeWithShared } from '../../../../test/support/shared-fixtures';
import { secretsRotationAge } from './checks/secrets-rotation-age';
import { sopsBundleEncrypted } from './checks/sops-bundle-encrypted';
import type { GitPort } from './git';
import { resolveControlsOptions } from './options';
import { createRepoFiles } from './repo-files';
import type { RepoFiles } from './repo-files';
import { runControls } from './runner';
import type { CheckContext } from './types';

const WORKFLOW_CHECKS = ['workflow-permissions', 'workflow-injection', 'actions-pinned', 'security-pipeline', 'reports-published', 'secrets-sync-step', 'unused-secrets'];

interface ManifestEntry {
  file: string;
  format: string;
  expect: string;
  lastmodified: string;
}

const noGit = (files: string[]): GitPort => ({
  headCommit: async () => undefined,
  originUrl: async () => undefined,
  lsFiles: async () => files,
  checkIgnore: async (paths) => paths.map((path) => ({ path, ignored: false })),
  logForPath: async () => [],
  showFile: async () => undefined,
});

describeWithShared(['fixtures', 'sops', 'manifest.json'], 'sops-produced bundles', (manifestPath) => {
  const root = join(manifestPath, '..');
  const manifest = JSON.parse(readFileSync(manifestPath, 'utf8')) as { fixtures: ManifestEntry[] };
  const readable = manifest.fixtures.filter((fixture) => fixture.expect === 'ok');

  test.each(readable.map((fixture) => [fixture.file, fixture] as const))('%s: encrypted, and rotated per its lastmodified', async (_name, fixture) => {
    const ctx: CheckContext = {
      root,
      files: createRepoFiles(root),
      git: noGit([]),
      clock: { now: () => new Date(Date.parse(fixture.lastmodified) + 24 * 3600 * 1000) },
      options: resolveControlsOptions({ bundlePath: fixture.file, sopsConfigPath: 'absent.sops.yaml' }),
    };
    const encrypted = await sopsBundleEncrypted.run(ctx);
    expect(encrypted.details).not.toMatch(/is in plaintext|not a well-formed/);
    expect(['pass', 'fail']).toContain(encrypted.status);
    const rotation = await secretsRotationAge.run(ctx);
    expect(rotation.status).toBe('pass');
    expect(rotation.details).toMatch(/\(1 days ago, policy 90 days\)$/);
  });
});

describeWithShared(['corpus', 'workflows-realworld'], 'real-world workflows', (corpus) => {
  // A sample: the workflow engine's own tests parse the whole corpus; here it is about the checks' glue.
  const repos = readdirSync(corpus, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name)
    .sort()
    .filter((_, index) => index % 4 === 0);

  test.each(repos)('%s: every check completes, evidence inside the files', async (repo) => {
    const dir = join(corpus, repo);
    const names = readdirSync(dir).filter((name) => /\.ya?ml$/.test(name));
    const onDisk = createRepoFiles(dir);
    // The corpus keeps each repository's workflows flat; present them where the checks look.
    const files: RepoFiles = {
      readText: (path) => (path.startsWith('.github/workflows/') ? onDisk.readText(path.slice('.github/workflows/'.length)) : undefined),
      readBytes: (path) => (path.startsWith('.github/workflows/') ? onDisk.readBytes(path.slice('.github/workflows/'.length)) : undefined),
      listDir: () => [],
    };
    const tracked = names.map((name) => `.github/workflows/${name}`);
    const report = await runControls({ root: dir, git: noGit(tracked), files, repository: repo, checks: WORKFLOW_CHECKS });
    for (const check of report.checks) {
      expect(check.details).not.toMatch(/^the check could not complete/);
      for (const item of check.evidence) {
        if (item.line === null) continue;
        const text = files.readText(item.file) ?? '';
        expect(item.line).toBeGreaterThanOrEqual(1);
        expect(item.line).toBeLessThanOrEqual(text.split('\n').length);
      }
    }
  });
});
