import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { PINNED_SDK, tarballUrl } from './pinned-sdk';

const REPO_ROOT = join(__dirname, '..', '..', '..');

test("the pins are package-lock.json's: the action fetches exactly the SDK the CLI is built and tested with", () => {
  const lock = JSON.parse(readFileSync(join(REPO_ROOT, 'package-lock.json'), 'utf8')) as { packages: Record<string, { version: string; integrity: string }> };
  const locked = PINNED_SDK.map(({ name }) => ({ name, version: lock.packages[`node_modules/${name}`].version, integrity: lock.packages[`node_modules/${name}`].integrity }));
  expect(locked).toEqual(PINNED_SDK);
});

test("tarballs are where npm keeps them, below any registry or mirror path", () => {
  expect(PINNED_SDK.map((pkg) => tarballUrl('https://registry.npmjs.org', pkg))).toEqual([
    'https://registry.npmjs.org/@1password/sdk/-/sdk-0.5.0.tgz',
    'https://registry.npmjs.org/@1password/sdk-core/-/sdk-core-0.5.0.tgz',
  ]);
  expect(tarballUrl('https://npm.corp.example/api/npm/remote/', PINNED_SDK[0])).toBe('https://npm.corp.example/api/npm/remote/@1password/sdk/-/sdk-0.5.0.tgz');
});
