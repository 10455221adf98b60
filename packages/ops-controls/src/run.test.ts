import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { ActionPorts, AnnotationPlace } from '@mcp-secrets/ports';
import { encryptSops, generateAgeIdentity } from '@mcp-secrets/sops';
import type { OpsControlsOptions } from './options';
import { failsUnder, runOpsControls } from './run';

interface Logged {
  level: string;
  message: string;
  place?: AnnotationPlace;
}

function memoryPorts(env: NodeJS.ProcessEnv = {}, upload: ActionPorts['uploadArtifact'] = async () => ({ uploaded: false, reason: 'off the runner' })) {
  const logged: Logged[] = [];
  const outputs: Record<string, string> = {};
  const summary: string[] = [];
  const log = (level: string) => (message: string, place?: AnnotationPlace) => logged.push({ level, message, ...(place && { place }) });
  const ports: ActionPorts = {
    log: { info: log('info'), debug: log('debug'), notice: log('notice'), warning: log('warning'), error: log('error') },
    mask: () => undefined,
    setOutput: (name, value) => (outputs[name] = value),
    exportVariable: () => undefined,
    saveState: () => undefined,
    getState: () => '',
    appendSummary: async (markdown) => void summary.push(markdown),
    uploadArtifact: upload,
    getIdToken: async () => '',
    env,
  };
  return { ports, logged, outputs, summary };
}

let root: string;
beforeEach(() => {
  root = mkdtempSync(join(tmpdir(), 'ops-controls-'));
  mkdirSync(join(root, '.github/workflows'), { recursive: true });
  writeFileSync(join(root, '.github/workflows/build.yml'), 'name: build\non: [push]\njobs:\n  build:\n    runs-on: ubuntu-latest\n    steps:\n      - uses: someone/thing@v1\n');
  writeFileSync(join(root, 'SECURITY.md'), '# Security\n');
  const git = (...args: string[]) => execFileSync('git', ['-c', 'user.name=t', '-c', 'user.email=t@e', ...args], { cwd: root, stdio: 'ignore' });
  git('init', '-q', '-b', 'main');
  git('add', '-A');
  git('commit', '-q', '-m', 'init');
});
afterEach(() => rmSync(root, { recursive: true, force: true }));

const options = (over: Partial<OpsControlsOptions> = {}): OpsControlsOptions => ({
  root,
  reportPath: join(root, 'out', 'ops-controls-report.json'),
  checks: ['workflow-permissions', 'actions-pinned', 'security-policy', 'dependency-updates', 'vault-approle'],
  failOn: 'fail',
  uploadArtifact: true,
  artifactName: 'ops-controls-report',
  annotations: true,
  controls: {},
  ageKey: '',
  ageKeyFile: '',
  ...over,
});

