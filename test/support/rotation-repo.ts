// What `rotate` starts from: a git repository holding a SOPS bundle encrypted at test time for
// the given age recipients, and the `.sops.yaml` whose creation rule matches it.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { encryptSops, type SopsPlainObject } from '@mcp-secrets/sops';
import { git, repoWith } from './temp-repo';

export const BUNDLE_FILE = 'config/secrets.enc.yaml';

export interface RotationRepoOptions {
  data: SopsPlainObject;
  /** Age public keys the committed bundle is encrypted for. */
  encryptFor: string[];
  /** The `.sops.yaml` text. */
  sopsConfig: string;
  /** Other files to commit with them. */
  files?: Record<string, string>;
}

/** A committed repository (removed by removeTempDirs) holding `config/secrets.enc.yaml` and `.sops.yaml`. */
export async function rotationRepo(options: RotationRepoOptions): Promise<string> {
  const { text } = await encryptSops({ data: options.data }, { fileName: BUNDLE_FILE, recipients: options.encryptFor });
  return repoWith({ '.sops.yaml': options.sopsConfig, [BUNDLE_FILE]: text, ...options.files }, 'rotate-');
}

/** Every tracked or untracked file (ignored ones too) with its text: a leftover temp or lock file shows. */
export function workingFiles(root: string): Record<string, string> {
  const files = git(root, 'ls-files', '--others', '--cached').split('\n').filter(Boolean);
  return Object.fromEntries(files.map((file) => [file, readFileSync(join(root, file), 'utf8')]));
}
