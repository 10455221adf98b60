import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { InputSource } from '@mcp-secrets/ports';
import { annotationsOf, memoryPorts } from '../../../test/support/memory-ports';
import { GOOD_WORKFLOW, OPEN_WORKFLOW, removeRepos, repoWith } from './__fixtures__/repo';
import { GATE_INPUT_NAMES } from './parts';
import { runGate } from './run-gate';

afterAll(removeRepos);

const source = (inputs: Record<string, string>): InputSource => ({ get: (name) => inputs[name] });
// Checks that need no bundle, Vault or CI pipeline: a small repository can pass them.
const FEW_CHECKS = { 'controls-checks': 'security-policy,env-files-ignored' };
const CLEAN = {
  '.github/workflows/ci.yml': GOOD_WORKFLOW,
  'SECURITY.md': '# Security\n\nMail security@example.invalid.\n',
  '.gitignore': '.env\n*.env\n!*.env.example\nkeys.txt\nmcp-age-key.txt\n',
  'src/app.ts': 'export const answer = 42;\n',
};

describe('runGate', () => {
  test('every input of the three actions, under its prefix', () => {
    expect(GATE_INPUT_NAMES).toEqual(expect.arrayContaining(['audit-path', 'audit-fail-on-findings', 'workflows-fail-on', 'controls-checks', 'controls-vault-addr']));
    expect(new Set(GATE_INPUT_NAMES).size).toBe(GATE_INPUT_NAMES.length);
  });

  test('all parts pass: one summary with totals on top, prefixed outputs, result=pass', async () => {
    const repo = repoWith(CLEAN);
    const ports = memoryPorts({ GITHUB_WORKSPACE: repo });
    const result = await runGate(ports, source(FEW_CHECKS));
    expect(result.parts.map((p) => [p.id, p.status])).toEqual([['audit', 'pass'], ['workflows', 'pass'], ['controls', 'pass']]);
    expect(result.status).toBe('pass');
    expect(result.failureMessage).toBeUndefined();
    expect(ports.outputs).toMatchObject({
      result: 'pass',
      'failed-parts': '',
      'audit-findings': '0',
      'workflows-errors': '0',
      'workflows-warnings': '0',
      'controls-failed': '0',
      'controls-passed': '2',
      'controls-report-path': join(repo, 'ops-controls-report.json'),
    });
    expect(ports.summary).toHaveLength(1);
    const summary = ports.summary[0] ?? '';
    expect(summary.startsWith('## Security gate')).toBe(true);
    expect(summary).toContain('✅ **Passed**: all 3 parts passed');
    for (const title of ['Secrets audit', 'Workflow permission', 'Ops controls']) expect(summary).toContain(`## ${title}`);
    expect(annotationsOf(ports).filter((a) => a.level !== 'notice')).toEqual([]);
  });

  test('one part failing fails the gate; the others still report', async () => {
    const repo = repoWith({ ...CLEAN, '.github/workflows/open.yml': OPEN_WORKFLOW('open') });
    const ports = memoryPorts({ GITHUB_WORKSPACE: repo });
    const result = await runGate(ports, source(FEW_CHECKS));
    expect(result.parts.map((p) => p.status)).toEqual(['pass', 'fail', 'pass']);
    expect(result.status).toBe('fail');
    expect(result.failureMessage).toMatch(/^security gate failed: workflow-permission-check: 1 error/);
    expect(ports.outputs).toMatchObject({ result: 'fail', 'failed-parts': 'workflow-permission-check', 'controls-passed': '2' });
    const errors = annotationsOf(ports).filter((a) => a.level === 'error');
    expect(errors.length).toBeGreaterThan(0);
    expect(errors.every((a) => a.place?.title?.startsWith('workflow-permission-check') && a.place.file === '.github/workflows/open.yml')).toBe(true);
  });

  test('a configuration error in one part names the prefixed input; the other parts still run', async () => {
    const repo = repoWith(CLEAN);
    const ports = memoryPorts({ GITHUB_WORKSPACE: repo });
    const result = await runGate(ports, source({ ...FEW_CHECKS, 'audit-scan': 'everything' }));
    expect(result.parts.map((p) => p.status)).toEqual(['error', 'pass', 'pass']);
    expect(result.parts[0]?.error).toEqual({ message: "input 'audit-scan': unknown value 'everything' (use one of: auto, files, git, diff)", configuration: true });
    expect(result.failureMessage).toBe("security gate failed: audit: input 'audit-scan': unknown value 'everything' (use one of: auto, files, git, diff)");
    expect(annotationsOf(ports)).toContainEqual({ level: 'error', message: "input 'audit-scan': unknown value 'everything' (use one of: auto, files, git, diff)", place: { title: 'audit: configuration error' } });
    // No report of the failed part; the others wrote theirs and set their outputs.
    expect(existsSync(join(repo, 'gitleaks-report.json'))).toBe(false);
    expect(ports.outputs['audit-findings']).toBeUndefined();
    expect(ports.outputs).toMatchObject({ 'workflows-findings': '0', 'controls-passed': '2', result: 'fail', 'failed-parts': 'audit' });
    expect(ports.summary[0]).toContain('## Secrets audit\n\n❌ **Configuration error**: input &#39;audit-scan&#39;');
  });

  test('prefixed inputs reach their own part only', async () => {
    const repo = repoWith({ ...CLEAN, '.github/workflows/open.yml': OPEN_WORKFLOW('open') });
    const ports = memoryPorts({ GITHUB_WORKSPACE: repo });
    const result = await runGate(
      ports,
      source({ 'workflows-fail-on': 'never', 'controls-checks': 'security-policy', 'controls-output': 'reports/controls.json', 'audit-report-path': 'reports/leaks.json' }),
    );
    expect(result.parts.map((p) => p.status)).toEqual(['pass', 'warn', 'pass']);
    expect(result.status).toBe('warn');
    expect(ports.outputs).toMatchObject({
      'controls-passed': '1',
      'controls-report-path': join(repo, 'reports/controls.json'),
      'audit-report-path': join(repo, 'reports/leaks.json'),
    });
    expect(existsSync(join(repo, 'reports/controls.json'))).toBe(true);
    expect(existsSync(join(repo, 'ops-controls-report.json'))).toBe(false);
  });

  test('annotations of all parts together stay within 10 errors (one kept for the failure) and 10 warnings', async () => {
    const workflows = Object.fromEntries(Array.from({ length: 14 }, (_, i) => [`.github/workflows/open-${i}.yml`, OPEN_WORKFLOW(`open${i}`)]));
    const repo = repoWith({ ...CLEAN, ...workflows, 'SECURITY.md': '' });
    const ports = memoryPorts({ GITHUB_WORKSPACE: repo });
    const result = await runGate(ports, source({ 'controls-checks': 'workflow-permissions,security-policy' }));
    expect(result.status).toBe('fail');
    const levels = annotationsOf(ports).map((a) => a.level);
    expect(levels.filter((l) => l === 'error').length).toBe(9);
    expect(levels.filter((l) => l === 'warning').length).toBeLessThanOrEqual(10);
    expect(levels.filter((l) => l === 'notice').length).toBeLessThanOrEqual(10);
    // Both failing parts got slots.
    const titles = annotationsOf(ports).filter((a) => a.level === 'error').map((a) => a.place?.title ?? '');
    expect(titles.some((t) => t.startsWith('workflow-permission-check'))).toBe(true);
    expect(titles.some((t) => t.startsWith('ops-controls'))).toBe(true);
    expect(result.omittedAnnotations).toBeGreaterThan(0);
    expect(ports.summary[0]).toMatch(/\d+ more annotations? left out/);
  });
});
