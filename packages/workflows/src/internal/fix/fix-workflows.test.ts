import { analyzeWorkflows } from '../analyze';
import { YamlSource } from '../source';
import { fixWorkflows } from './fix-workflows';

const FIXABLE = ['excessive-permissions', 'unneeded-permissions', 'artipacked', 'template-injection'];
const path = '.github/workflows/triage.yml';

const workflow = (newline: string): string =>
  [
    '\uFEFF# Triage new issues',
    'name: triage',
    'on:',
    '  issues:',
    '    types: [opened] # only new ones',
    '',
    'jobs:',
    '  label:',
    '    runs-on: ubuntu-latest',
    '    steps:',
    '      - uses: actions/checkout@v4 # full history not needed',
    '      - name: Say hello',
    '        run: |',
    '          echo "New issue: ${{ github.event.issue.title }}"',
    '      - uses: actions/upload-artifact@v4',
    '        with: { name: logs, path: . }',
    '',
  ].join(newline);

function findings(text: string): string[] {
  return analyzeWorkflows({ files: [{ path, text }] }).findings.filter((f) => FIXABLE.includes(f.ruleId)).map((f) => `${f.line}:${f.column} ${f.ruleId}`);
}

describe('fixWorkflows', () => {
  test.each([
    ['LF', '\n'],
    ['CRLF', '\r\n'],
  ])('%s: what it fixes the re-check no longer reports; comments, the byte-order mark and line endings stay', (_, newline) => {
    const before = workflow(newline);
    expect(findings(before).length).toBeGreaterThanOrEqual(3);
    const result = fixWorkflows({ files: [{ path, text: before }] });
    expect(result.files).toHaveLength(1);
    const after = result.files[0].after;
    expect(findings(after)).toEqual([]);
    expect(after.startsWith('\uFEFF# Triage new issues')).toBe(true);
    for (const comment of ['# only new ones', '# full history not needed']) expect(after).toContain(comment);
    expect(after.split(newline).length).toBeGreaterThan(before.split(newline).length);
    if (newline === '\r\n') expect(after.replace(/\r\n/g, '')).not.toContain('\n');
    expect(after).toContain(`echo "New issue: \${ISSUE_TITLE}"${newline}`);
    expect(after).toContain(`persist-credentials: false${newline}`);
    expect(result.files[0].fixed.map((f) => f.ruleId).sort()).toEqual([...new Set(findings(before).map((f) => f.split(' ')[1]))].sort());
    // Fixing the fixed file changes nothing more.
    expect(fixWorkflows({ files: [{ path, text: after }] }).files).toEqual([]);
  });

  test('only what is safe: a checkout a later push needs, and a write an unknown step may use, stay', () => {
    const text = [
      'on: push',
      'permissions:',
      '  contents: write',
      'jobs:',
      '  bump:',
      '    runs-on: ubuntu-latest',
      '    steps:',
      '      - uses: actions/checkout@v4',
      '      - uses: some/unknown-release-action@v1',
      '      - run: git push origin HEAD',
      '',
    ].join('\n');
    const result = fixWorkflows({ files: [{ path, text }] });
    expect(result.files).toEqual([]);
    expect(result.skipped.map((s) => s.ruleId)).toContain('artipacked');
    expect(result.skipped.find((s) => s.ruleId === 'artipacked')?.reason).toBe('step 3 (line 10) reaches the remote with git, which needs the persisted credentials');
  });

  test('a publish job keeps id-token: write, whichever check stops the fix', () => {
    const text = [
      'on: push',
      'jobs:',
      '  publish:',
      '    runs-on: ubuntu-latest',
      '    permissions:',
      '      id-token: write',
      '    steps:',
      '      - uses: actions/download-artifact@v4',
      '      - run: uv publish dist/*',
      '',
    ].join('\n');
    const after = fixWorkflows({ files: [{ path, text }] }).files[0]?.after ?? text;
    expect(after).toContain('      id-token: write\n');
  });

  test('each file is parsed once before the fixes and once after (the re-check of the fixed text only)', () => {
    const parse = jest.spyOn(YamlSource, 'parse');
    try {
      const clean = ['on: push', 'permissions: {}', 'jobs:', '  a:', '    runs-on: ubuntu-latest', '    steps:', '      - run: make', ''].join('\n');
      const result = fixWorkflows({ files: [{ path, text: workflow('\n') }, { path: '.github/workflows/clean.yml', text: clean }] });
      expect(result.files.map((f) => f.path)).toEqual([path]);
      expect(parse.mock.calls.map(([file, text]) => [file, text === clean ? 'clean' : text === result.files[0].after ? 'fixed' : 'before'])).toEqual([
        [path, 'before'],
        ['.github/workflows/clean.yml', 'clean'],
        [path, 'fixed'],
      ]);
    } finally {
      parse.mockRestore();
    }
  });

  test('files that are not workflows, or too large, are left alone; ignores are honoured', () => {
    const ignored = workflow('\n').replace('# full history not needed', '# mcp-secrets: ignore[artipacked]');
    const result = fixWorkflows({
      files: [
        { path: 'docs/config.yml', text: 'a: 1\n' },
        { path: '.github/workflows/big.yml', oversize: '2 MiB' },
        { path, text: ignored },
      ],
    });
    expect(result.files.map((f) => f.path)).toEqual([path]);
    expect(result.files[0].after).toContain('- uses: actions/checkout@v4 # mcp-secrets: ignore[artipacked]\n      - name: Say hello');
  });
});
