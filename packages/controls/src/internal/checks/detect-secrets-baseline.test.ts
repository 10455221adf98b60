import { makeRepo, runCheck } from '../../../test/temp-repo';
import { detectSecretsBaseline } from './detect-secrets-baseline';

const PATH = 'config/detect-secrets.baseline';
const HASH = 'a'.repeat(40);

function baseline(results: string): string {
  return [
    '{',
    '  "version": "1.5.0",',
    '  "plugins_used": [{"name": "AWSKeyDetector"}],',
    '  "filters_used": [],',
    `  "results": ${results},`,
    '  "generated_at": "2026-05-01T00:00:00Z"',
    '}',
    '',
  ].join('\n');
}

function entry(extra: string): string {
  return `{"type": "Secret Keyword", "filename": "app.py", "hashed_secret": "${HASH}", "line_number": 3, "is_verified": false${extra}}`;
}

describe('detect-secrets-baseline', () => {
  test('pass: every entry audited', async () => {
    const dir = makeRepo({ [PATH]: baseline(`{\n    "app.py": [\n      ${entry(', "is_secret": false')}\n    ]\n  }`) });
    const result = await runCheck(detectSecretsBaseline, dir);
    expect(result.status).toBe('pass');
    expect(result.evidence).toEqual([{ file: PATH, line: null }]);
  });

  test('warn: entries without is_secret, with their lines', async () => {
    const results = `{\n    "app.py": [\n      ${entry('')},\n      ${entry(', "is_secret": true')},\n      ${entry('')}\n    ]\n  }`;
    const dir = makeRepo({ [PATH]: baseline(results) });
    const result = await runCheck(detectSecretsBaseline, dir);
    expect(result.status).toBe('warn');
    expect(result.details).toBe('2 entries not audited yet (no `is_secret`)');
    expect(result.evidence).toEqual([
      { file: PATH, line: 7 },
      { file: PATH, line: 9 },
    ]);
  });

  test('fail: missing file', async () => {
    const result = await runCheck(detectSecretsBaseline, makeRepo({ 'README.md': 'x' }));
    expect(result).toMatchObject({ status: 'fail', details: `${PATH} is missing`, evidence: [] });
  });

  test('fail: invalid JSON', async () => {
    const result = await runCheck(detectSecretsBaseline, makeRepo({ [PATH]: '{"version": ' }));
    expect(result.status).toBe('fail');
    expect(result.details).toContain('is not valid JSON');
  });

  test('fail: missing keys and a malformed hashed_secret', async () => {
    const text = ['{', '  "version": "1.5.0",', '  "results": {"a.py": [', '    {"type": "x", "filename": "a.py", "hashed_secret": "zz", "line_number": 1, "is_verified": false}', '  ]}', '}'].join('\n');
    const result = await runCheck(detectSecretsBaseline, makeRepo({ [PATH]: text }));
    expect(result.status).toBe('fail');
    expect(result.details).toContain('`plugins_used` is missing');
    expect(result.details).toContain('`filters_used` is missing');
    expect(result.details).toContain('`generated_at` is missing');
    expect(result.details).toContain('results entry for a.py: `hashed_secret` is not 40 hex characters');
    expect(result.evidence).toContainEqual({ file: PATH, line: 4 });
  });
});
