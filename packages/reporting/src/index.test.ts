// The package through its public name, as actions and the CLI use it: one set of findings through
// every renderer, and a planted secret that must come out of none of them.
import {
  buildSarif,
  jsonReport,
  planAnnotations,
  renderText,
  summarySection,
  verdictLine,
  type ReportFinding,
} from '@mcp-secrets/reporting';
import { RULES, TOOL } from './__fixtures__/findings';

const PLANTED = `ghp_${'Q7'.repeat(18)}`;
const SOURCE = `line one\nauth: "${PLANTED}"\n`;
const FINDING: ReportFinding = {
  ruleId: 'github-pat',
  level: 'error',
  message: 'GitHub personal access token',
  file: '/repo/ci/config.yml',
  line: 2,
  column: 8,
  endColumn: 8 + PLANTED.length,
  snippet: 'auth: "ghp_Q7Q7****"',
  fingerprint: 'ci/config.yml:github-pat:2',
};

describe('@mcp-secrets/reporting', () => {
  test('no output carries the planted secret when findings are redacted', () => {
    const outputs = [
      jsonReport(buildSarif(TOOL, RULES, [FINDING], { baseDir: '/repo' })),
      JSON.stringify(planAnnotations([FINDING], { baseDir: '/repo' })),
      summarySection({ title: 'Audit', verdict: 'fail', findings: [FINDING], baseDir: '/repo' }),
      renderText([FINDING], { color: true, baseDir: '/repo', source: { read: () => SOURCE, redact: (line) => line.split(PLANTED).join('REDACTED') } }),
      verdictLine({ error: 1 }),
    ];
    for (const output of outputs) expect(output).not.toContain(PLANTED.slice(8));
  });

  test('every renderer names the same file and line', () => {
    const sarif = buildSarif(TOOL, RULES, [FINDING], { baseDir: '/repo' });
    expect(sarif.runs[0].results?.[0].locations?.[0].physicalLocation?.artifactLocation?.uri).toBe('ci/config.yml');
    expect(planAnnotations([FINDING], { baseDir: '/repo' }).annotations[0].properties).toMatchObject({ file: 'ci/config.yml', startLine: 2 });
    expect(summarySection({ title: 'A', verdict: 'fail', findings: [FINDING], baseDir: '/repo' })).toContain('<code>ci/config.yml</code>');
    expect(renderText([FINDING], { color: false, baseDir: '/repo' })).toContain('ci/config.yml:2:8 error github-pat');
  });
});
