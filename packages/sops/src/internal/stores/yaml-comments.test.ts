// Comments belong to the branch they are indented under (their key path is their authenticated data).
import { walkMap } from '../tree-walk';
import { loadPlainYaml } from './yaml-store';

function commentPaths(text: string): [string, string][] {
  const out: [string, string][] = [];
  for (const doc of loadPlainYaml(text, 't.yaml')) {
    walkMap(doc, (leaf, path) => {
      if (leaf.kind === 'comment') out.push([`${path.join(':')}:`, leaf.text.trim()]);
      return leaf;
    });
  }
  return out;
}

describe('YAML comment placement', () => {
  test('head, line and trailing comments at every level', () => {
    const text = [
      '# top',
      '',
      'database: # on the key line',
      '    # before host',
      '    host: x # after host',
      '    replicas:',
      '        # first item',
      '        - a',
      '        - name: b # in item map',
      '          # inside item map',
      '          port: 1',
      '        # after last item',
      '    # after replicas, at map indent',
      '# dedented, before other',
      'other: y',
      '# end of document',
      '---',
      '# second document',
      'k: v',
    ].join('\n');
    expect(commentPaths(text)).toEqual([
      [':', 'top'],
      [':', 'on the key line'],
      ['database:', 'before host'],
      ['database:', 'after host'],
      ['database:replicas:', 'first item'],
      ['database:replicas:', 'in item map'],
      ['database:replicas:', 'inside item map'],
      ['database:replicas:', 'after last item'],
      ['database:', 'after replicas, at map indent'],
      [':', 'dedented, before other'],
      [':', 'end of document'],
      [':', 'second document'],
    ]);
  });

  test('aliases are expanded; a recursive alias is a parse error, not a crash', () => {
    expect(commentPaths('base: &b\n    k: v # c\ncopy: *b\n')).toEqual([['base:', 'c']]);
    expect(() => loadPlainYaml('a: &x\n    b: *x\n', 'r.yaml')).toThrow(/recursive alias/);
  });

  test('comments inside block scalars are content, not comments', () => {
    expect(commentPaths('script: |\n    # not a comment\n    echo hi\n# real\n')).toEqual([[':', 'real']]);
  });
});
