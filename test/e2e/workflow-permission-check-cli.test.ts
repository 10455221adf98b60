// `mcp-secrets check-workflows` from the bundled CLI (dist/cli/index.js) in a child process,
// over the same fixture workflow trees as the action.
import { cpSync, existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Log } from 'sarif';
import { runCliBundle } from '../helpers/cli';
import { REPO_ROOT } from '../helpers/runner';

const cli = async (cwd: string, ...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> => {
  const run = await runCliBundle(cwd, ['check-workflows', ...args]);
  return { code: run.exitCode, stdout: run.stdout, stderr: run.stderr };
};
const FIXTURES = join(REPO_ROOT, 'test', 'fixtures', 'workflows');
const WF = '.github/workflows';

function workspaceFrom(fixture: string): string {
  const workspace = mkdtempSync(join(tmpdir(), 'wpc-cli-'));
  cpSync(join(FIXTURES, fixture), workspace, { recursive: true });
  return workspace;
}


describe('mcp-secrets check-workflows (bundled CLI)', () => {
  test('text: each finding with its source line, a caret under the span and the fix, then the verdict; exit 1', async () => {
    const { code, stdout, stderr } = await cli(workspaceFrom('findings'));
    expect(stderr).toBe('');
    expect(code).toBe(1);
    expect(stdout).toContain(
      [
        `${WF}/write-all.yml:6:1 error excessive-permissions permissions: write-all gives every job write access to every scope; grant only what the jobs need`,
        '    6 | permissions: write-all',
        '      | ^^^^^^^^^^^^^^^^^^^^^^',
        '    fix: permissions:',
        '           contents: read',
      ].join('\n'),
    );
    // CRLF and a BOM do not shift lines or columns (the BOM is not shown either).
    // A single job under write-all: zizmor-pedantic, so unneeded-permissions says it.
    expect(stdout).toContain(`${WF}/crlf-bom.yml:1:1 warning unneeded-permissions permissions: write-all gives job greet write access`);
    expect(stdout).toContain('    1 | permissions: write-all\n      | ^^^^^^^^^^^^^^^^^^^^^^\n');
    expect(stdout).toContain(`${WF}/crlf-bom.yml:7:24 error template-injection github.head_ref`);
    expect(stdout).toContain('    7 |       - run: echo "${{ github.head_ref }}"\n      |                        ^^^^^^^^^^^^^^^\n');
    expect(stdout).toContain(`${WF}/broken.yml:8:9 error parse-error not valid YAML`);
    expect(stdout.trimEnd().split('\n').pop()).toBe('✖ 9 errors, 3 warnings in 11 files (fail-on: error)');
  });

  test.each([
    ['never', 0, '⚠ 9 errors, 3 warnings in 11 files (fail-on: never)'],
    ['warning', 1, '✖ 9 errors, 3 warnings in 11 files (fail-on: warning)'],
  ])('--fail-on %s: exit %d', async (failOn, exitCode, verdict) => {
    const { code, stdout } = await cli(workspaceFrom('findings'), '--fail-on', failOn);
    expect(code).toBe(exitCode);
    expect(stdout.trimEnd().split('\n').pop()).toBe(verdict);
  });

  test('a clean tree: exit 0, one verdict line, no SARIF file written', async () => {
    const workspace = workspaceFrom('clean');
    const { code, stdout } = await cli(workspace);
    expect(code).toBe(0);
    expect(stdout).toBe('✔ No findings in 1 file (fail-on: error)\n');
    expect(existsSync(join(workspace, 'workflow-permission-check.sarif'))).toBe(false);
  });

  test('--format json: counts and findings with fixes, nothing else on stdout', async () => {
    const { code, stdout } = await cli(workspaceFrom('findings'), '--format', 'json');
    expect(code).toBe(1);
    const report = JSON.parse(stdout) as { counts: Record<string, number>; filesChecked: number; verdict: string; findings: Array<Record<string, unknown>> };
    expect(report).toMatchObject({ counts: { error: 9, warning: 3, note: 0 }, filesChecked: 11, verdict: 'fail' });
    expect(report.findings).toContainEqual(
      expect.objectContaining({ ruleId: 'undeclared-permissions', file: `${WF}/upload-sarif.yml`, line: 15, column: 15, level: 'warning' }),
    );
  });

  test('--format sarif prints the log; --sarif-path also writes it', async () => {
    const workspace = workspaceFrom('findings');
    const { code, stdout } = await cli(workspace, '--format', 'sarif', '--sarif-path', 'out/wf.sarif');
    expect(code).toBe(1);
    const log = JSON.parse(stdout) as Log;
    expect(log.version).toBe('2.1.0');
    expect(log.runs[0].results).toHaveLength(12);
    expect(JSON.parse(readFileSync(join(workspace, 'out', 'wf.sarif'), 'utf8'))).toEqual(log);
  });

  test('--paths takes globs and folders', async () => {
    const workspace = workspaceFrom('findings');
    const one = await cli(workspace, '--paths', `${WF}/write-all.yml`);
    expect(one.stdout.trimEnd().split('\n').pop()).toBe('✖ 1 error in 1 file (fail-on: error)');
    const folder = await cli(workspace, '--paths', WF, '--format', 'json');
    expect((JSON.parse(folder.stdout) as { filesChecked: number }).filesChecked).toBe(11);
    const braces = await cli(workspace, '--paths', `${WF}/write-all.{yml,yaml}`);
    expect(braces.stdout.trimEnd().split('\n').pop()).toBe('✖ 1 error in 1 file (fail-on: error)');
  });

  test('--paths that match no file exit 2 instead of passing on zero files', async () => {
    const workspace = workspaceFrom('findings');
    const typo = await cli(workspace, '--paths', `${WF}/write-al.yml`);
    expect(typo.code).toBe(2);
    expect(typo.stderr).toContain(`mcp-secrets check-workflows: --paths: '${WF}/write-al.yml' matches no file under`);
    expect(typo.stdout).toBe('');
  });

  test('usage and configuration errors exit 2 and say what is wrong', async () => {
    const workspace = workspaceFrom('clean');
    const format = await cli(workspace, '--format', 'xml');
    expect(format.code).toBe(2);
    expect(format.stderr).toContain("--format: unknown format 'xml' (use one of: text, json, sarif)");
    const failOn = await cli(workspace, '--fail-on', 'sometimes');
    expect(failOn.code).toBe(2);
    expect(failOn.stderr).toContain("--fail-on: unknown value 'sometimes'");

    writeFileSync(join(workspace, '.github', 'mcp-secrets.yml'), 'workflows:\n  unpinned-uses:\n    deny: []\n');
    const config = await cli(workspace);
    expect(config.code).toBe(2);
    expect(config.stderr).toContain('.github/mcp-secrets.yml:3: unknown key "unpinned-uses.deny"');
    expect(config.stdout).toBe('');
  });

  test('--help lists the options with the action defaults', async () => {
    const { code, stdout } = await cli(REPO_ROOT, '--help');
    expect(code).toBe(0);
    expect(stdout).toContain('Usage: mcp-secrets check-workflows [options]');
    // The help is wrapped to the terminal's width.
    expect(stdout.replace(/\s+/g, ' ')).toMatch(/--fail-on <value> error \(fail on any error\), warning .* \(default: error\)/);
    expect(stdout).toContain('--format <value>');
    expect(stdout).not.toContain('--annotations');
  });
});

describe('mcp-secrets check-workflows --fix (bundled CLI)', () => {
  test('--fix=dry-run prints the diff and writes nothing; --fix rewrites, keeping the BOM and CRLF, and the re-check no longer reports it', async () => {
    const workspace = workspaceFrom('findings');
    const file = join(workspace, WF, 'crlf-bom.yml');
    const before = readFileSync(file, 'utf8');
    const dry = await cli(workspace, '--fix=dry-run');
    expect(dry.code).toBe(1);
    expect(dry.stdout).toContain(
      [`--- a/${WF}/crlf-bom.yml`, `+++ b/${WF}/crlf-bom.yml`].join('\n'),
    );
    expect(dry.stdout).toContain(['-      - run: echo "${{ github.head_ref }}"', '+      - run: echo "${HEAD_REF}"', '+        env:', '+          HEAD_REF: ${{ github.head_ref }}'].join('\n'));
    expect(dry.stderr).toMatch(/^would fix \.github\/workflows\/crlf-bom\.yml: \d+ findings? \(.*template-injection 1/m);
    expect(readFileSync(file, 'utf8')).toBe(before);

    const fixed = await cli(workspace, '--fix', '--format', 'json');
    const after = readFileSync(file, 'utf8');
    expect(after.startsWith('\uFEFF')).toBe(true);
    expect(after).toContain('      - run: echo "${HEAD_REF}"\r\n        env:\r\n          HEAD_REF: ${{ github.head_ref }}\r\n');
    const report = JSON.parse(fixed.stdout) as { findings: Array<{ ruleId: string; file: string }> };
    expect(report.findings.filter((f) => f.file === `${WF}/crlf-bom.yml` && f.ruleId === 'template-injection')).toEqual([]);
    // The broken file is still reported; it was not touched.
    expect(report.findings.some((f) => f.ruleId === 'parse-error')).toBe(true);
  });
});
