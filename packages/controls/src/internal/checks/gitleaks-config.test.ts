import { makeRepo, runCheck } from '../../../test/temp-repo';
import { gitleaksConfig } from './gitleaks-config';

const PATH = 'config/gitleaks.toml';
const check = (text: string) => runCheck(gitleaksConfig, makeRepo({ [PATH]: text }));

describe('gitleaks-config', () => {
  test('pass: extends the defaults with an own rule and an allowlist on a default one', async () => {
    const text = ['[extend]', 'useDefault = true', '', '[[rules]]', 'id = "mcp-token"', "regex = '''mcp_[a-z0-9]{32}'''", ''].join('\n');
    const result = await check(text);
    expect(result.status).toBe('pass');
    expect(result.details).toMatch(/^config\/gitleaks\.toml loads and its \d+ rule\(s\) \(1 own, the rest extended\) compile with the audit engine$/);
    expect(result.evidence).toEqual([{ file: PATH, line: null }]);
    const standalone = await check(['[[rules]]', 'id = "mcp-token"', "regex = '''mcp_[a-z0-9]{32}'''", ''].join('\n'));
    expect(standalone).toEqual({ status: 'pass', details: `${PATH} loads and its 1 rule(s) compile with the audit engine`, evidence: [{ file: PATH, line: null }] });
  });

  test('fail: missing; invalid TOML with its line', async () => {
    expect((await runCheck(gitleaksConfig, makeRepo({ 'a.txt': 'x' }))).details).toBe(`${PATH} is missing`);
    const result = await check('title = "x"\n[[rules]\nid = "a"\n');
    expect(result.status).toBe('fail');
    expect(result.details).toContain('is not valid TOML');
    expect(result.evidence).toEqual([{ file: PATH, line: 2 }]);
  });

  test('fail: useDefault and path together; a rule without id; duplicate ids', async () => {
    const text = [
      '[extend]',
      'useDefault = true',
      'path = "base.toml"',
      '[[rules]]',
      'regex = "x"',
      '[[rules]]',
      'id = "a"',
      'regex = "a"',
      '[[rules]]',
      'id = "a"',
      'regex = "b"',
      '',
    ].join('\n');
    const result = await check(text);
    expect(result.status).toBe('fail');
    expect(result.details).toBe(
      '`[extend]` sets both `useDefault` and `path` (gitleaks uses only `useDefault`); a rule at line 4 has no `id`; duplicate rule id `a` (first at line 6)',
    );
    expect(result.evidence).toEqual([
      { file: PATH, line: 1 },
      { file: PATH, line: 4 },
      { file: PATH, line: 9 },
    ]);
  });

  test('fail: a rule without regex or path; a regex the engine cannot compile', async () => {
    const noPattern = await check(['[[rules]]', 'id = "empty"', 'description = "nothing"', ''].join('\n'));
    expect(noPattern.status).toBe('fail');
    expect(noPattern.evidence).toEqual([{ file: PATH, line: 1 }]);
    const extended = await check(['[extend]', 'useDefault = true', '[[rules]]', 'id = "not-a-default"', ''].join('\n'));
    expect(extended.details).toBe('rule `not-a-default` has neither `regex` nor `path` and extends no rule');
    expect(extended.evidence).toEqual([{ file: PATH, line: 3 }]);
    const bad = await check(['[[rules]]', 'id = "bad"', "regex = '''(unclosed'''", ''].join('\n'));
    expect(bad.status).toBe('fail');
    expect(bad.details).not.toContain('/tmp/');
    expect(bad.evidence[0]?.file).toBe(PATH);
  });

  test('warn: no rules and no useDefault', async () => {
    const result = await check('title = "empty"\n');
    expect(result).toEqual({
      status: 'warn',
      details: `${PATH} has no rules and does not extend the defaults (\`[extend] useDefault = true\`)`,
      evidence: [{ file: PATH, line: null }],
    });
  });
});
