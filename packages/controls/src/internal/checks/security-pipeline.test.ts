import { makeRepo, runCheck } from '../../../test/temp-repo';
import { securityPipeline } from './security-pipeline';

const SHA = 'b4ffde65f46336ab88eb53be808477a3936bae11';
const wf = (on: string, job: string, ...step: string[]): string =>
  [`on: ${on}`, 'jobs:', `  ${job}:`, '    runs-on: ubuntu-latest', '    steps:', ...step, ''].join('\n');

describe('security-pipeline', () => {
  test('pass: the suite audit with its config on both events', async () => {
    const text = wf('[push, pull_request]', 'security', `      - uses: acme/mcp-secrets/audit@${SHA}`, '        with:', '          config: config/gitleaks.toml');
    const result = await runCheck(securityPipeline, makeRepo({ '.github/workflows/security.yml': text }));
    expect(result).toEqual({
      status: 'pass',
      details: 'a `security` job runs the secrets audit on pull_request and push',
      evidence: [{ file: '.github/workflows/security.yml', line: 6 }],
    });
  });

  test('pass: gitleaks CLI with --config, split over two workflows', async () => {
    const a = wf('push', 'security', '      - run: gitleaks git --config config/gitleaks.toml .');
    const b = wf('pull_request', 'security', '      - run: gitleaks dir -c config/gitleaks.toml .');
    expect((await runCheck(securityPipeline, makeRepo({ '.github/workflows/a.yml': a, '.github/workflows/b.yml': b }))).status).toBe('pass');
  });

  test('warn: no config passed (gitleaks-action without GITLEAKS_CONFIG), push only', async () => {
    const text = wf('push', 'security', '      - uses: gitleaks/gitleaks-action@v2');
    const result = await runCheck(securityPipeline, makeRepo({ '.github/workflows/s.yml': text }));
    expect(result.status).toBe('warn');
    expect(result.details).toBe('the security job does not run on pull_request; the audit does not pass the gitleaks config path');
    expect(result.evidence).toEqual([{ file: '.github/workflows/s.yml', line: 6 }]);
  });

  test('fail: a security job that does not audit, or an audit outside a security job or trigger', async () => {
    const noAudit = wf('pull_request', 'security', '      - run: npm audit');
    const wrongJob = wf('pull_request', 'lint', '      - run: gitleaks git --config x');
    const wrongTrigger = wf('schedule', 'security', '      - run: gitleaks git --config x');
    const dir = makeRepo({ '.github/workflows/a.yml': noAudit, '.github/workflows/b.yml': wrongJob, '.github/workflows/c.yml': wrongTrigger });
    const result = await runCheck(securityPipeline, dir);
    expect(result).toEqual({
      status: 'fail',
      details: 'no workflow on push/pull_request has a `security` job running the secrets audit or gitleaks',
      evidence: [{ file: '.github/workflows/a.yml', line: 3 }],
    });
  });
});
