import type { SourceRange, UsesRef } from '../model';
import { Attached } from './attached';

/** Splits a `uses:` value into its parts: `owner/repo[/path]@ref`, `./local` or `$/local`, `docker://image[@digest]`. */
export function parseUses(raw: string, range: SourceRange): UsesRef {
  const value = raw.trim();
  // `$/path` names this repository at the running commit (GitHub's self-repository syntax): no ref to pin.
  if (value.startsWith('./') || value.startsWith('../') || value.startsWith('$/')) return { kind: 'local', raw, path: value, range };
  if (value.startsWith('docker://')) {
    const image = value.slice('docker://'.length);
    const at = image.indexOf('@sha256:');
    return at >= 0
      ? { kind: 'docker', raw, image: image.slice(0, at), digest: image.slice(at + 1), range }
      : { kind: 'docker', raw, image, range };
  }
  const at = value.lastIndexOf('@');
  const target = at >= 0 ? value.slice(0, at) : value;
  const ref = at >= 0 ? value.slice(at + 1) : '';
  const [owner, repo, ...rest] = target.split('/');
  if (!owner || !repo) return { kind: 'invalid', raw, range };
  return { kind: 'repository', raw, owner, repo, path: rest.join('/'), ref, range };
}

/** `owner/repo[/path]` in lower case: the key the knowledge base and policies use (asked by most rules, built once). */
export function actionName(uses: UsesRef): string | undefined {
  if (uses.kind === 'local') return uses.path.replace(/\/+$/, '');
  if (uses.kind !== 'repository') return undefined;
  return NAMES.get(uses) ?? NAMES.set(uses, [uses.owner, uses.repo, uses.path].filter((p) => p.length > 0).join('/').toLowerCase());
}

const NAMES = new Attached<UsesRef, string>('action name');

export function isFullSha(ref: string): boolean {
  return /^[0-9a-f]{40}$/i.test(ref);
}
