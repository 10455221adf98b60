import { Readable } from 'node:stream';
import { compileConfig, loadConfig, scanText, secretRedactor, sha1Hex, type DetectSecretsBaselineFile } from '@mcp-secrets/scanner';
import { removeTempDirs, tempTree } from '../../../../test/support/temp-repo';
import { lineReader, parseAnswer, triageBaseline } from './audit-triage';
import { entryPlaces, type ShowEntry } from './audit-triage-source';

afterAll(removeTempDirs);

const hash = (n: number): string => sha1Hex(`entry ${n}`);

function baseline(): DetectSecretsBaselineFile {
  return {
    version: '1.5.0',
    plugins_used: [],
    filters_used: [],
    results: {
      'a.ts': [
        { type: 'tok', filename: 'a.ts', hashed_secret: hash(1), is_verified: false, line_number: 3 },
        { type: 'tok', filename: 'a.ts', hashed_secret: hash(2), is_verified: false, line_number: 9, is_secret: false },
      ],
      'b.ts': [
        { type: 'tok', filename: 'b.ts', hashed_secret: hash(3), is_verified: false, line_number: 1 },
        { type: 'tok', filename: 'b.ts', hashed_secret: hash(4), is_verified: false, line_number: 7 },
      ],
    },
  };
}

const show: ShowEntry = (_file, entry) => ({ line: entry.line_number, text: 'const key = "REDACTED";' });

/** A session with scripted answers: what it printed, and the baseline as saved after each answer. */
async function session(answers: string[], file = baseline()) {
  let out = '';
  const saved: string[] = [];
  const reader = lineReader(Readable.from(answers.map((a) => `${a}\n`)));
  const tally = await triageBaseline(file, show, { out: (t) => void (out += t), readLine: reader.readLine }, (b) => saved.push(JSON.stringify(b)));
  reader.close();
  return { out, saved: saved.map((s) => JSON.parse(s) as DetectSecretsBaselineFile), tally, file };
}

const verdicts = (file: DetectSecretsBaselineFile): Array<boolean | undefined> => Object.values(file.results).flatMap((entries) => entries.map((e) => e.is_secret));

describe('audit --triage', () => {
  test('answers as letters or words in any case; anything else is asked again', () => {
    expect(['y', 'YES', ' n ', 'No', 's', 'skip', 'q', 'Quit'].map(parseAnswer)).toEqual(['secret', 'secret', 'not-secret', 'not-secret', 'skip', 'skip', 'quit', 'quit']);
    expect(['', 'maybe', 'yy'].map(parseAnswer)).toEqual([undefined, undefined, undefined]);
  });

  test('walks the unaudited entries only, in file order; each verdict is saved as soon as it is given', async () => {
    const { out, saved, tally } = await session(['maybe', 'y', 's', 'N']);
    expect(out.match(/^\[\d\/\d\] .*$/gm)).toEqual(['[1/3] a.ts:3  tok', '[2/3] b.ts:1  tok', '[3/3] b.ts:7  tok']);
    expect(out).toContain('    3 | const key = "REDACTED";');
    expect(out).toContain('Please answer y, n, s or q.');
    // A yes marks a real secret (it still fails the audit), a no a false positive; skipping saves nothing.
    expect(saved.map(verdicts)).toEqual([
      [true, false, undefined, undefined],
      [true, false, undefined, false],
    ]);
    expect(tally).toEqual({ secret: 1, notSecret: 1, skipped: 1, unaudited: 1 });
  });

  test('quitting, or the input ending, keeps what was answered and asks no more', async () => {
    const quit = await session(['n', 'q', 'y']);
    expect(quit.saved.map(verdicts)).toEqual([[false, false, undefined, undefined]]);
    expect(quit.tally).toEqual({ secret: 0, notSecret: 1, skipped: 0, unaudited: 2 });
    const ended = await session(['y']);
    expect(verdicts(ended.file)).toEqual([true, false, undefined, undefined]);
    expect(ended.out.match(/Is this a real secret\?/g)).toHaveLength(2);
  });

  test('a baseline with everything audited asks nothing', async () => {
    const file = baseline();
    for (const entries of Object.values(file.results)) for (const entry of entries) entry.is_secret = true;
    const { out, saved, tally } = await session(['y'], file);
    expect(out).toBe('');
    expect(saved).toEqual([]);
    expect(tally.unaudited).toBe(0);
  });
});

describe("audit --triage: an entry's line", () => {
  const config = compileConfig(loadConfig({ text: `[[rules]]\nid = "tok"\nregex = '''tok_[a-z0-9]{12}'''\nkeywords = ["tok_"]` }));
  const A = 'tok_q8w7e6r5t4y3';
  const B = 'tok_m3n4b5v6c7x8';
  const TEXT = `// one\nconst a = "${A}", b = "${B}"; // \u001b[2J\n`;

  test('shown with every secret the scan found redacted, control characters made visible', () => {
    const root = tempTree({ 'src/a.ts': TEXT });
    const findings = scanText(TEXT, { config, path: 'src/a.ts' }).findings;
    const place = entryPlaces(findings, secretRedactor(findings.map((f) => f.Secret)), root);
    const shown = place('src/a.ts', { hashed_secret: sha1Hex(A), line_number: 1 });
    expect(shown).toEqual({ line: 2, text: 'const a = "REDACTED", b = "REDACTED"; // ?[2J' });
  });

  test('not shown when no current finding is the entry\'s secret: its secret could not be redacted', () => {
    const root = tempTree({ 'src/a.ts': TEXT });
    const findings = scanText(TEXT, { config, path: 'src/a.ts' }).findings;
    const place = entryPlaces(findings, secretRedactor(findings.map((f) => f.Secret)), root);
    expect(place('src/a.ts', { hashed_secret: sha1Hex('something detect-secrets saw'), line_number: 2 })).toEqual({ line: 2 });
    expect(place('../outside.ts', { hashed_secret: sha1Hex(A), line_number: 2 })).toEqual({ line: 2 });
  });

  test('a long line is shown around its secret, clipped', () => {
    const long = `${'x'.repeat(500)} = "${A}" ${'y'.repeat(500)}\n`;
    const root = tempTree({ 'min.js': long });
    const findings = scanText(long, { config, path: 'min.js' }).findings;
    const text = entryPlaces(findings, secretRedactor([A]), root)('min.js', { hashed_secret: sha1Hex(A), line_number: 1 }).text ?? '';
    expect(text).toMatch(/^…x+ = "REDACTED" y+…$/);
    expect(text.length).toBeLessThan(260);
  });
});
