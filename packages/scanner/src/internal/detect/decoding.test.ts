import { compileConfig, loadConfig, scanText } from '../../index';
import { alphabetRuns, DecodedLayer, findEncodedSegments } from './decoding';

const config = compileConfig(
  loadConfig({ text: `[[rules]]\nid = "tok"\nregex = '''tok_[a-z0-9]{12}'''\nkeywords = ["tok_"]\ntags = ["t"]` }),
);
const SECRET = 'tok_q8w7e6r5t4y3';
const b64 = (s: string) => Buffer.from(s).toString('base64');

describe('decoding', () => {
  test('a base64-encoded secret is found and reported at the encoded segment', () => {
    const encoded = b64(`token=${SECRET}`);
    const text = `x\nvalue: "${encoded}"\n`;
    const [f, ...rest] = scanText(text, { config }).findings;
    expect(rest).toEqual([]);
    expect(f).toMatchObject({ Secret: SECRET, StartLine: 2, EndLine: 2, Tags: ['t', 'decoded:base64', 'decode-depth:1'] });
    // gitleaks columns (second line: counted from the newline before it).
    expect(f?.StartColumn).toBe(text.split('\n')[1]?.indexOf(encoded) as number + 2);
    expect(f?.EndColumn).toBe((f?.StartColumn as number) + encoded.length - 1);
  });

  test('a decoded value is found with its keyword on the same line or the line before, and only once', () => {
    const c = compileConfig(
      loadConfig({ text: `[[rules]]\nid = "kv"\nregex = '''passcode[=:\\s]{1,4}([a-z0-9]{12})'''\nsecretGroup = 1\nkeywords = ["passcode"]` }),
    );
    const value = 'q8w7e6r5t4y3';
    const filler = Array.from({ length: 50 }, (_, i) => `line ${i} passcode`).join('\n');
    for (const text of [`${filler}\npasscode=${b64(value)}\nend\n`, `${filler}\npasscode:\n${b64(value)}\nend\n`]) {
      const found = scanText(text, { config: c }).findings;
      expect(found.map((f) => [f.Secret, f.StartLine, f.Tags])).toEqual([[value, 51, ['decoded:base64', 'decode-depth:1']]]);
    }
    // The encoded value on the first line, with its keyword decoded too.
    expect(scanText(`${b64(`passcode ${value}`)}\n${filler}`, { config: c }).findings.map((f) => f.StartLine)).toEqual([1]);
  });

  test('nested encodings are followed up to the depth limit', () => {
    const twice = b64(b64(`k=${SECRET}`));
    expect(scanText(twice, { config }).findings.map((f) => f.Tags)).toEqual([['t', 'decoded:base64', 'decode-depth:2']]);
    expect(scanText(twice, { config, maxDecodeDepth: 1 }).findings).toEqual([]);
    expect(scanText(b64(SECRET), { config, maxDecodeDepth: 0 }).findings).toEqual([]);
  });

  test('hex and percent encodings', () => {
    const hex = Buffer.from(`secret ${SECRET}`).toString('hex');
    expect(scanText(`h = ${hex}`, { config }).findings.map((f) => f.Tags.at(-2))).toEqual(['decoded:hex']);
    const pct = `u=${[...`${SECRET}`].map((c) => `%${c.charCodeAt(0).toString(16)}`).join('')}`;
    expect(scanText(pct, { config }).findings.map((f) => [f.Secret, f.Tags.at(-2)])).toEqual([[SECRET, 'decoded:percent']]);
  });

  test('a plain secret is not reported again by a decoding round', () => {
    expect(scanText(`${SECRET} ${b64('harmless text here')}`, { config }).findings).toHaveLength(1);
  });

  test('segments that decode to binary are ignored', () => {
    expect(findEncodedSegments('node_modules_typescript_lib_x ZZZZZZZZZZZZZZZZZZZZ')).toEqual([]);
  });

  test('probing for alphabet runs finds exactly the runs a full regex pass finds', () => {
    let seed = 3;
    const next = (n: number) => (seed = (seed * 1103515245 + 12345) & 0x7fffffff) % n;
    const pieces = ['a', 'Zq', '0f', '+/', '_-', ' ', '.', '=', '==', '\n', 'é', 'deadbeef'];
    for (let t = 0; t < 300; t++) {
      const text = Array.from({ length: next(120) }, () => pieces[next(pieces.length)]).join('');
      const expected = [...text.matchAll(/[A-Za-z0-9+/_-]{16,}={0,2}/g)].map((m) => [m.index, m.index + m[0].length]);
      const got: number[][] = [];
      alphabetRuns(text, (start, end) => got.push([start, end]));
      expect(got).toEqual(expected);
    }
  });

  test('layers map decoded spans back to the original text', () => {
    const text = `ab ${b64('hello world!')} cd`;
    const layer = DecodedLayer.root(text).next();
    expect(layer?.text).toBe('ab hello world! cd');
    expect(layer?.map(3, 8)).toEqual({ start: 3, end: 3 + b64('hello world!').length, encodings: ['base64'] });
    expect(layer?.map(0, 2)).toBeUndefined();
  });
});
