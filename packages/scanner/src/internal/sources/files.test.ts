import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, unlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { compileConfig, loadConfig, scanFiles } from '../../index';
import { TempRepo } from './__fixtures__/temp-repo';

const config = compileConfig(loadConfig({ text: `[[rules]]\nid = "tok"\nregex = '''tok_[a-z0-9]{12}'''\nkeywords = ["tok_"]\n[allowlist]\npaths = ['''(?:^|/)vendor/''']` }));
const A = 'tok_q8w7e6r5t4y3';

describe('scanFiles: directory walk', () => {
  const root = mkdtempSync(join(tmpdir(), 'scanner-files-'));
  const outside = mkdtempSync(join(tmpdir(), 'scanner-outside-'));

  beforeAll(() => {
    mkdirSync(join(root, 'src', 'deep'), { recursive: true });
    mkdirSync(join(root, '.git'));
    mkdirSync(join(root, 'vendor'));
    writeFileSync(join(root, 'src', 'deep', 'a.ts'), `x\nconst k = "${A}";\n`);
    writeFileSync(join(root, '.git', 'config'), A);
    writeFileSync(join(root, 'vendor', 'lib.js'), A);
    writeFileSync(join(root, 'image.bin'), Buffer.concat([Buffer.from([0x89, 0x50, 0, 0]), Buffer.from(A)]));
    writeFileSync(join(root, 'big.txt'), `${A}\n${'x'.repeat(2048)}`);
    writeFileSync(join(outside, 'secret.txt'), A);
    symlinkSync(join(outside, 'secret.txt'), join(root, 'link.txt'));
    symlinkSync(join(root, 'src', 'deep', 'a.ts'), join(root, 'inside-link.ts'));
    symlinkSync(join(root, 'nowhere'), join(root, 'dangling-link'));
    execFileSync('mkfifo', [join(root, 'pipe')]);
  });
  afterAll(() => {
    rmSync(root, { recursive: true, force: true });
    rmSync(outside, { recursive: true, force: true });
  });

  test('scans every file (large ones in windows, binaries through their text runs); skips .git and allowlisted paths', async () => {
    const { findings, stats } = await scanFiles(root, { config, listing: 'walk', windows: { size: 1024, overlap: 64 } });
    expect(findings.map((f) => [`${f.File}:${f.StartLine}`, f.Tags])).toEqual([
      ['big.txt:1', []],
      ['image.bin:1', ['binary-text']],
      ['src/deep/a.ts:2', []],
    ]);
    expect(stats).toMatchObject({ filesScanned: 3, binaryFiles: 1, skipped: { symlinks: 1, special: 1, allowlistedPaths: 1, unreadable: 0 } });
    expect(stats.bytesScanned).toBe(32 + 20 + 2065);
  });

  test('lists what it does not read, and why: a symlink out of the root, a FIFO (never opened, so never waited on)', async () => {
    const { stats } = await scanFiles(root, { config, listing: 'walk' });
    expect(stats.skippedFiles).toEqual([
      { path: 'link.txt', reason: 'symlink', detail: 'symbolic link to outside the scanned folder, not followed' },
      { path: 'pipe', reason: 'special', detail: 'not a regular file (a FIFO, socket or device), not read' },
    ]);
  });

  test('relativeTo: a subfolder scan reports File from the given folder, and path allowlists see that path', async () => {
    const { findings } = await scanFiles(join(root, 'src'), { config, listing: 'walk', relativeTo: root });
    expect(findings.map((f) => [f.File, f.Fingerprint])).toEqual([['src/deep/a.ts', 'src/deep/a.ts:tok:2']]);
    const vendor = await scanFiles(join(root, 'vendor'), { config, listing: 'walk', relativeTo: root });
    expect(vendor.findings).toEqual([]);
    expect(vendor.stats.skipped.allowlistedPaths).toBe(1);
  });

  test('onProgress: files (skipped ones included) and bytes, throttled by the clock', async () => {
    const states: unknown[] = [];
    let clock = 0;
    await scanFiles(root, { config, listing: 'walk', now: () => (clock += 60), onProgress: (s) => states.push(s) });
    // Reported on the first file, then whenever 100 ms have passed (every other file at 60 ms per read).
    expect(states.length).toBeGreaterThanOrEqual(2);
    expect(states[0]).toEqual({ files: 1, bytes: expect.any(Number) as number });
    const last = states[states.length - 1] as { files: number };
    expect(last.files).toBeLessThanOrEqual(8);
  });
});

describe('scanFiles: git ls-files in a repository', () => {
  const repo = new TempRepo().init();

  beforeAll(() => {
    repo.write('.gitignore', 'ignored.txt\n');
    repo.write('tracked.txt', `${A}\n`);
    repo.write('gone.txt', 'soon deleted\n');
    repo.commit('files');
    repo.write('untracked.txt', `${A}\n`);
    repo.write('ignored.txt', `${A}\n`);
    unlinkSync(join(repo.dir, 'gone.txt'));
    // A submodule: git lists its folder as one path.
    repo.git('update-index', '--add', '--cacheinfo', `160000,${repo.git('rev-parse', 'HEAD')},sub`);
    mkdirSync(join(repo.dir, 'sub'));
  });
  afterAll(() => repo.remove());

  test('scans tracked and untracked files, honours .gitignore; a file deleted since or a submodule is nothing left unscanned', async () => {
    const { findings, stats } = await scanFiles(repo.dir, { config });
    expect(findings.map((f) => f.File)).toEqual(['tracked.txt', 'untracked.txt']);
    expect(stats.skippedFiles).toEqual([]);
  });

  test('onProgress knows the total from the listing', async () => {
    const states: Array<{ files: number; totalFiles?: number }> = [];
    let clock = 0;
    await scanFiles(repo.dir, { config, now: () => (clock += 1000), onProgress: (s) => states.push(s) });
    expect(states.map((s) => [s.files, s.totalFiles])).toEqual([
      [1, 5],
      [2, 5],
      [3, 5],
      [4, 5],
      [5, 5],
    ]);
  });

  test('listing: walk scans ignored files too (gitleaks dir mode)', async () => {
    const { findings } = await scanFiles(repo.dir, { config, listing: 'walk' });
    expect(findings.map((f) => f.File)).toEqual(['ignored.txt', 'tracked.txt', 'untracked.txt']);
  });
});
