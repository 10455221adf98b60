export { removeTempDirs as removeRepos } from '../../../../test/support/temp-repo';
import { repoWith as makeRepo } from '../../../../test/support/temp-repo';

/** A committed git repository holding the files (removed by removeRepos). */
export const repoWith = (files: Record<string, string>): string => makeRepo(files, 'gate-');

/** A read-only workflow that every part accepts. */
export const GOOD_WORKFLOW = `name: ci
on: [push]
permissions:
  contents: read
jobs:
  build:
    runs-on: ubuntu-latest
    steps:
      - run: echo ok
`;

/** A workflow granting every write permission: an error for workflow-permission-check. */
// Two jobs: a single job's top-level grant is zizmor-pedantic (unneeded-permissions, a warning).
export const OPEN_WORKFLOW = (name: string): string => `name: ${name}
on: [push]
permissions: write-all
jobs:
  build:
    runs-on: ubuntu-latest
    steps:
      - run: echo ${name}
  test:
    runs-on: ubuntu-latest
    steps:
      - run: echo ${name} test
`;
