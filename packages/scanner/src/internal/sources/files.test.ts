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
  });
  afterAll(() => {
    rmSync(root, { recursive: true, force: true });
    rmSync(outside, { recursive: true, force: true });
  });

  test('scans text files; skips .git, binaries, oversized files, symlinks and allowlisted paths', async () => {
    const { findings, stats } = await scanFiles(root, { config, listing: 'walk', maxFileBytes: 1024 });
    expect(findings.map((f) => `${f.File}:${f.StartLine}`)).toEqual(['src/deep/a.ts:2']);
    expect(stats).toMatchObject({
      filesScanned: 1,
      skipped: { binary: 1, tooLarge: 1, symlinks: 1, allowlistedPaths: 1, unreadable: 0 },
    });
    expect(stats.bytesScanned).toBeGreaterThan(0);
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
  });
  afterAll(() => repo.remove());

  test('scans tracked and untracked files, honours .gitignore, counts files it cannot read', async () => {
    const { findings, stats } = await scanFiles(repo.dir, { config });
    expect(findings.map((f) => f.File)).toEqual(['tracked.txt', 'untracked.txt']);
    expect(stats.skipped.unreadable).toBe(1);
  });

  test('listing: walk scans ignored files too (gitleaks dir mode)', async () => {
    const { findings } = await scanFiles(repo.dir, { config, listing: 'walk' });
    expect(findings.map((f) => f.File)).toEqual(['ignored.txt', 'tracked.txt', 'untracked.txt']);
  });
});
