import { escapeMarkdown, markdownTable, mdCode, mdLink } from './markdown';

describe('escapeMarkdown', () => {
  test('pipes, backticks, HTML and formatting become inert entities', () => {
    expect(escapeMarkdown('a|b `c` <img src=x onerror=alert(1)> **d** [l](http://e) $x$ ~~s~~ _i_ \\|')).toBe(
      'a&#124;b &#96;c&#96; &lt;img src=x onerror=alert(1)&gt; &#42;&#42;d&#42;&#42; &#91;l&#93;(http://e) &#36;x&#36; &#126;&#126;s&#126;&#126; &#95;i&#95; &#92;&#124;',
    );
  });

  test("a token's underscores between letters or digits are kept, so the runner can still mask it", () => {
    expect(escapeMarkdown('tkn_live_4eC39HqLyjWDarjtT1zdp7dc and __init__ and _x_')).toBe(
      'tkn_live_4eC39HqLyjWDarjtT1zdp7dc and &#95;&#95;init&#95;&#95; and &#95;x&#95;',
    );
  });

  test('line breaks of every style become <br>, so a cell stays one row', () => {
    expect(escapeMarkdown('a\nb\r\nc\rd')).toBe('a<br>b<br>c<br>d');
  });

  test('entities already in the text are shown, not decoded', () => {
    expect(escapeMarkdown('&lt;')).toBe('&amp;lt;');
  });
});

describe('markdownTable', () => {
  test('renders a header, a separator and escaped rows, padding short rows', () => {
    expect(markdownTable(['File', 'Count'], [['a|b.ts', 3], ['line\nbreak']])).toBe(
      '| File | Count |\n| --- | --- |\n| a&#124;b.ts | 3 |\n| line<br>break |  |\n',
    );
  });

  test('fragments are inserted as built', () => {
    expect(markdownTable(['Rule'], [[mdCode('a|`b`')], [mdLink('x', 'https://h/p')]])).toBe(
      '| Rule |\n| --- |\n| <code>a&#124;&#96;b&#96;</code> |\n| [x](https://h/p) |\n',
    );
  });

  test('a row wider than the header is a programming error', () => {
    expect(() => markdownTable(['a'], [['1', '2']])).toThrow(/row 1 has 2 cells for 1 headers/);
    expect(() => markdownTable([], [])).toThrow(/at least one header/);
  });
});

describe('mdLink', () => {
  test('encodes characters that would end the link early', () => {
    expect(mdLink('t', 'https://h/a b/(c)<d>').markdown).toBe('[t](https://h/a%20b/%28c%29%3Cd%3E)');
  });

  test('only http(s) URLs become links', () => {
    expect(mdLink('t[1]', 'javascript:alert(1)').markdown).toBe('t&#91;1&#93;');
  });
});
