import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { discoverWorkflowFiles, findWorkflowFiles } from '../index';
import { globMatcher } from './discover';

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

  test('patterns that match nothing are named', async () => {
    expect(await findWorkflowFiles(root, ['.github/workflows/*.{yml,yaml}', 'ci/**/*.yml', 'docs/[ef]xample.yml'])).toEqual({
      files: ['.github/workflows/ci.yml', '.github/workflows/release.yaml', 'docs/example.yml'],
      unmatched: ['ci/**/*.yml'],
    });
  });

  test('glob syntax: globstar, braces, classes', () => {
    expect(globMatcher('**/action.yml')('a/b/action.yml')).toBe(true);
    expect(globMatcher('**/action.yml')('action.yml')).toBe(true);
    expect(globMatcher('*.y?l')('a/b.yml')).toBe(false);
    expect(globMatcher('*.{yml,yaml}')('b.yaml')).toBe(true);
    expect(globMatcher('*.{yml,yaml}')('b.json')).toBe(false);
    expect(globMatcher('w[0-9].yml')('w7.yml')).toBe(true);
    expect(globMatcher('w[0-9].yml')('wx.yml')).toBe(false);
    expect(globMatcher('./.github/**')('.github/workflows/ci.yml')).toBe(true);
  });
});
