import { unifiedDiff } from './unified-diff';

const text = (n: number, change: (i: number) => string | undefined = () => undefined): string =>
  Array.from({ length: n }, (_, i) => change(i + 1) ?? `line ${i + 1}`).join('\n') + '\n';

describe('unifiedDiff', () => {
  test('equal texts give nothing', () => {
    expect(unifiedDiff('a.yml', 'x\n', 'x\n')).toBe('');
  });

  test('one change with three lines of context; far changes are separate hunks, near ones share one', () => {
    const before = text(20);
    const after = text(20, (i) => (i === 5 ? 'five' : i === 17 ? 'seventeen' : undefined));
    expect(unifiedDiff('w.yml', before, after)).toBe(
      [
        '--- a/w.yml',
        '+++ b/w.yml',
        '@@ -2,7 +2,7 @@',
        ' line 2',
        ' line 3',
        ' line 4',
        '-line 5',
        '+five',
        ' line 6',
        ' line 7',
        ' line 8',
        '@@ -14,7 +14,7 @@',
        ' line 14',
        ' line 15',
        ' line 16',
        '-line 17',
        '+seventeen',
        ' line 18',
        ' line 19',
        ' line 20',
        '',
      ].join('\n'),
    );
    const near = unifiedDiff('w.yml', before, text(20, (i) => (i === 5 || i === 10 ? 'x' : undefined)));
    expect(near.match(/^@@/gm)).toHaveLength(1);
    expect(near).toContain('@@ -2,12 +2,12 @@');
  });

  test('inserted lines count as added; a file without a final newline is marked; CRLF is not shown', () => {
    expect(unifiedDiff('w.yml', 'a\r\nb\r\n', 'a\r\nnew\r\nb\r\n')).toBe(['--- a/w.yml', '+++ b/w.yml', '@@ -1,2 +1,3 @@', ' a', '+new', ' b', ''].join('\n'));
    expect(unifiedDiff('w.yml', 'a\nb', 'a\nc')).toBe(
      ['--- a/w.yml', '+++ b/w.yml', '@@ -1,2 +1,2 @@', ' a', '-b', '\\ No newline at end of file', '+c', '\\ No newline at end of file', ''].join('\n'),
    );
    expect(unifiedDiff('w.yml', '', 'a\n')).toBe(['--- a/w.yml', '+++ b/w.yml', '@@ -0,0 +1,1 @@', '+a', ''].join('\n'));
  });

  test('a long file with many changes: the diff applies back to the new text; past 2,000 changes the middle is one replacement', () => {
    const before = text(20000);
    const many = text(20000, (i) => (i % 13 === 0 ? `changed ${i}` : undefined));
    expect(apply(before, unifiedDiff('w.yml', before, many))).toBe(many);
    const most = text(20000, (i) => (i % 3 === 0 ? `changed ${i}` : undefined));
    const diff = unifiedDiff('w.yml', before, most);
    expect(apply(before, diff)).toBe(most);
    expect(diff.match(/^@@/gm)).toHaveLength(1);
  });
});

/** Applies a unified diff made by unifiedDiff (hunks in order, no fuzz). */
function apply(before: string, diff: string): string {
  const old = before.split('\n');
  const out: string[] = [];
  let next = 0;
  for (const hunk of diff.split(/^(?=@@ )/m).slice(1)) {
    const [, start] = /^@@ -(\d+)/.exec(hunk) ?? [];
    const from = Math.max(0, Number(start) - 1);
    out.push(...old.slice(next, from));
    next = from;
    for (const line of hunk.split('\n').slice(1)) {
      if (line.startsWith(' ') || line.startsWith('-')) next++;
      if (line.startsWith(' ') || line.startsWith('+')) out.push(line.slice(1));
    }
  }
  return [...out, ...old.slice(next)].join('\n');
}
