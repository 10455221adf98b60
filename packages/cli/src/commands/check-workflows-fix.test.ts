import { chmodSync, mkdirSync, mkdtempSync, readFileSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runCli } from '../cli';
import { writeFixed } from './check-workflows-fix';
import type { TerminalIo } from '../terminal-ports';

function capture(): { io: TerminalIo; out: () => string; err: () => string } {
  let out = '';
  let err = '';
  return { io: { out: (t) => (out += t), err: (t) => (err += t), color: false, isTTY: false }, out: () => out, err: () => err };
}

const WORKFLOW = [
  'on: issues',
  'jobs:',
  '  greet:',
  '    runs-on: ubuntu-latest',
  '    steps:',
  '      # greets whoever opened the issue',
  '      - run: echo "Thanks for ${{ github.event.issue.title }}"',
  '',
].join('\n');

function repo(files: Record<string, string>): string {
  const root = mkdtempSync(join(tmpdir(), 'cli-fix-'));
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(join(root, path, '..'), { recursive: true });
    writeFileSync(join(root, path), text);
  }
  return root;
}

describe('check-workflows --fix', () => {
  test('--fix=dry-run prints a unified diff, writes nothing and exits 1 when something would change', async () => {
    const root = repo({ '.github/workflows/greet.yml': WORKFLOW });
    const c = capture();
    expect(await runCli(['check-workflows', '--fix=dry-run'], c.io, {}, root)).toBe(1);
    expect(c.out()).toBe(
      [
        '--- a/.github/workflows/greet.yml',
        '+++ b/.github/workflows/greet.yml',
        '@@ -2,6 +2,9 @@',
        ' jobs:',
        '   greet:',
        '     runs-on: ubuntu-latest',
        '+    permissions: {}',
        '     steps:',
        '       # greets whoever opened the issue',
        '-      - run: echo "Thanks for ${{ github.event.issue.title }}"',
        '+      - run: echo "Thanks for ${ISSUE_TITLE}"',
        '+        env:',
        '+          ISSUE_TITLE: ${{ github.event.issue.title }}',
        '',
      ].join('\n'),
    );
    expect(c.err()).toMatch(/^would fix \.github\/workflows\/greet\.yml: 2 findings \(excessive-permissions 1, template-injection 1\)\n1 file would change; nothing was written\.\n$/m);
    expect(readFileSync(join(root, '.github/workflows/greet.yml'), 'utf8')).toBe(WORKFLOW);
  });

  test('--fix rewrites in place (mode kept), then reports what is left; a clean second run changes nothing', async () => {
    const root = repo({ '.github/workflows/greet.yml': WORKFLOW });
    const file = join(root, '.github/workflows/greet.yml');
    chmodSync(file, 0o640);
    const c = capture();
    expect(await runCli(['check-workflows', '--fix', '--format', 'json'], c.io, {}, root)).toBe(0);
    const fixed = readFileSync(file, 'utf8');
    expect(fixed).toContain('      - run: echo "Thanks for ${ISSUE_TITLE}"\n        env:\n          ISSUE_TITLE: ${{ github.event.issue.title }}\n');
    expect(statSync(file).mode & 0o777).toBe(0o640);
    expect(JSON.parse(c.out()).findings.filter((f: { ruleId: string }) => f.ruleId === 'template-injection')).toEqual([]);
    expect(c.err()).toContain('fixed .github/workflows/greet.yml: 2 findings');
    const again = capture();
    expect(await runCli(['check-workflows', '--fix=dry-run'], again.io, {}, root)).toBe(0);
    expect(again.out()).toBe('');
  });

  test('a file that became a symbolic link or changed since it was read is not written; an unknown --fix value is a usage error', async () => {
    const root = repo({ 'real.yml': WORKFLOW, 'changed.yml': WORKFLOW });
    symlinkSync(join(root, 'real.yml'), join(root, 'link.yml'));
    const fixed = { path: 'x.yml', before: WORKFLOW, after: 'fixed\n', fixed: [] };
    expect(writeFixed(join(root, 'link.yml'), fixed)).toBe('it is a symbolic link; fix the file it points to');
    writeFileSync(join(root, 'changed.yml'), `${WORKFLOW}# edited meanwhile\n`);
    expect(writeFixed(join(root, 'changed.yml'), fixed)).toBe('it changed since it was read; run the fix again');
    expect(readFileSync(join(root, 'real.yml'), 'utf8')).toBe(WORKFLOW);
    expect(writeFixed(join(root, 'real.yml'), fixed)).toBeUndefined();
    expect(readFileSync(join(root, 'real.yml'), 'utf8')).toBe('fixed\n');
    const bad = capture();
    expect(await runCli(['check-workflows', '--fix=maybe'], bad.io, {}, root)).toBe(2);
    expect(bad.err()).toContain("unknown --fix value 'maybe'");
  });

  test('--help shows the option with its optional value', async () => {
    const c = capture();
    expect(await runCli(['check-workflows', '--help'], c.io, {}, '/')).toBe(0);
    expect(c.out()).toMatch(/--fix \[value\] +rewrite the files/);
  });
});