describe('runOpsControls', () => {
  test('writes the report in the specified shape and order, sets the outputs', async () => {
    const { ports, outputs } = memoryPorts({ GITHUB_REPOSITORY: 'org/repo', GITHUB_SHA: 'f'.repeat(40) });
    const result = await runOpsControls(ports, options());
    const text = readFileSync(result.reportPath, 'utf8');
    const report = JSON.parse(text);
    expect(Object.keys(report)).toEqual(['schema', 'tool', 'generated_at', 'repository', 'commit', 'summary', 'checks']);
    expect(report).toMatchObject({ schema: 1, repository: 'org/repo', commit: 'f'.repeat(40), summary: { pass: 1, fail: 2, warn: 1, skip: 1 } });
    expect(Object.keys(report.checks[0])).toEqual(['id', 'title', 'status', 'severity', 'details', 'evidence', 'remediation']);
    expect(report.checks.map((c: { id: string }) => c.id)).toEqual(['workflow-permissions', 'actions-pinned', 'vault-approle', 'dependency-updates', 'security-policy']);
    expect(outputs).toEqual({ passed: '1', failed: '2', warned: '1', skipped: '1', 'report-path': result.reportPath });
    expect(result.failed).toBe(true);
  });

  test('annotates each failing and warning check at its first evidence line, skips and passes not at all', async () => {
    const { ports, logged } = memoryPorts();
    await runOpsControls(ports, options());
    const annotations = logged.filter((entry) => entry.level === 'error' || entry.level === 'warning');
    expect(annotations.map((a) => [a.level, a.place?.title, a.place?.file, a.place?.startLine])).toEqual([
      ['error', 'ops-controls: workflow-permissions', '.github/workflows/build.yml', 1],
      ['error', 'ops-controls: actions-pinned', '.github/workflows/build.yml', 7],
      ['warning', 'ops-controls: dependency-updates', undefined, undefined],
    ]);
    expect(annotations[1].message).toMatch(/^Third-party actions are pinned.*\nFix: /s);
  });

  test('job summary: verdict, counts, a row per check, evidence linked to the commit lines', async () => {
    const { ports, summary } = memoryPorts({ GITHUB_SERVER_URL: 'https://github.com', GITHUB_REPOSITORY: 'org/repo', GITHUB_SHA: 'abc123' });
    await runOpsControls(ports, options());
    const markdown = summary.join('');
    expect(markdown).toContain('## Ops controls');
    expect(markdown).toContain('❌ **Failed** (fail-on: fail)');
    expect(markdown).toContain('| ❌ fail | <code>actions-pinned</code>');
    expect(markdown).toContain('| ⏭️ skip | <code>vault-approle</code>');
    expect(markdown).toContain('(https://github.com/org/repo/blob/abc123/.github/workflows/build.yml#L7)');
    expect(markdown).toContain('**Fix:**');
    expect(markdown).toContain('not uploaded: off the runner.');
  });

  test('the artifact: uploaded from the report folder; a failed upload warns and does not fail the step', async () => {
    const calls: unknown[] = [];
    const ok = memoryPorts({}, async (...args) => {
      calls.push(args);
      return { uploaded: true, reason: 'artifact id 7' };
    });
    await runOpsControls(ok.ports, options({ failOn: 'never' }));
    expect(calls).toEqual([['ops-controls-report', [join(root, 'out', 'ops-controls-report.json')], join(root, 'out')]]);
    expect(ok.logged).toContainEqual({ level: 'info', message: "Uploaded the report as artifact 'ops-controls-report' (artifact id 7)." });

    const broken = memoryPorts({}, async () => {
      throw new Error('artifact service down');
    });
    const result = await runOpsControls(broken.ports, options({ failOn: 'never' }));
    expect(result.failed).toBe(false);
    expect(broken.logged).toContainEqual(expect.objectContaining({ level: 'warning', message: expect.stringContaining('artifact service down') }));
  });

  test('upload-artifact false and annotations false: neither happens', async () => {
    const upload = jest.fn();
    const { ports, logged } = memoryPorts({}, upload);
    await runOpsControls(ports, options({ uploadArtifact: false, annotations: false }));
    expect(upload).not.toHaveBeenCalled();
    expect(logged.filter((entry) => entry.level === 'error' || entry.level === 'warning')).toEqual([]);
    expect(existsSync(join(root, 'out', 'ops-controls-report.json'))).toBe(true);
  });

  test('.github/mcp-secrets.yml configures the checks; an input given wins over it', async () => {
    writeFileSync(join(root, '.github/mcp-secrets.yml'), 'controls:\n  sync-jobs: [build]\n');
    const fromFile = await runOpsControls(memoryPorts().ports, options({ checks: ['secrets-sync-step'] }));
    expect(fromFile.report.checks[0]).toMatchObject({ status: 'fail', details: expect.stringContaining('build') });
    const fromInput = await runOpsControls(memoryPorts().ports, options({ checks: ['secrets-sync-step'], controls: { syncJobs: ['deploy'] } }));
    expect(fromInput.report.checks[0]).toMatchObject({ status: 'skip' });
  });

  test('a bad controls section is a configuration error at its line, and no report is written', async () => {
    writeFileSync(join(root, '.github/mcp-secrets.yml'), 'controls:\n  rotation-days: soon\n');
    await expect(runOpsControls(memoryPorts().ports, options())).rejects.toThrow(/\.github\/mcp-secrets\.yml:2: controls\.rotation-days/);
    expect(existsSync(join(root, 'out', 'ops-controls-report.json'))).toBe(false);
  });

  test('the clock given judges the bundle\'s age; the age key decrypts it for the version check, masked first', async () => {
    const { identity, recipient } = await generateAgeIdentity();
    const { text } = await encryptSops({ data: { MCP_SECRETS_VERSION: '2', TOKEN: 'planted-token-value-1234' } }, {
      fileName: 'config/secrets.enc.yaml',
      recipients: [recipient],
      now: new Date('2026-01-01T00:00:00Z'),
    });
    mkdirSync(join(root, 'config'));
    writeFileSync(join(root, 'config/secrets.enc.yaml'), text);
    const masked: string[] = [];
    const { ports } = memoryPorts();
    const result = await runOpsControls(
      { ...ports, mask: (value) => void masked.push(value) },
      options({ checks: ['secrets-rotation-age'], ageKey: identity }),
      { clock: { now: () => new Date('2026-03-17T00:00:00Z') } },
    );
    expect(result.report.checks[0]).toMatchObject({ status: 'warn', details: expect.stringContaining('75 days ago, policy 90 days') });
    expect(masked).toEqual([identity]);
  });

  test('a Vault address without credentials is said once; the Vault checks skip with their reason', async () => {
    const { ports, logged } = memoryPorts();
    const result = await runOpsControls(ports, options({ checks: ['vault-approle'], vaultNotice: 'vault-addr is set but no credentials' }));
    expect(logged).toContainEqual({ level: 'notice', message: 'vault-addr is set but no credentials', place: { title: 'ops-controls' } });
    expect(result.report.checks[0]).toMatchObject({ status: 'skip', details: expect.stringContaining('Vault is not configured') });
  });
});

test.each([
  ['fail', { pass: 1, fail: 0, warn: 3, skip: 0 }, false],
  ['fail', { pass: 1, fail: 1, warn: 0, skip: 0 }, true],
  ['warn', { pass: 1, fail: 0, warn: 1, skip: 0 }, true],
  ['warn', { pass: 1, fail: 0, warn: 0, skip: 9 }, false],
  ['never', { pass: 0, fail: 5, warn: 5, skip: 0 }, false],
] as const)('fail-on %s with %j fails: %s', (failOn, summary, expected) => {
  expect(failsUnder(failOn, summary)).toBe(expected);
});
