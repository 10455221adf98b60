import { AUDIT_DEFAULTS } from '@mcp-secrets/audit';
import { makeRepo, runCheck } from '../../../test/temp-repo';
import { securityPipeline } from './security-pipeline';

const SHA = 'b4ffde65f46336ab88eb53be808477a3936bae11';
const wf = (on: string, job: string, ...step: string[]): string =>
  [`on: ${on}`, 'jobs:', `  ${job}:`, '    runs-on: ubuntu-latest', '    steps:', ...step, ''].join('\n');
const GITLEAKS_TOML = { 'config/gitleaks.toml': '[extend]\nuseDefault = true\n' };

describe('security-pipeline', () => {
  test('pass: the suite audit with its config on both events', async () => {
    const text = wf('[push, pull_request]', 'security', `      - uses: acme/mcp-secrets/audit@${SHA}`, '        with:', '          config: config/gitleaks.toml');
    const result = await runCheck(securityPipeline, makeRepo({ '.github/workflows/security.yml': text }));
    expect(result).toEqual({
      status: 'pass',
      details: 'the secrets audit runs on pull_request and push, reading config/gitleaks.toml',
      evidence: [{ file: '.github/workflows/security.yml', line: 6 }],
    });
  });

  test('pass: gitleaks CLI with --config, split over two workflows', async () => {
    const a = wf('push', 'security', '      - run: gitleaks git --config config/gitleaks.toml .');
    const b = wf('pull_request', 'security', '      - run: gitleaks dir -c config/gitleaks.toml .');
    expect((await runCheck(securityPipeline, makeRepo({ '.github/workflows/a.yml': a, '.github/workflows/b.yml': b }))).status).toBe('pass');
  });

  test('pass: the gate in a job of another name, reading config/gitleaks.toml by default; the job name is a note', async () => {
    const text = wf('[push, pull_request]', 'security-gate', `      - uses: acme/mcp-secrets@${SHA}`);
    const result = await runCheck(securityPipeline, makeRepo({ '.github/workflows/gate.yml': text, ...GITLEAKS_TOML }));
    expect(result).toEqual({
      status: 'pass',
      details: 'the secrets audit runs on pull_request and push, reading config/gitleaks.toml (the runbooks name the job `security`; here: `security-gate`)',
      evidence: [{ file: '.github/workflows/gate.yml', line: 6 }],
    });
  });

  test('the audit without a config input reads .gitleaks.toml first, as the audit does', async () => {
    const text = wf('[push, pull_request]', 'security', `      - uses: acme/mcp-secrets/audit@${SHA}`);
    const both = makeRepo({ '.github/workflows/s.yml': text, '.gitleaks.toml': '', ...GITLEAKS_TOML });
    const result = await runCheck(securityPipeline, both);
    expect(result.status).toBe('warn');
    expect(result.details).toBe('the audit does not read config/gitleaks.toml (pass it as its config)');
    expect((await runCheck(securityPipeline, both, { options: { gitleaksConfigPath: '.gitleaks.toml' } })).status).toBe('pass');
  });

  test('the order of the audit\'s default configs is the audit\'s own', () => {
    expect(AUDIT_DEFAULTS.configs).toEqual(['.gitleaks.toml', 'config/gitleaks.toml']);
  });

  test('warn: gitleaks reads only .gitleaks.toml by default, so config/gitleaks.toml is not read; push only is a failure', async () => {
    const text = wf('[push, pull_request]', 'security', '      - uses: gitleaks/gitleaks-action@v2');
    const result = await runCheck(securityPipeline, makeRepo({ '.github/workflows/s.yml': text, ...GITLEAKS_TOML }));
    expect(result).toEqual({
      status: 'warn',
      details: 'the audit does not read config/gitleaks.toml (pass it as its config)',
      evidence: [{ file: '.github/workflows/s.yml', line: 6 }],
    });
    const pushOnly = wf('push', 'security', `      - uses: acme/mcp-secrets/audit@${SHA}`);
    const failed = await runCheck(securityPipeline, makeRepo({ '.github/workflows/s.yml': pushOnly, ...GITLEAKS_TOML }));
    expect(failed).toEqual({
      status: 'fail',
      details: 'no job runs the secrets audit or gitleaks on pull_request (it runs on push only)',
      evidence: [{ file: '.github/workflows/s.yml', line: 6 }],
    });
  });

  test('warn: pull requests only', async () => {
    const text = wf('pull_request', 'scan', '      - run: npx mcp-secrets audit');
    const result = await runCheck(securityPipeline, makeRepo({ '.github/workflows/s.yml': text, ...GITLEAKS_TOML }));
    expect(result.status).toBe('warn');
    expect(result.details).toBe('the secrets audit does not run on push (the runbooks name the job `security`; here: `scan`)');
  });

  test('fail: a job that does not audit, or an audit on another trigger', async () => {
    const noAudit = wf('pull_request', 'security', '      - run: npm audit');
    const wrongTrigger = wf('schedule', 'security', '      - run: gitleaks git --config x');
    const dir = makeRepo({ '.github/workflows/a.yml': noAudit, '.github/workflows/c.yml': wrongTrigger });
    const result = await runCheck(securityPipeline, dir);
    expect(result).toEqual({ status: 'fail', details: 'no job runs the secrets audit or gitleaks on pull_request', evidence: [] });
  });
});
