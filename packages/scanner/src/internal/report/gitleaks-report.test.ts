import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describeWithShared } from '../../../../../test/support/shared-fixtures';
import type { Finding } from './finding';
import { redactFinding, toGitleaksReport } from './gitleaks-report';
import { redactSecret } from './redactor';

const SECRET = ['tok_', 'q8w7e6r5t4y3'].join('');

function finding(over: Partial<Finding> = {}): Finding {
  return {
    RuleID: 'test-rule', Description: '', StartLine: 1, EndLine: 2, StartColumn: 1, EndColumn: 2, Match: `key = ${SECRET} # ${SECRET}`,
    Secret: SECRET, File: 'auth.py', SymlinkFile: '', Commit: '', Entropy: 0, Author: '', Email: '', Date: '', Message: '', Tags: [],
    Fingerprint: 'auth.py:test-rule:1', columns: { start: 1, end: 3 }, ...over,
  };
}

describe('redaction', () => {
  test('redactSecret follows gitleaks --redact[=N]', () => {
    expect(redactSecret(SECRET)).toBe('REDACTED');
    expect(redactSecret('abcdefghij', 20)).toBe('abcdefgh...');
    expect(redactSecret('abcde', 50)).toBe('ab...'); // 2.5 rounds half to even
    expect(redactSecret('abcdefg', 50)).toBe('abcd...'); // 3.5 rounds half to even
  });

  test('the secret is replaced in Secret and every occurrence in Match', () => {
    const r = redactFinding(finding());
    expect(r.Secret).toBe('REDACTED');
    expect(r.Match).toBe('key = REDACTED # REDACTED');
  });

  test('toGitleaksReport redacts by default and can be told not to', () => {
    expect(toGitleaksReport([finding()])).not.toContain(SECRET);
    expect(toGitleaksReport([finding()], { redact: false })).toContain(SECRET);
    expect(toGitleaksReport([finding()], { redact: 75 })).toContain('"Secret": "tok_...');
  });

  test("the true columns are not a report field: the report keeps gitleaks' schema", () => {
    const [row] = JSON.parse(toGitleaksReport([finding()])) as Array<Record<string, unknown>>;
    expect(Object.keys(row ?? {})).not.toContain('columns');
    expect(row).toMatchObject({ StartColumn: 1, EndColumn: 2 });
  });
});

describeWithShared(['fixtures', 'gitleaks', 'testdata', 'expected', 'report'], "gitleaks' expected JSON reports", (dir) => {
  test('empty report', () => {
    expect(toGitleaksReport([])).toBe(readFileSync(join(dir, 'empty.json'), 'utf8'));
  });

  test('one finding, byte for byte', () => {
    const f = finding({
      Match: 'line containing secret',
      Secret: 'a secret',
      Commit: '0000000000000000',
      Author: 'John Doe',
      Email: 'johndoe@gmail.com',
      Date: '10-19-2003',
      Message: 'opps',
      Fingerprint: '',
    });
    expect(toGitleaksReport([f], { redact: false })).toBe(readFileSync(join(dir, 'json_simple.json'), 'utf8'));
  });
});
