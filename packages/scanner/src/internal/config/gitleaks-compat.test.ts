import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describeWithShared } from '../../../../../test/support/shared-fixtures';
import { compileConfig, loadConfig, scanText } from '../../index';

function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = join(dir, name);
    return statSync(full).isDirectory() ? filesUnder(full) : [full];
  });
}

describeWithShared(['fixtures', 'gitleaks', 'gitleaks-default.toml'], "gitleaks' default configuration", (file) => {
  const config = compileConfig(loadConfig({ path: file }));

  test('loads and compiles all 222 rules', () => {
    expect(config.rules).toHaveLength(222);
    expect(config.rules.every((r) => r.regex !== undefined || r.path !== undefined)).toBe(true);
    expect(config.allowlists).toHaveLength(1);
  });

  test('every rule runs over gitleaks testdata without crashing', () => {
    const root = join(file, '..', 'testdata', 'repos');
    let scanned = 0;
    for (const f of filesUnder(root).filter((p) => !p.includes('dotGit'))) {
      scanText(readFileSync(f, 'utf8'), { path: relative(root, f), config });
      scanned++;
    }
    expect(scanned).toBeGreaterThan(3);
  });

  test('every rule runs over a text holding all keywords (no keyword prefilter shortcut)', () => {
    const text = config.rules.flatMap((r) => r.keywords.map((k) => `${k}_token = "Zx81kQ0pLm2Nb7Vc4Xs9Qw3Er6Ty1Ui"\n`)).join('');
    const { findings } = scanText(text, { path: 'all.txt', config });
    expect(Array.isArray(findings)).toBe(true);
  });
});
