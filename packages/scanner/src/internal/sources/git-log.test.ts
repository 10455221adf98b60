import { cpSync, mkdtempSync, readFileSync, renameSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ConfigurationError } from '@mcp-secrets/ports';
import { describeWithShared } from '../../../../../test/support/shared-fixtures';
import { compileConfig, GitleaksIgnore, loadConfig, scanGit } from '../../index';
import { TempRepo } from './__fixtures__/temp-repo';

const config = compileConfig(loadConfig({ text: `[[rules]]\nid = "tok"\ndescription = "Token"\nregex = '''tok_[a-z0-9]{12}'''\nkeywords = ["tok_"]` }));
const A = 'tok_q8w7e6r5t4y3';
const B = 'tok_m3n4b5v6c7x8';

describe('scanGit on a temporary repository', () => {
  const repo = new TempRepo().init();
  let c1 = '';
  let c2 = '';
  let c3 = '';

  beforeAll(() => {
    repo.write('README.md', 'hello\n');
    c1 = repo.commit('initial');
    repo.write('src/app.ts', `const x = 1;\nconst key = "${A}";\n`);
    c2 = repo.commit('add key\n\nwith a body');
    repo.write('src/app.ts', `const x = 1;\nconst key = process.env.KEY;\n// new\nconst other = "${B}";\n`);
    c3 = repo.commit('rotate key');
  });
  afterAll(() => repo.remove());

  test('finds secrets added in history with commit metadata, even if removed later', async () => {
    const { findings, stats } = await scanGit(repo.dir, { config });
    expect(stats.commitsScanned).toBe(3);
    const byCommit = new Map(findings.map((f) => [f.Commit, f]));
    expect(byCommit.get(c2)).toMatchObject({
      RuleID: 'tok',
      File: 'src/app.ts',
      StartLine: 2,
      Secret: A,
      Author: 't',
      Email: 't@e',
      Date: '2024-01-02T03:04:05Z',
      Message: 'add key\n\nwith a body',
      Fingerprint: `${c2}:src/app.ts:tok:2`,
    });
    expect(byCommit.get(c3)).toMatchObject({ StartLine: 4, Secret: B });
    expect(findings).toHaveLength(2);
  });

  test('true columns in history: the hunk holds only added lines, at their real line and column', async () => {
    const { findings } = await scanGit(repo.dir, { config, range: `${c2}..${c3}` });
    // `const other = "` is 15 characters: the token starts at column 16 of line 4, gitleaks says 17.
    expect(findings[0]).toMatchObject({ StartLine: 4, StartColumn: 17, columns: { start: 16, end: 32 } });
  });

  test('onProgress counts file diffs and bytes', async () => {
    const states: Array<{ files: number; bytes: number }> = [];
    let clock = 0;
    await scanGit(repo.dir, { config, now: () => (clock += 1000), onProgress: (s) => states.push(s) });
    expect(states.map((s) => s.files)).toEqual([1, 2, 3]);
    expect(states[2]?.bytes).toBeGreaterThan(0);
  });

  test('a range scans only its commits (pull request / push)', async () => {
    const { findings, stats } = await scanGit(repo.dir, { config, range: `${c2}..${c3}` });
    expect(stats.commitsScanned).toBe(1);
    expect(findings.map((f) => f.Secret)).toEqual([B]);
    const first = await scanGit(repo.dir, { config, logOpts: [`${c1}..${c2}`] });
    expect(first.findings.map((f) => f.Secret)).toEqual([A]);
  });

  test('a hunk larger than a window is scanned in windows: exact lines and columns, each finding once', async () => {
    const { findings } = await scanGit(repo.dir, { config, range: `${c1}..${c3}`, windows: { size: 64, overlap: 16 } });
    expect(findings.map((f) => [f.Secret, f.StartLine, f.StartColumn, f.columns.start])).toEqual([
      [B, 4, 17, 16],
      [A, 2, 15, 14],
    ]);
  });

  test('an explicit commit list scans exactly those commits (a push)', async () => {
    const { findings, stats } = await scanGit(repo.dir, { config, commits: [c3, c1] });
    expect(stats.commitsScanned).toBe(2);
    expect(findings.map((f) => f.Commit)).toEqual([c3]);
  });

  test('.gitleaksignore fingerprints with a commit apply to that commit only', async () => {
    const ignore = new GitleaksIgnore([`${c2}:src/app.ts:tok:2`]);
    const r = await scanGit(repo.dir, { config, ignore });
    expect(r.findings.map((f) => f.Commit)).toEqual([c3]);
    expect(r.stats.suppressed.ignoreFile).toBe(1);
  });

  test('a range the clone does not have is a configuration error with a hint', async () => {
    await expect(scanGit(repo.dir, { config, range: `${'0'.repeat(40)}..${c3}` })).rejects.toThrow(/fetch-depth: 0/);
  });

  test('a directory that is not a git repository is a clear configuration error', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'scanner-nogit-'));
    try {
      await expect(scanGit(dir, { config })).rejects.toThrow(ConfigurationError);
      await expect(scanGit(dir, { config })).rejects.toThrow(/not a git repository/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describeWithShared(['fixtures', 'gitleaks', 'testdata', 'repos', 'small'], "gitleaks' small test repository", (small) => {
  const dir = mkdtempSync(join(tmpdir(), 'scanner-small-'));
  beforeAll(() => {
    cpSync(small, dir, { recursive: true });
    renameSync(join(dir, 'dotGit'), join(dir, '.git'));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  test('reports what gitleaks reports, columns included', async () => {
    const simple = compileConfig(loadConfig({ path: join(small, '..', '..', '..', 'testdata-config', 'simple.toml') }));
    const ignore = GitleaksIgnore.parse(readFileSync(join(dir, '.gitleaksignore'), 'utf8'));
    const { findings } = await scanGit(dir, { config: simple, ignore });
    const summary = findings.map((f) => ({
      File: f.File,
      StartLine: f.StartLine,
      StartColumn: f.StartColumn,
      EndColumn: f.EndColumn,
      Commit: f.Commit,
      Author: f.Author,
      Email: f.Email,
      Date: f.Date,
      Message: f.Message,
      Fingerprint: f.Fingerprint,
    }));
    expect(summary).toEqual([
      {
        File: 'foo/foo.go',
        StartLine: 9,
        StartColumn: 17,
        EndColumn: 36,
        Commit: '491504d5a31946ce75e22554cc34203d8e5ff3ca',
        Author: 'Zach Rice',
        Email: 'zricer@protonmail.com',
        Date: '2021-11-02T23:48:06Z',
        Message: 'adding foo package with secret',
        Fingerprint: '491504d5a31946ce75e22554cc34203d8e5ff3ca:foo/foo.go:aws-access-key:9',
      },
      {
        File: 'main.go',
        StartLine: 20,
        StartColumn: 19,
        EndColumn: 38,
        Commit: '1b6da43b82b22e4eaa10bcf8ee591e91abbfc587',
        Author: 'Zachary Rice',
        Email: 'zricer@protonmail.com',
        Date: '2021-11-02T23:37:53Z',
        Message: 'Accidentally add a secret',
        Fingerprint: '1b6da43b82b22e4eaa10bcf8ee591e91abbfc587:main.go:aws-access-key:20',
      },
    ]);
  });
});
