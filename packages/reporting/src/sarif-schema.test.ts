// Every kind of log buildSarif writes, checked against the SARIF 2.1.0 schema GitHub consumes.
import { readFileSync } from 'node:fs';
import Ajv2020 from 'ajv/dist/2020';
import type { Log } from 'sarif';
import { describeWithShared } from '../../../test/support/shared-fixtures';
import { finding, RULES, TOOL } from './__fixtures__/findings';
import { buildSarif } from './sarif';
import type { Level } from './types';

// RFC 3986 characters with well-formed percent escapes; no spaces or raw non-ASCII.
const URI_CHARS = /^(?:[A-Za-z0-9\-._~:/?#[\]@!$&'()*+,;=]|%[0-9A-Fa-f]{2})*$/;
const formats = {
  uri: (s: string) => URI_CHARS.test(s) && /^[A-Za-z][A-Za-z0-9+.-]*:/.test(s),
  // Without a scheme, a colon in the first segment would make it read as one.
  'uri-reference': (s: string) => URI_CHARS.test(s) && (/^[A-Za-z][A-Za-z0-9+.-]*:/.test(s) || !/^[^/?#]*:/.test(s)),
  'date-time': (s: string) => /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(?:\.\d+)?(?:Z|[+-]\d\d:\d\d)$/i.test(s) && !Number.isNaN(Date.parse(s)),
};

describeWithShared(['fixtures', 'sarif', 'sarif-schema-2.1.0.json'], 'buildSarif against the SARIF 2.1.0 schema', (schemaPath) => {
  // validateSchema off: this copy (codeql-action's) nests an `anyOf` under region.properties, which the
  // 2020-12 meta-schema rejects; it only describes a property nobody writes, so nothing is lost.
  const ajv = new Ajv2020({ strict: false, allErrors: true, validateSchema: false, formats });
  const validate = ajv.compile(JSON.parse(readFileSync(schemaPath, 'utf8')) as object);

  function expectValid(log: Log): void {
    // Round-trip through JSON: what is validated is what gets written.
    const valid = validate(JSON.parse(JSON.stringify(log)));
    expect(validate.errors ?? []).toEqual([]);
    expect(valid).toBe(true);
  }

  test('an empty log', () => {
    expectValid(buildSarif(TOOL, [], []));
    expectValid(buildSarif(TOOL, RULES, []));
  });

  test('many results across rules, levels and regions', () => {
    const levels: Level[] = ['error', 'warning', 'note'];
    const findings = Array.from({ length: 300 }, (_, i) =>
      finding({
        ruleId: i % 5 === 0 ? 'undescribed-rule' : RULES[i % 2].id,
        level: levels[i % 3],
        file: `dir${i % 7}/file${i % 11}.yml`,
        line: i + 1,
        endLine: i + 1 + (i % 3),
        column: (i % 4) + 1,
        endColumn: (i % 4) + 10,
        fix: i % 2 === 0 ? 'permissions:\n  contents: read' : undefined,
        snippet: i % 3 === 0 ? undefined : `key = "****${i}"`,
        properties: { index: i, tags: ['x'] },
      }),
    );
    expectValid(buildSarif(TOOL, RULES, findings, { baseDir: '/work/repo', category: 'audit' }));
  });

  test('odd paths: spaces, unicode, reserved characters, Windows separators, outside the root', () => {
    const files = [
      '/repo/dir with space/file name.ts',
      '/repo/ünïcödé/日本語.yaml',
      '/repo/emoji/😀.env',
      '/repo/weird/a#b?c%d[e]:f.txt',
      'relative\\windows\\path.ps1',
      ':colon-first/x',
      '/outside/the root.txt',
    ];
    expectValid(buildSarif(TOOL, RULES, files.map((file) => finding({ file })), { baseDir: '/repo' }));
  });

  test('a whole-file finding with no line and no column', () => {
    expectValid(buildSarif(TOOL, RULES, [finding({ line: 0, column: undefined, endColumn: undefined, snippet: undefined })]));
  });

  test('the validator does reject a broken log (so the passes above mean something)', () => {
    const log = buildSarif(TOOL, RULES, [finding()]);
    const region = log.runs[0].results?.[0].locations?.[0].physicalLocation?.region;
    if (region) region.startLine = 0;
    expect(validate(JSON.parse(JSON.stringify(log)))).toBe(false);
    const badUri = buildSarif(TOOL, RULES, [finding()]);
    const artifact = badUri.runs[0].results?.[0].locations?.[0].physicalLocation?.artifactLocation;
    if (artifact) artifact.uri = 'a file with spaces.ts';
    expect(validate(JSON.parse(JSON.stringify(badUri)))).toBe(false);
    expect(validate.errors?.map((e) => e.keyword)).toContain('format');
  });
});
