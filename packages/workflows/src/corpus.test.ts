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
      'artipacked error': 1,
      'artipacked warning': 75,
      'dangerous-triggers error': 2,
      'excessive-permissions error': 38,
      'excessive-permissions note': 255,
      'excessive-permissions warning': 360,
      'secrets-inherit warning': 84,
      'secrets-outside-env note': 238,
      'undeclared-permissions note': 175,
      'undeclared-permissions warning': 5,
      'unpinned-uses error': 167,
      'unpinned-uses warning': 200,
    });
  });

  // Checked by hand against the files.
  test('pull_request_target checking out the PR head (otel check-codeowners)', () => {
    expect(at('open-telemetry__opentelemetry-collector/check-codeowners.yaml')).toEqual([
      '29:14 excessive-permissions warning',
      '50:16 dangerous-triggers error',
      '60:24 secrets-outside-env note',
    ]);
  });

  test('pull_request_target fetching the PR merge commit with persisted credentials (polars)', () => {
    expect(at('pola-rs__polars/changes-dsl-labeler.yml')).toEqual([
      '2:1 excessive-permissions note',
      '9:7 excessive-permissions note',
      '12:15 artipacked error',
      '12:15 unpinned-uses warning',
      '15:14 dangerous-triggers error',
    ]);
  });

  test('a top-level security-events: write and tag-pinned first-party actions (actions/runner codeql)', () => {
    const findings = result.findings.filter((f) => f.file === 'actions__runner/codeql.yml');
    expect(at('actions__runner/codeql.yml')).toEqual([
      '4:3 excessive-permissions warning',
      '26:13 undeclared-permissions note',
      '26:13 unpinned-uses warning',
      '30:13 unpinned-uses warning',
      '41:13 unpinned-uses warning',
    ]);
    expect(findings[0].fix).toBe(
      ['permissions:', '  contents: read', '', 'jobs:', '  CodeQL-Build:', '    permissions:', '      contents: read', '      security-events: write'].join('\n'),
    );
  });

  test('upload-sarif in a job that does not grant security-events (zizmor test-output)', () => {
    const finding = result.findings.find((f) => f.file === 'zizmorcore__zizmor/test-output.yml' && f.severity === 'warning');
    expect(finding).toMatchObject({ ruleId: 'undeclared-permissions', line: 33, column: 15 });
  });

  test('a scope newer than the issue list (copilot-requests) is not invalid', () => {
    expect(result.findings.filter((f) => f.ruleId === 'invalid-permissions')).toEqual([]);
  });
});
