// Every action.yml is a contract with workflow files in the wild: these tests
// keep metadata, bundles, the inputs the code reads and the READMEs in step.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { REPO_ROOT, readActionMetadata } from '../helpers/runner';

interface Metadata {
  name?: string;
  description?: string;
  inputs?: Record<string, { description?: string; default?: unknown }>;
  outputs?: Record<string, { description?: string }>;
  runs: { using: string; main: string; post?: string; 'post-if'?: string };
}

const actionDirs = readdirSync(REPO_ROOT, { withFileTypes: true })
  .filter((entry) => entry.isDirectory() && existsSync(join(REPO_ROOT, entry.name, 'action.yml')))
  .map((entry) => entry.name)
  .sort();

test('the four actions exist as subfolders', () => {
  expect(actionDirs).toEqual(expect.arrayContaining(['sync']));
});

describe.each(actionDirs)('%s/action.yml', (id) => {
  const metadata = readActionMetadata(id) as unknown as Metadata;

  test('runs on node24 from the committed bundles in ../dist/<id>/', () => {
    expect(metadata.runs.using).toBe('node24');
    expect(metadata.runs.main).toBe(`../dist/${id}/index.js`);
    expect(existsSync(resolve(REPO_ROOT, id, metadata.runs.main))).toBe(true);
    if (metadata.runs.post !== undefined) {
      expect(metadata.runs.post).toBe(`../dist/${id}-post/index.js`);
      expect(existsSync(resolve(REPO_ROOT, id, metadata.runs.post))).toBe(true);
    }
  });

  test('declares exactly the inputs its code reads, each described', async () => {
    const { inputNames } = (await import(join(REPO_ROOT, 'actions', id, 'src', 'inputs.ts'))) as { inputNames: readonly string[] };
    expect(Object.keys(metadata.inputs ?? {}).sort()).toEqual([...inputNames].sort());
    for (const [name, spec] of Object.entries(metadata.inputs ?? {})) {
      expect({ name, described: (spec.description ?? '').length > 10 }).toEqual({ name, described: true });
      expect(name).toMatch(/^[a-z][a-z0-9-]*$/);
    }
  });

  test('has a name, a description and described outputs', () => {
    expect(metadata.name).toBeTruthy();
    expect(metadata.description).toBeTruthy();
    for (const [name, spec] of Object.entries(metadata.outputs ?? {})) {
      expect({ name, described: (spec.description ?? '').length > 3 }).toEqual({ name, described: true });
    }
  });

  test('its README documents every input and output, with the same defaults', () => {
    const readme = readFileSync(join(REPO_ROOT, id, 'README.md'), 'utf8');
    for (const [name, spec] of Object.entries(metadata.inputs ?? {})) {
      const row = readme.split('\n').find((line) => line.startsWith(`| \`${name}\` |`));
      expect({ name, row: row !== undefined }).toEqual({ name, row: true });
      const shownDefault = spec.default === undefined ? '' : `\`${String(spec.default)}\``;
      expect(row).toContain(`| ${shownDefault} |`);
    }
    for (const name of Object.keys(metadata.outputs ?? {})) {
      expect(readme).toContain(`| \`${name}\` |`);
    }
  });
});

// The gate (root action.yml, id `gate`): the three actions' inputs and outputs under their prefixes.
describe('action.yml (the gate)', () => {
  const metadata = readActionMetadata('.') as unknown as Metadata;
  const PARTS = [
    ['audit', 'audit-'],
    ['workflow-permission-check', 'workflows-'],
    ['ops-controls', 'controls-'],
  ] as const;

  test('runs on node24 from the committed bundle dist/gate/', () => {
    expect(metadata.runs.using).toBe('node24');
    expect(metadata.runs.main).toBe('dist/gate/index.js');
    expect(existsSync(resolve(REPO_ROOT, metadata.runs.main))).toBe(true);
    expect(metadata.runs.post).toBeUndefined();
  });

  test('declares exactly the inputs its code reads: every input of the three actions, prefixed, same default', async () => {
    const { inputNames } = (await import(join(REPO_ROOT, 'actions', 'gate', 'src', 'inputs.ts'))) as { inputNames: readonly string[] };
    expect(Object.keys(metadata.inputs ?? {}).sort()).toEqual([...inputNames].sort());
    for (const [id, prefix] of PARTS) {
      const part = readActionMetadata(id) as unknown as Metadata;
      for (const [name, spec] of Object.entries(part.inputs ?? {})) {
        expect({ name: `${prefix}${name}`, default: metadata.inputs?.[`${prefix}${name}`]?.default }).toEqual({ name: `${prefix}${name}`, default: spec.default });
      }
      for (const name of Object.keys(part.outputs ?? {})) expect(Object.keys(metadata.outputs ?? {})).toContain(`${prefix}${name}`);
    }
    expect(Object.keys(metadata.outputs ?? {})).toEqual(expect.arrayContaining(['result', 'failed-parts']));
  });

  test('has a name, a description and described outputs', () => {
    expect(metadata.name).toBeTruthy();
    expect(metadata.description).toBeTruthy();
    for (const [name, spec] of Object.entries(metadata.outputs ?? {})) {
      expect({ name, described: (spec.description ?? '').length > 3 }).toEqual({ name, described: true });
    }
  });

  test('docs/gate.md documents every input and output, with the same defaults', () => {
    const readme = readFileSync(join(REPO_ROOT, 'docs', 'gate.md'), 'utf8');
    for (const [name, spec] of Object.entries(metadata.inputs ?? {})) {
      const row = readme.split('\n').find((line) => line.startsWith(`| \`${name}\` |`));
      expect({ name, row: row !== undefined }).toEqual({ name, row: true });
      const shownDefault = spec.default === undefined ? '' : `\`${String(spec.default)}\``;
      expect(row).toContain(`| ${shownDefault} |`);
    }
    for (const name of Object.keys(metadata.outputs ?? {})) expect(readme).toContain(`| \`${name}\` |`);
  });
});
