import { join } from 'node:path';
import { ConfigurationError } from '@mcp-secrets/ports';
import { compileConfig, loadConfig, scanText, toGitleaksReport, type Finding } from '@mcp-secrets/scanner';
import { prng, TEST_CONFIG, testToken } from '../../../test/fixtures/audit/planted';
import { applyReportBaseline, GitleaksReportBaseline } from './report-baseline';

const config = compileConfig(loadConfig({ text: TEST_CONFIG }));
const next = prng(1207);
const TOKEN_A = testToken(next);
const TOKEN_B = testToken(next);

function findingsOf(text: string, path = 'src/a.ts', commit?: Partial<{ commit: string; author: string; email: string; date: string; message: string }>): Finding[] {
  const meta = commit && { commit: 'c0ffee', author: 'Ada', email: 'ada@example.com', date: '2026-01-02T03:04:05Z', message: 'add client', ...commit };
  return scanText(text, { config, path, commit: meta }).findings;
}

const parse = (findings: Finding[], redactPercent: number, written: { redact?: boolean | number } = {}): GitleaksReportBaseline =>
  GitleaksReportBaseline.parse(toGitleaksReport(findings, written), 'known.json', redactPercent);

/** gitleaks writes Entropy as a float32 in its shortest form: fewer digits than JavaScript prints for the same value. */
function asGoFloat32(value: number): number {
  const f = Math.fround(value);
  for (let digits = 1; digits <= 9; digits++) {
    const shortest = Number(f.toPrecision(digits));
    if (Math.fround(shortest) === f) return shortest;
  }
  return f;
}

describe('GitleaksReportBaseline (gitleaks --baseline-path)', () => {
  const text = `const a = "${TOKEN_A}";\nconst b = "${TOKEN_B}";\n`;
  const [a, b] = findingsOf(text) as [Finding, Finding];

  test("a finding in the report is known; the others are new (gitleaks' finding identity)", () => {
    const known = parse([a], 0, { redact: false });
    expect(known.suppresses(a)).toBe(true);
    expect(known.suppresses(b)).toBe(false);
    // Same secret elsewhere, or the same place under another rule: new.
    expect(known.suppresses({ ...a, StartLine: 2 })).toBe(false);
    expect(known.suppresses({ ...a, RuleID: 'other' })).toBe(false);
    expect(known.suppresses({ ...a, File: 'src/b.ts' })).toBe(false);
    expect(known.suppresses({ ...a, StartColumn: a.StartColumn + 1 })).toBe(false);
    expect(known.suppresses({ ...a, Description: 'changed' })).toBe(false);
  });

  test('match and secret are compared only when the scan is unredacted, as gitleaks does', () => {
    const redactedReport = parse([a], 0, { redact: true });
    expect(redactedReport.suppresses(a)).toBe(false);
    expect(parse([a], 100, { redact: true }).suppresses(a)).toBe(true);
    const otherSecret = { ...a, Secret: TOKEN_B, Match: a.Match.replace(TOKEN_A, TOKEN_B) };
    expect(parse([a], 0, { redact: false }).suppresses(otherSecret)).toBe(false);
    expect(parse([a], 100, { redact: false }).suppresses(otherSecret)).toBe(true);
  });

  test('the fingerprint and tags are not compared; entropy is compared as gitleaks stores it (float32)', () => {
    const report = JSON.parse(toGitleaksReport([a], { redact: false })) as Array<Record<string, unknown>>;
    const entry = { ...report[0], Fingerprint: 'anything', Tags: ['x'], Entropy: asGoFloat32(a.Entropy) };
    expect(String(entry.Entropy).length).toBeLessThanOrEqual(String(a.Entropy).length);
    expect(GitleaksReportBaseline.parse(JSON.stringify([entry]), 'known.json', 0).suppresses(a)).toBe(true);
    const other = { ...entry, Entropy: (entry.Entropy as number) + 0.001 };
    expect(GitleaksReportBaseline.parse(JSON.stringify([other]), 'known.json', 0).suppresses(a)).toBe(false);
  });

  test('history findings: commit, author, email, date and message are part of the identity', () => {
    const [c] = findingsOf(`const a = "${TOKEN_A}";\n`, 'src/a.ts', {}) as [Finding];
    const known = parse([c], 100);
    expect(known.suppresses(c)).toBe(true);
    for (const change of [{ Commit: 'beef' }, { Author: 'Bob' }, { Email: 'b@example.com' }, { Date: '2026-01-03T00:00:00Z' }, { Message: 'other' }]) {
      expect(known.suppresses({ ...c, ...change })).toBe(false);
    }
  });

  test('a field the report lacks is its zero value; gitleaks\' "null" report is empty', () => {
    const minimal = [{ RuleID: a.RuleID, Description: a.Description, StartLine: a.StartLine, EndLine: a.EndLine, StartColumn: a.StartColumn, EndColumn: a.EndColumn, File: a.File, Entropy: a.Entropy }];
    expect(GitleaksReportBaseline.parse(JSON.stringify(minimal), 'known.json', 100).suppresses(a)).toBe(true);
    expect(GitleaksReportBaseline.parse('null', 'known.json', 0).size).toBe(0);
  });

  test('anything but a gitleaks JSON report is a configuration error naming the file', () => {
    for (const bad of ['{', '{"results":{}}', '[1]', '[{"StartLine":"3"}]', '[{"RuleID":7}]']) {
      const error = (() => {
        try {
          GitleaksReportBaseline.parse(bad, 'known.json', 0);
        } catch (thrown) {
          return thrown;
        }
        return undefined;
      })();
      expect(error).toBeInstanceOf(ConfigurationError);
      expect((error as ConfigurationError).file).toBe('known.json');
    }
  });

  test('applyReportBaseline drops known findings and the report file itself, counting them as baseline suppressions', () => {
    const ws = '/work/ws';
    const inReport = { ...b, File: 'known.json' };
    const known = GitleaksReportBaseline.parse(toGitleaksReport([a]), 'known.json', 100, join(ws, 'known.json'));
    const stats = { suppressed: { allowlist: 0, inline: 0, placeholder: 0, lowEntropy: 0, ignoreFile: 0, baseline: 2 }, findings: 3 } as unknown as Parameters<typeof applyReportBaseline>[0]['stats'];
    const result = applyReportBaseline({ findings: [a, b, inReport], suppressedSecrets: [], stats }, known, ws);
    expect(result.findings).toEqual([b]);
    expect(result.stats).toMatchObject({ findings: 1, suppressed: { baseline: 4 } });
    expect(result.suppressedSecrets).toEqual([TOKEN_A, TOKEN_B]);
  });
});
