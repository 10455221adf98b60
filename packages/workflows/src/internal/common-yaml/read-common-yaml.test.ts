import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { isMap, isScalar, isSeq } from 'yaml';
import type { Scalar, YAMLMap, YAMLSeq } from 'yaml';
import { describeWithShared } from '../../../../../test/support/shared-fixtures';
import { differenceFromYaml } from './differential-test-support';
import { generatedYaml, mutatedYaml, seeded } from './generated-yaml-test-support';
import { readCommonYaml } from './read-common-yaml';

/** The node at a path of keys and indexes. */
function at(text: string, ...path: (string | number)[]): unknown {
  let node: unknown = readCommonYaml(text)?.contents;
  for (const step of path) {
    node = typeof step === 'number' ? (node as YAMLSeq).items[step] : (node as YAMLMap).items.find((p) => (p.key as Scalar).value === step)?.value;
  }
  return node;
}

describe('readCommonYaml', () => {
  test('reads the nodes yaml builds: values, styles and [start, value end, node end] ranges', () => {
    const text = 'on: push # c\njobs:\n  a:\n    runs-on: [ubuntu-latest, "x"]\n    steps:\n      - run: |\n          echo hi\n\n      - if: a &&\n          b\n';
    expect(differenceFromYaml(text)).toBeUndefined();
    const on = at(text, 'on') as Scalar;
    expect([on.value, on.type, on.range]).toEqual(['push', 'PLAIN', [4, 8, 13]]);
    const labels = at(text, 'jobs', 'a', 'runs-on') as YAMLSeq;
    expect([labels.flow, labels.range, (labels.items[1] as Scalar).type]).toEqual([true, [37, 57, 58], 'QUOTE_DOUBLE']);
    const run = at(text, 'jobs', 'a', 'steps', 0, 'run') as Scalar;
    expect([run.value, run.type, run.range]).toEqual(['echo hi\n', 'BLOCK_LITERAL', [82, 102, 102]]);
    expect((at(text, 'jobs', 'a', 'steps', 1, 'if') as Scalar).value).toBe('a && b');
  });

  test('plain scalars resolve as the YAML 1.2 core schema does', () => {
    const values = (readCommonYaml('a: [1, -0, 0o17, 0x1F, 1.50, .5, 1e3, .inf, -.Inf, .nan, ~, Null, true, FALSE, yes, on, 1_000, 3.10]\n')?.contents as YAMLMap).items[0].value as YAMLSeq;
    expect(values.items.map((item) => (item as Scalar).value)).toEqual([1, -0, 15, 31, 1.5, 0.5, 1000, Infinity, -Infinity, NaN, null, null, true, false, 'yes', 'on', '1_000', 3.1]);
  });

  test('quoted scalars: escapes, doubled quotes, folded line breaks', () => {
    const text = `a: "x\\ty\\u00e9\\"" # c\nb: 'it''s'\nc: "one\n  two\n\n  three"\nd: 'p\n  q'\n`;
    expect(differenceFromYaml(text)).toBeUndefined();
    expect(['a', 'b', 'c', 'd'].map((key) => (at(text, key) as Scalar).value)).toEqual(['x\tyé"', "it's", 'one two\nthree', 'p q']);
  });

  test('block scalars: chomping, folding, more-indented and trailing blank lines', () => {
    const text = 'a: >\n  x\n   y\n  z\n\n  w\nb: |-\n  s\n\nc: |+\n  k\n\nd: >-\n  one\n  two\n';
    expect(differenceFromYaml(text)).toBeUndefined();
    expect(['a', 'b', 'c', 'd'].map((key) => (at(text, key) as Scalar).value)).toEqual(['x\n y\nz\nw\n', 's', 'k\n\n', 'one two']);
  });

  test('comment lines go where yaml puts them: indented ones onto the value above, the others to the collection or the next pair', () => {
    for (const text of [
      'a: x\n  # indented: part of x\nb: y\n',
      'a: x\n\n  # after a blank line too\nb: y\n',
      'a:\n  b: x\n  # at the mapping: its range\nc: y\n',
      'a:\n  b: x\n# left of it: the parent\nc: y\n',
      'a:\n  b:\n  # c\n\n# d\n  e: 1\n',
      'on:\n  workflow_dispatch: # manual\n\njobs: {}\n',
      'a:\n  - x\n  # c\n\n# d\nc: y\n',
      'a:\n  b: x\n# end of the document\n',
    ]) {
      expect([text, differenceFromYaml(text)]).toEqual([text, undefined]);
      expect(readCommonYaml(text)).toBeDefined();
    }
    expect((at('a: x\n  # c\nb: y\n', 'a') as Scalar).range).toEqual([3, 4, 11]);
    expect((at('a:\n  b:\n  # c\n\n# d\n  e: 1\n', 'a', 'b') as Scalar).range).toEqual([7, 7, 13]);
  });

  test('flow collections over several lines, nested, with trailing commas', () => {
    const text = 'a: [x , y ]\nb: { a: [x, y]\n  , b: 1 }\nc: [\n  a,\n  b,\n]\nd: {}\n';
    expect(differenceFromYaml(text)).toBeUndefined();
    expect(isSeq(at(text, 'c')) && (at(text, 'c') as YAMLSeq).items.length).toBe(2);
    expect(isMap(at(text, 'd')) && (at(text, 'd') as YAMLMap).flow).toBe(true);
  });

  test('hands back what it does not read (anchors, tags, tabs, CRLF, duplicate keys) and every text yaml finds an error in', () => {
    for (const text of [
      'a: &x 1\nb: *x\n',
      'a: !!str 1\n',
      'a:\n\tb: 1\n',
      'a: 1\r\nb: 2\r\n',
      'a: 1\na: 2\n',
      '<<: {a: 1}\n',
      '? a\n: b\n',
      '- a\n- b\n',
      'a: 1\n---\nb: 2\n',
      ' ---\nb: 2\n',
      'a: b: c\n',
      'a: x\n  b: y\n',
      'a:\n  b: 1\n c: 2\n',
      'a: "open\n',
      'a: [x,\nb]\n',
      'a: |2\n   x\n',
      `a: 1\n${'k'.repeat(990)}${' '.repeat(40)}: 2\n`,
      '',
      '# only a comment\n',
    ]) {
      expect([text, readCommonYaml(text)]).toEqual([text, undefined]);
    }
  });

  test('is the same as yaml on generated workflow-shaped YAML, common and odd', () => {
    let read = 0;
    for (let seed = 1; seed <= 1500; seed++) {
      for (const text of [generatedYaml(seeded(seed), seed % 2 === 0), mutatedYaml(generatedYaml(seeded(-seed), true), seeded(seed))]) {
        expect([seed, differenceFromYaml(text)]).toEqual([seed, undefined]);
        if (readCommonYaml(text) !== undefined) read++;
      }
    }
    // Enough of them are read for the comparison to mean something.
    expect(read).toBeGreaterThan(600);
  });

  test('nests no deeper than its limit', () => {
    const deep = Array.from({ length: 150 }, (_, i) => `${' '.repeat(i)}k${i}:`).join('\n');
    expect(readCommonYaml(`${deep} x\n`)).toBeUndefined();
  });

  test('a scalar key or value at the document end, without a final line break', () => {
    expect(differenceFromYaml('a: x')).toBeUndefined();
    expect(isScalar(at('a: |\n  x', 'a')) && (at('a: |\n  x', 'a') as Scalar).value).toBe('x\n');
  });
});

describeWithShared(['corpus', 'workflows-realworld'], 'readCommonYaml on the real-world corpus', (dir) => {
  const texts = readdirSync(dir, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .flatMap((repo) => readdirSync(join(dir, repo.name)).map((name) => join(dir, repo.name, name)))
    .filter((path) => /\.ya?ml$/.test(path))
    .map((path) => readFileSync(path, 'utf8'));

  test('reads nearly every file, each exactly as yaml does, and edited files too', () => {
    expect(texts.filter((text) => differenceFromYaml(text) !== undefined)).toEqual([]);
    expect(texts.filter((text) => readCommonYaml(text) !== undefined).length).toBeGreaterThan(0.97 * texts.length);
    texts.forEach((text, i) => {
      const edited = mutatedYaml(text, seeded(i));
      expect([i, differenceFromYaml(edited)]).toEqual([i, undefined]);
    });
  });
});
