import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describeWithShared } from '../../../test/support/shared-fixtures';
import { analyzeWorkflows, parseWorkflowFile } from './index';
import type { AnalyzeResult, Finding } from './index';

describeWithShared(['corpus', 'workflows-realworld'], 'real-world workflow corpus', (dir) => {
  const files = readdirSync(dir, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .flatMap((repo) => readdirSync(join(dir, repo.name)).map((name) => `${repo.name}/${name}`))
    .filter((path) => /\.ya?ml$/.test(path))
    .sort()
    .map((path) => ({ path, text: readFileSync(join(dir, path), 'utf8') }));
  let result: AnalyzeResult;
  beforeAll(() => {
    result = analyzeWorkflows({ files });
  });
  const at = (file: string): string[] =>
    result.findings.filter((f) => f.file === file).map((f) => `${f.line}:${f.column} ${f.ruleId} ${f.severity}`);

  test('every file is checked as a workflow without a crash or a parse error', () => {
    expect(files).toHaveLength(561);
    expect(result.filesChecked).toBe(561);
    expect(result.findings.filter((f) => f.ruleId === 'parse-error')).toEqual([]);
    expect(parseWorkflowFile(files[0].path, files[0].text).kind).toBe('workflow');
  });

  test('every finding lies inside its file', () => {
    const lineLengths = new Map(files.map(({ path, text }) => [path, text.replace(/^\uFEFF/, '').split('\n').map((l) => l.length)]));
    const outside = (f: Finding): boolean => {
      const lengths = lineLengths.get(f.file) ?? [];
      const end = f.endLine ?? f.line;
      return (
        f.line < 1 ||
        f.column < 1 ||
        f.line > lengths.length ||
        f.column > lengths[f.line - 1] + 1 ||
        end < f.line ||
        end > lengths.length ||
        (f.endColumn ?? 1) > lengths[end - 1] + 1
      );
    };
    expect(result.findings.filter(outside)).toEqual([]);
  });

  // Counts per rule and severity: a change in behaviour shows up here in review.
  test('counts per rule', () => {
    const counts: Record<string, number> = {};
    for (const f of result.findings) counts[`${f.ruleId} ${f.severity}`] = (counts[`${f.ruleId} ${f.severity}`] ?? 0) + 1;
    expect(counts).toEqual({
      'artipacked note': 48,
      'artipacked warning': 396,
      'cache-poisoning warning': 125,
      'dangerous-triggers error': 1,
      'dangerous-triggers warning': 36,
      'excessive-permissions error': 4,
      'excessive-permissions note': 3,
      'excessive-permissions warning': 190,
      'expression warning': 20,
      'obfuscation note': 13,
      'secrets-inherit warning': 84,
      'secrets-outside-env warning': 229,
      'template-injection error': 81,
      'template-injection note': 270,
      'template-injection warning': 15,
      'undeclared-permissions error': 1,
      'undeclared-permissions note': 182,
      'undeclared-permissions warning': 4,
      'unneeded-permissions note': 114,
      'unneeded-permissions warning': 96,
      'unpinned-images error': 3,
      'unpinned-images warning': 31,
      'unpinned-uses error': 310,
      'unpinned-uses warning': 1,
      'untrusted-checkout error': 2,
      'use-trusted-publishing note': 3,
    });
  });

  // Checked by hand against the files.
  test('top-level writes of a many-job workflow: errors naming the jobs that do not need them; the fix keeps them for those that do (deno ci.generated)', () => {
    const file = 'denoland__deno/ci.generated.yml';
    const top = result.findings.filter((f) => f.file === file && f.ruleId === 'excessive-permissions');
    expect(top.map((f) => `${f.line}:${f.column} ${f.severity}`)).toEqual(['17:3 error', '18:3 error']);
    expect(top[0].message).toMatch(/^contents: write at the top level applies to every job \(jobs pre_build, wpt-release-linux-x86_64, deno-core-miri, ci-status, publish-canary do not need it; jobs bench, /);
    expect(top[0].fix).toMatch(/^permissions:\n {2}contents: read\n\njobs:\n {2}bench:\n {4}permissions:\n {6}contents: write\n/);
  });

  test('a top-level write that local composite actions may use is a note, not an error (playwright tests_secondary)', () => {
    expect(at('microsoft__playwright/tests_secondary.yml').filter((f) => f.includes('permissions'))).toEqual([
      '19:3 excessive-permissions note',
      '221:7 unneeded-permissions note',
      '248:7 unneeded-permissions note',
    ]);
  });

  test('a single job granted the write its step needs: nothing to say (actions/runner codeql)', () => {
    expect(at('actions__runner/codeql.yml').filter((f) => f.includes('excessive') || f.includes('unneeded'))).toEqual([]);
  });

  test('upload-sarif in a job that does not grant security-events (zizmor test-output)', () => {
    const finding = result.findings.find((f) => f.file === 'zizmorcore__zizmor/test-output.yml' && f.ruleId === 'undeclared-permissions' && f.severity === 'warning');
    expect(finding).toMatchObject({ line: 33, column: 15 });
  });

  test('$/ calls are local: no unpinned-uses for them (ruff release)', () => {
    expect(result.findings.filter((f) => f.ruleId === 'unpinned-uses' && f.message.startsWith('$/'))).toEqual([]);
  });

  test('a scope newer than the issue list (copilot-requests) is not invalid', () => {
    expect(result.findings.filter((f) => f.ruleId === 'invalid-permissions')).toEqual([]);
  });
});
