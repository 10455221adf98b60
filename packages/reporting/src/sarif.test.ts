import type { Result } from 'sarif';
import { finding, RULES, TOOL } from './__fixtures__/findings';
import { buildSarif, FINGERPRINT_KEY, SARIF_SCHEMA_URI, SRCROOT } from './sarif';

function location(result: Result) {
  const physical = result.locations?.[0]?.physicalLocation;
  if (!physical) throw new Error('result has no physical location');
  return physical;
}

describe('buildSarif', () => {
  test('an empty log still names the tool and its rules', () => {
    const log = buildSarif(TOOL, RULES, []);
    expect(log.$schema).toBe(SARIF_SCHEMA_URI);
    expect(log.version).toBe('2.1.0');
    expect(log.runs).toHaveLength(1);
    const driver = log.runs[0].tool.driver;
    expect(driver).toMatchObject({ name: 'mcp-secrets', version: '1.2.3', semanticVersion: '1.2.3' });
    expect(driver.informationUri).toBe(TOOL.informationUri);
    expect(driver.rules?.map((r) => r.id)).toEqual(['github-pat', 'excessive-permissions']);
    expect(log.runs[0].results).toEqual([]);
  });

  test('rules carry descriptions, help, level, tags and security severity as GitHub reads them', () => {
    const [pat, perms] = buildSarif(TOOL, RULES, []).runs[0].tool.driver.rules ?? [];
    expect(pat).toEqual({
      id: 'github-pat',
      name: 'GithubPat',
      shortDescription: { text: 'GitHub personal access token.' },
      fullDescription: { text: RULES[0].description },
      help: { text: RULES[0].help, markdown: RULES[0].help },
      helpUri: RULES[0].helpUri,
      defaultConfiguration: { level: 'error' },
      properties: { tags: ['secret', 'security'], 'security-severity': '9.0' },
    });
    expect(perms.name).toBe('ExcessivePermissions');
    expect(perms.help).toEqual({ text: RULES[1].description });
    expect(perms.properties).toBeUndefined();
  });

  test('a result points at its rule, file region and redacted snippet', () => {
    const [result] = buildSarif(TOOL, RULES, [finding({ endLine: 3 })]).runs[0].results ?? [];
    expect(result).toMatchObject({ ruleId: 'github-pat', ruleIndex: 0, level: 'error', message: { text: 'GitHub personal access token' } });
    expect(location(result)).toEqual({
      artifactLocation: { uri: 'src/config.ts', uriBaseId: SRCROOT },
      region: { startLine: 3, endLine: 3, startColumn: 16, endColumn: 56, snippet: { text: 'const token = "ghp_****"' } },
    });
  });

  test('the fix goes into the message text', () => {
    const [result] = buildSarif(TOOL, RULES, [finding({ fix: 'permissions:\n  contents: read' })]).runs[0].results ?? [];
    expect(result.message.text).toBe('GitHub personal access token\n\nFix: permissions:\n  contents: read');
  });

  test('paths become POSIX-relative, percent-encoded URIs under %SRCROOT%', () => {
    const files = ['/repo/dir with space/ü.ts', 'C:\\x\\a#b?.ts', './sub/100%.yml', '/elsewhere/x.ts'];
    const results = buildSarif(TOOL, RULES, files.map((file) => finding({ file })), { baseDir: '/repo' }).runs[0].results ?? [];
    const uris = results.map((r) => location(r).artifactLocation);
    expect(uris).toEqual([
      { uri: 'sub/100%25.yml', uriBaseId: SRCROOT },
      { uri: 'file:///elsewhere/x.ts' },
      { uri: 'dir%20with%20space/%C3%BC.ts', uriBaseId: SRCROOT },
      { uri: 'C%3A/x/a%23b%3F.ts', uriBaseId: SRCROOT },
    ]);
  });

  test('baseDir becomes the %SRCROOT% base and a category becomes automationDetails', () => {
    const run = buildSarif(TOOL, RULES, [], { baseDir: '/repo dir', category: 'audit' }).runs[0];
    expect(run.originalUriBaseIds).toEqual({ [SRCROOT]: { uri: 'file:///repo%20dir/' } });
    expect(run.automationDetails).toEqual({ id: 'audit/' });
  });

  test('fingerprints ignore the line and number repeats of the same finding', () => {
    const a = buildSarif(TOOL, RULES, [finding({ line: 3 })]).runs[0].results ?? [];
    const moved = buildSarif(TOOL, RULES, [finding({ line: 30 })]).runs[0].results ?? [];
    expect(a[0].partialFingerprints).toEqual(moved[0].partialFingerprints);
    expect(a[0].partialFingerprints?.[FINGERPRINT_KEY]).toMatch(/^[0-9a-f]{32}:1$/);

    const twice = buildSarif(TOOL, RULES, [finding({ line: 9 }), finding({ line: 3 })]).runs[0].results ?? [];
    const prints = twice.map((r) => r.partialFingerprints?.[FINGERPRINT_KEY]);
    expect(prints[0]).toMatch(/:1$/);
    expect(prints[1]).toMatch(/:2$/);
    expect(prints[0]?.split(':')[0]).toBe(prints[1]?.split(':')[0]);

    const other = buildSarif(TOOL, RULES, [finding({ fingerprint: 'other' })]).runs[0].results ?? [];
    expect(other[0].partialFingerprints).not.toEqual(a[0].partialFingerprints);
  });

  test('results come in file and line order whatever the input order', () => {
    const results = buildSarif(TOOL, RULES, [finding({ file: 'b', line: 1 }), finding({ file: 'a', line: 9 }), finding({ file: 'a', line: 2 })])
      .runs[0].results ?? [];
    expect(results.map((r) => `${location(r).artifactLocation?.uri}:${location(r).region?.startLine}`)).toEqual(['a:2', 'a:9', 'b:1']);
  });

  test('a finding from an undescribed rule gets a placeholder descriptor to point at', () => {
    const log = buildSarif(TOOL, RULES, [finding({ ruleId: 'mystery', level: 'note' }), finding({ ruleId: 'mystery', line: 8 })]);
    const rules = log.runs[0].tool.driver.rules ?? [];
    expect(rules).toHaveLength(3);
    expect(rules[2]).toMatchObject({ id: 'mystery', defaultConfiguration: { level: 'note' } });
    expect(log.runs[0].results?.map((r) => r.ruleIndex)).toEqual([2, 2]);
  });

  test('impossible regions are repaired instead of breaking the upload', () => {
    const results =
      buildSarif(TOOL, RULES, [finding({ line: 0, column: 0, endLine: -1, endColumn: 0, snippet: undefined })]).runs[0].results ?? [];
    expect(location(results[0]).region).toEqual({ startLine: 1, endLine: 1 });
    const backwards = buildSarif(TOOL, RULES, [finding({ column: 9, endColumn: 4 })]).runs[0].results ?? [];
    expect(location(backwards[0]).region).toMatchObject({ startColumn: 9 });
    expect(location(backwards[0]).region?.endColumn).toBeUndefined();
  });

  test('properties pass through, and a non-semver version is not claimed as semanticVersion', () => {
    const log = buildSarif({ ...TOOL, version: 'dev' }, RULES, [finding({ properties: { commit: 'abc' } })]);
    expect(log.runs[0].tool.driver.semanticVersion).toBeUndefined();
    expect(log.runs[0].results?.[0].properties).toEqual({ commit: 'abc' });
  });

  test('a duplicated rule or an out-of-range severity is a programming error, named', () => {
    expect(() => buildSarif(TOOL, [RULES[0], RULES[0]], [])).toThrow(/"github-pat" is described twice/);
    expect(() => buildSarif(TOOL, [{ ...RULES[0], securitySeverity: 11 }], [])).toThrow(/"github-pat".*0\.0 to 10\.0/);
  });
});
