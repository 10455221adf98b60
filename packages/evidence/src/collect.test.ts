import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { readOpsControlsOptions } from '@mcp-secrets/ops-controls';
import { Inputs } from '@mcp-secrets/ports';
import { readAuditOptions } from '@mcp-secrets/audit';
import { memoryPorts } from '../../../test/support/memory-ports';
import { removeRepos, repoWith } from './__fixtures__/repos';
import { collectEvidence, ciRunUrl } from './collect';

afterAll(removeRepos);

const CLEAN = {
  'SECURITY.md': '# Security\n\nMail security@example.invalid.\n',
  '.gitignore': '.env\n*.env\n!*.env.example\nkeys.txt\nmcp-age-key.txt\n',
  'src/app.ts': 'export const answer = 42;\n',
};

function optionsFor(repo: string, given: Record<string, string> = {}, env: NodeJS.ProcessEnv = {}) {
  const inputs = new Inputs({ get: (name) => given[name] }, env);
  const runEnv = { ...env, GITHUB_WORKSPACE: repo };
  return {
    task: 'TASK-OPS-302',
    folder: join(repo, 'docs', 'evidence', 'TASK-OPS-302'),
    audit: readAuditOptions(inputs, (name) => given[name], runEnv),
    controls: readOpsControlsOptions(new Inputs({ get: (name) => (name === 'checks' ? 'security-policy,env-files-ignored' : given[name]) }, env), runEnv),
  };
}

const times = [0, 1, 2].map((s) => new Date(Date.UTC(2026, 10, 23, 12, 0, s)));
const clock = () => {
  let i = 0;
  return () => times[Math.min(i++, times.length - 1)];
};

describe('collectEvidence', () => {
  test('writes both reports and the filled checklist; CI run URL from the Actions variables', async () => {
    const repo = repoWith(CLEAN);
    const env = { GITHUB_SERVER_URL: 'https://github.example', GITHUB_REPOSITORY: 'org/app', GITHUB_RUN_ID: '4242', GITHUB_SHA: 'a'.repeat(40) };
    const options = optionsFor(repo, {}, env);
    const result = await collectEvidence(memoryPorts({ ...env, GITHUB_WORKSPACE: repo }), options, { now: clock() });
    expect(result.failed).toBe(false);
    expect(readdirSync(options.folder).sort()).toEqual(['gitleaks-report.json', 'ops-controls-report.json', 'runbooks-activation.md']);
    expect(readdirSync(join(repo, 'docs', 'evidence'))).toEqual(['TASK-OPS-302']);
    expect(JSON.parse(readFileSync(join(options.folder, 'gitleaks-report.json'), 'utf8'))).toEqual([]);
    expect(JSON.parse(readFileSync(join(options.folder, 'ops-controls-report.json'), 'utf8'))).toMatchObject({ schema: 1, summary: { pass: 2, fail: 0 } });
    const checklist = readFileSync(join(options.folder, 'runbooks-activation.md'), 'utf8');
    expect(checklist).toContain('# Runbooks activation: TASK-OPS-302');
    expect(checklist).toContain(`| Commit | \`${'a'.repeat(40)}\` |`);
    expect(checklist).toContain('| Repository | org/app |');
    expect(checklist).toContain('| Started | 2026-11-23T12:00:00Z |');
    expect(checklist).toContain('| Finished | 2026-11-23T12:00:02Z |');
    expect(checklist).toContain('| CI run | [https://github.example/org/app/actions/runs/4242](https://github.example/org/app/actions/runs/4242) |');
    expect(checklist).toContain('- [x] Secrets audit of the working tree with built-in rules: no secrets found (`gitleaks-report.json`, 2026-11-23T12:00:01Z)');
    expect(checklist).toContain('- [x] `security-policy`');
    expect(checklist).toContain('- [x] No control fails (fail-on: fail)');
    expect(checklist).toContain('| Result | ✅ passed |');
  });

  test('a failing control: still written, marked failed, with the fix; commit from git off CI', async () => {
    const repo = repoWith({ ...CLEAN, '.gitignore': 'node_modules/\n' });
    const options = optionsFor(repo);
    const result = await collectEvidence(memoryPorts({ GITHUB_WORKSPACE: repo }), options);
    expect(result.failed).toBe(true);
    expect(result.runUrl).toBeUndefined();
    const checklist = readFileSync(join(options.folder, 'runbooks-activation.md'), 'utf8');
    expect(checklist).toMatch(/\| Commit \| `[0-9a-f]{40}` \|/);
    expect(checklist).toContain('| CI run | none: run outside GitHub Actions |');
    expect(checklist).toMatch(/- \[ \] `env-files-ignored` .*: \*\*fail\*\*: .* Fix: /);
    expect(checklist).toContain('| Result | ❌ failed |');
  });

  test('replaces earlier evidence whole; an error leaves it untouched and no staging folder behind', async () => {
    const repo = repoWith(CLEAN);
    const options = optionsFor(repo);
    mkdirSync(options.folder, { recursive: true });
    writeFileSync(join(options.folder, 'stale.txt'), 'from an earlier run\n');
    await collectEvidence(memoryPorts({ GITHUB_WORKSPACE: repo }), options);
    expect(existsSync(join(options.folder, 'stale.txt'))).toBe(false);
    const before = readFileSync(join(options.folder, 'runbooks-activation.md'), 'utf8');

    writeFileSync(join(repo, 'broken.toml'), '[[rules]\nid = 1\n');
    const broken = { ...options, audit: readAuditOptions(new Inputs({ get: (n) => (n === 'config' ? 'broken.toml' : undefined) }), () => undefined, { GITHUB_WORKSPACE: repo }) };
    await expect(collectEvidence(memoryPorts({ GITHUB_WORKSPACE: repo }), broken)).rejects.toThrow(/broken\.toml/);
    expect(readFileSync(join(options.folder, 'runbooks-activation.md'), 'utf8')).toBe(before);
    expect(readdirSync(join(repo, 'docs', 'evidence'))).toEqual(['TASK-OPS-302']);
  });

  test('an error on a first run leaves no evidence folder at all', async () => {
    const repo = repoWith({ ...CLEAN, 'broken.toml': '[[rules]\nid = 1\n' });
    const options = optionsFor(repo, { config: 'broken.toml' });
    await expect(collectEvidence(memoryPorts({ GITHUB_WORKSPACE: repo }), options)).rejects.toThrow(/broken\.toml/);
    expect(existsSync(join(repo, 'docs'))).toBe(false);
  });

  test('ciRunUrl needs all three variables', () => {
    expect(ciRunUrl({ GITHUB_SERVER_URL: 'https://github.com/', GITHUB_REPOSITORY: 'o/r', GITHUB_RUN_ID: '7' })).toBe('https://github.com/o/r/actions/runs/7');
    expect(ciRunUrl({ GITHUB_SERVER_URL: 'https://github.com', GITHUB_REPOSITORY: 'o/r' })).toBeUndefined();
  });
});
