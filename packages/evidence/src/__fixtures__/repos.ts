export { removeTempDirs as removeRepos } from '../../../../test/support/temp-repo';
import { repoWith as makeRepo } from '../../../../test/support/temp-repo';

/** A committed git repository holding the files. */
export const repoWith = (files: Record<string, string>): string => makeRepo(files, 'evidence-');
