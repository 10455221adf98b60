import { makeRepo, runCheck } from '../../../test/temp-repo';
import { dependencyUpdates } from './dependency-updates';

describe('dependency-updates', () => {
  test('pass: dependabot with github-actions, evidence at the entry', async () => {
    const text = ['version: 2', 'updates:', '  - package-ecosystem: npm', '    directory: /', '  - package-ecosystem: github-actions', '    directory: /', ''].join('\n');
    const result = await runCheck(dependencyUpdates, makeRepo({ '.github/dependabot.yml': text }));
    expect(result).toEqual({ status: 'pass', details: 'Dependabot updates github-actions (.github/dependabot.yml)', evidence: [{ file: '.github/dependabot.yml', line: 5 }] });
  });

  test('pass: renovate', async () => {
    expect((await runCheck(dependencyUpdates, makeRepo({ '.github/renovate.json': '{}' }))).status).toBe('pass');
    expect((await runCheck(dependencyUpdates, makeRepo({ 'package.json': '{"renovate": {}}' }))).status).toBe('pass');
  });

  test('warn: absent, or dependabot without github-actions', async () => {
    expect((await runCheck(dependencyUpdates, makeRepo({ 'a.txt': 'x' }))).status).toBe('warn');
    const text = ['version: 2', 'updates:', '  - package-ecosystem: npm', ''].join('\n');
    const result = await runCheck(dependencyUpdates, makeRepo({ '.github/dependabot.yaml': text }));
    expect(result).toEqual({ status: 'warn', details: '.github/dependabot.yaml has no `github-actions` ecosystem', evidence: [{ file: '.github/dependabot.yaml', line: null }] });
  });
});
