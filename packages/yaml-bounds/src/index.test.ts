import { isSeq, parseDocument, type Alias, type YAMLSeq } from 'yaml';
import { composeBoundedDocuments, DEFAULT_YAML_LIMITS, describeYamlError, parseBoundedDocument, resolveAlias } from './index';
import { Parser } from 'yaml';

/** `levels` anchors, each a list of `width` aliases to the one before: width^levels leaves from a few KB. */
function aliasBomb(levels: number, width: number): string {
  const lines = [`a0: &a0 [${Array(width).fill('lol').join(', ')}]`];
  for (let i = 1; i <= levels; i++) lines.push(`a${i}: &a${i} [${Array(width).fill(`*a${i - 1}`).join(', ')}]`);
  return `${lines.join('\n')}\n`;
}

const refusal = (text: string) => {
  const doc = parseBoundedDocument(text);
  const error = doc.errors.find((e) => e.code === 'RESOURCE_EXHAUSTION');
  return { doc, error, line: error?.linePos?.[0].line };
};

describe('parseBoundedDocument', () => {
  test('an alias bomb is refused at the alias that crosses the limit, without expanding it', () => {
    const { doc, error, line } = refusal(aliasBomb(9, 10));
    expect(error?.message).toMatch(/^alias \*a\d expands the document past \d+ nodes \(4 × its \d+ own nodes \+ 10000\): an alias bomb at line \d+, column \d+$/);
    expect(line).toBe(Number(/\*a(\d)/.exec(error?.message ?? '')?.[1]) + 2);
    expect(doc.contents).toBeNull();
  });

  test('ordinary anchors, aliases and merge keys parse exactly as yaml parses them', () => {
    const text = [
      'defaults: &defaults {runs-on: ubuntu-latest, timeout-minutes: 10}',
      'steps: &steps',
      '  - uses: actions/checkout@v4',
      '  - run: make',
      'jobs:',
      ...Array.from({ length: 50 }, (_, i) => `  job${i}: {<<: *defaults, steps: *steps}`),
    ].join('\n');
    const bounded = parseBoundedDocument(text, { merge: true });
    expect(bounded.errors).toEqual([]);
    expect(bounded.toJS()).toEqual(parseDocument(text, { merge: true }).toJS());
  });

  test.each([
    ['flow sequences', (n: number) => `${'['.repeat(n)}${']'.repeat(n)}`],
    ['flow mappings', (n: number) => `${'{a: '.repeat(n)}1${'}'.repeat(n)}`],
    ['block mappings', (n: number) => Array.from({ length: n }, (_, i) => `${' '.repeat(i)}a:`).join('\n') + ' 1'],
    ['block sequences', (n: number) => `${'- '.repeat(n)}x`],
  ])('%s nested past the limit are refused before composing (5,000 levels: no stack overflow)', (_, nested) => {
    const max = DEFAULT_YAML_LIMITS.maxDepth;
    expect(parseBoundedDocument(nested(max)).errors).toEqual([]);
    for (const depth of [max + 1, 5_000]) {
      const { doc, error } = refusal(nested(depth));
      expect(error?.message).toMatch(new RegExp(`^collections nested deeper than ${max} levels at line \\d+, column \\d+$`));
      expect(doc.contents).toBeNull();
    }
  });

  test('anchors chained so that the expansion nests too deep are refused at the alias', () => {
    const lines = ['a0: &a0 [[[[[[[[[[x]]]]]]]]]]'];
    for (let i = 1; i <= 20; i++) lines.push(`a${i}: &a${i} [[[[[[[[[[*a${i - 1}]]]]]]]]]]`);
    const { error, line } = refusal(lines.join('\n'));
    expect(error?.message).toMatch(/^alias \*a\d+ nests the expanded document deeper than 128 levels/);
    expect(line).toBe(13);
  });

  test('an alias to its own ancestor (a recursive alias, or a merge of itself) is refused', () => {
    expect(refusal('a: &x [1, *x]\n').error?.message).toMatch(/^alias \*x refers to a collection that contains it \(a recursive alias\) at line 1, column 11$/);
    expect(refusal('a: &m\n  b: 1\n  <<: *m\n').error?.message).toMatch(/^alias \*m refers to a collection that contains it/);
  });

  test('alias uses are capped even when each alias adds little', () => {
    const text = `a: &a x\nlist: [${Array(DEFAULT_YAML_LIMITS.maxAliasUses + 1).fill('*a').join(', ')}]\n`;
    expect(refusal(text).error?.message).toMatch(/^alias \*a makes the expanded document use aliases more than 10000 times/);
    expect(refusal(text.replace('list: [*a, ', 'list: [')).error).toBeUndefined();
  });

  test('duplicate keys are found as yaml finds them, at the repeated key, in linear time (60,000 keys)', () => {
    const keys = Array.from({ length: 60_000 }, (_, i) => `k${i}: v`);
    const text = `${keys.join('\n')}\nk7: again\n`;
    const errors = parseBoundedDocument(text).errors;
    expect(errors.map((e) => [e.code, e.linePos?.[0].line])).toEqual([['DUPLICATE_KEY', 60_001]]);
    expect(parseBoundedDocument(text, { uniqueKeys: false }).errors).toEqual([]);
    expect(parseBoundedDocument('a: 1\n<<: {b: 1}\n<<: {c: 1}\n', { merge: true }).errors).toEqual([]);
  });

  test('errors are located without an excerpt of the source (it could hold a secret)', () => {
    const text = 'token: s3cr3t-value: nested\n';
    expect(parseDocument(text).errors[0].message).toContain('s3cr3t');
    const [error] = parseBoundedDocument(text).errors;
    expect(error.linePos?.[0]).toEqual({ line: 1, col: 8 });
    expect(error.message).not.toContain('s3cr3t');
  });

  test('a second document is an error, as with parseDocument', () => {
    expect(parseBoundedDocument('a: 1\n---\nb: 2\n').errors.map((e) => e.code)).toEqual(['MULTIPLE_DOCS']);
  });
});

