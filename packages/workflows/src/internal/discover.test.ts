import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { discoverWorkflowFiles } from '../index';
import { globToRegExp } from './discover';

describe('discoverWorkflowFiles', () => {
  let root: string;
  beforeAll(() => {
    root = mkdtempSync(join(tmpdir(), 'workflows-discover-'));
    for (const file of [
      '.github/workflows/ci.yml',
      '.github/workflows/release.yaml',
      '.github/workflows/notes.md',
      '.github/workflows/nested/skip.yml',
      'action.yml',
      'sync/action.yml',
      'node_modules/dep/action.yml',
      'docs/example.yml',
    ]) {
      mkdirSync(join(root, dirname(file)), { recursive: true });
      writeFileSync(join(root, file), 'x: 1\n');
    }
  });
  afterAll(() => rmSync(root, { recursive: true, force: true }));

  test('default patterns: workflows and every action.yml, not dependencies', async () => {
    expect(await discoverWorkflowFiles(root)).toEqual(['.github/workflows/ci.yml', '.github/workflows/release.yaml', 'action.yml', 'sync/action.yml']);
  });

  test('custom patterns', async () => {
    expect(await discoverWorkflowFiles(root, ['docs/*.yml', './.github/workflows/**/*.yml'])).toEqual([
      '.github/workflows/ci.yml',
      '.github/workflows/nested/skip.yml',
      'docs/example.yml',
    ]);
  });

  test('a missing root gives nothing', async () => {
    expect(await discoverWorkflowFiles(join(root, 'absent'))).toEqual([]);
  });

  test('glob syntax', () => {
    expect(globToRegExp('**/action.yml').test('a/b/action.yml')).toBe(true);
    expect(globToRegExp('**/action.yml').test('action.yml')).toBe(true);
    expect(globToRegExp('*.y?l').test('a/b.yml')).toBe(false);
    expect(globToRegExp('a.(b).yml').test('a.(b).yml')).toBe(true);
  });
});
