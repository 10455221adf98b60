import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import Ajv from 'ajv';
import { ConfigurationError } from '@mcp-secrets/ports';
import { FIXED_NOW, git, makeRepo } from '../../test/temp-repo';
import { ALL_CHECKS } from './checks/registry';
import { selectChecks, runControls } from './runner';
import type { Check } from './types';

const schema: unknown = JSON.parse(readFileSync(join(__dirname, '..', '..', 'ops-controls-report.schema.json'), 'utf8'));
const validate = new Ajv({ allErrors: true }).compile(schema as object);

const passing: Check = {
  id: 'always-pass',
  title: 'passes',
  rationale: 'r',
  remediation: 'nothing to do',
  severity: 'low',
  run: async () => ({ status: 'pass', details: 'fine', evidence: [{ file: 'a.txt', line: 1 }] }),
};
const throwing: Check = { ...passing, id: 'always-throws', remediation: 'fix it', run: async () => { throw 'a thrown string'; } };

describe('runControls', () => {
  test('the report: schema 1, tool, time, repository from origin, HEAD commit, summary, checks', async () => {
    const dir = makeRepo({ 'a.txt': 'x' });
    git(dir, 'remote', 'add', 'origin', 'git@github.com:acme/widgets.git');
    const head = git(dir, 'rev-parse', 'HEAD').trim();
    const report = await runControls({ root: dir, catalogue: [passing, throwing], clock: { now: () => FIXED_NOW } });
    expect(report).toEqual({
      schema: 1,
      tool: { name: 'mcp-secrets ops-controls', version: '0.1.0' },
      generated_at: '2026-06-01T00:00:00.000Z',
      repository: 'acme/widgets',
      commit: head,
      summary: { pass: 1, fail: 1, warn: 0, skip: 0 },
      checks: [
        { id: 'always-pass', title: 'passes', status: 'pass', severity: 'low', details: 'fine', evidence: [{ file: 'a.txt', line: 1 }], remediation: 'nothing to do' },
        {
          id: 'always-throws',
          title: 'passes',
          status: 'fail',
          severity: 'low',
          details: 'the check could not complete: a thrown string',
          evidence: [],
          remediation: 'fix it',
        },
      ],
    });
    expect(validate(report)).toBe(true);
  });

  test('every built-in check on a bare repository: valid report, nothing crashes', async () => {
    const dir = makeRepo({ 'README.md': '# x\n' });
    const report = await runControls({ root: dir, repository: 'o/r', clock: { now: () => FIXED_NOW } });
    expect(validate(report)).toBe(true);
    expect(report.checks.map((check) => check.id)).toEqual(ALL_CHECKS.map((check) => check.id));
    expect(report.checks.filter((check) => check.details.startsWith('the check could not complete'))).toEqual([]);
    expect(report.repository).toBe('o/r');
  });

  test('a repository without commits: commit null, repository from the folder name', async () => {
    const dir = makeRepo();
    const report = await runControls({ root: dir, checks: ['security-policy'] });
    expect(report.commit).toBeNull();
    expect(report.repository).toMatch(/^controls-/);
    expect(report.checks).toHaveLength(1);
  });

  test('checks: a subset in catalogue order; unknown ids are a configuration error naming the valid ones', () => {
    expect(selectChecks(ALL_CHECKS, ['security-policy', ' sops-policy ']).map((check) => check.id)).toEqual(['sops-policy', 'security-policy']);
    expect(() => selectChecks(ALL_CHECKS, ['sops-policy', 'no-such', 'other'])).toThrow(ConfigurationError);
    expect(() => selectChecks(ALL_CHECKS, ['no-such'])).toThrow(/input 'checks': unknown check id 'no-such' \(valid ids: workflow-permissions, workflow-injection, actions-pinned, /);
  });
});