describe('composeBoundedDocuments', () => {
  test('bounds each document of a stream on its own; the others are kept', () => {
    const text = `ok: 1\n---\n${aliasBomb(9, 10)}---\n${'['.repeat(500)}${']'.repeat(500)}\n---\nlast: 2\n`;
    const docs = composeBoundedDocuments(new Parser().parse(text));
    expect(docs.map((d) => d.errors.map((e) => e.code))).toEqual([[], ['RESOURCE_EXHAUSTION'], ['RESOURCE_EXHAUSTION'], []]);
    expect(docs.map((d) => d.toJS())).toEqual([{ ok: 1 }, null, null, { last: 2 }]);
  });

  test('the documents of one stream share one allowance: many small bombs add up', () => {
    const small = aliasBomb(2, 10); // 1,240 nodes once expanded, far under the allowance alone
    const text = Array(100).fill(small).join('---\n');
    const refused = composeBoundedDocuments(new Parser().parse(text)).map((doc) => doc.errors.some((e) => e.code === 'RESOURCE_EXHAUSTION'));
    expect(refused.slice(0, 5)).toEqual([false, false, false, false, false]);
    expect(refused.at(-1)).toBe(true);
  });
});

describe('resolveAlias', () => {
  test('gives the last anchor of that name before the alias, as Alias.resolve does', () => {
    const doc = parseBoundedDocument('a: &x 1\nb: [*x, &x 2, *x]\nc: *x\n');
    const list = doc.get('b', true) as YAMLSeq;
    const aliases = [list.items[0], list.items[2], doc.get('c', true)] as Alias[];
    for (const alias of aliases) expect(resolveAlias(doc, alias)).toBe(alias.resolve(doc));
    expect(isSeq(resolveAlias(doc, list))).toBe(true);
  });
});

test('describeYamlError words syntax errors and refusals apart, on one line', () => {
  const [syntax] = parseBoundedDocument('a: [').errors;
  expect(describeYamlError(syntax)).toMatch(/^invalid YAML: .* at line 1, column 5$/);
  expect(describeYamlError(syntax, 'not valid YAML')).toMatch(/^not valid YAML: /);
  const [refused] = parseBoundedDocument(aliasBomb(9, 10)).errors;
  expect(describeYamlError(refused)).toMatch(/^YAML refused: alias \*a\d expands the document past/);
});
