import { isAbsolute, relative } from 'node:path';
import { pathToFileURL } from 'node:url';

/**
 * A finding's file as a POSIX path relative to `baseDir` (the repository root), or `undefined` when
 * it lies outside it. Relative inputs are taken as already relative to the root.
 */
export function repoRelativePath(file: string, baseDir?: string): string | undefined {
  let path = file;
  if (baseDir !== undefined && isAbsolute(file)) {
    path = relative(baseDir, file);
    if (path === '' || isAbsolute(path)) return undefined;
  }
  path = path.replace(/\\/g, '/').replace(/^(\.\/)+/, '');
  if (path === '..' || path.startsWith('../') || path.startsWith('/')) return undefined;
  return path;
}

/** Percent-encodes each segment so spaces, `#`, `?`, `%` and non-ASCII survive as a URI reference. */
export function encodePathSegments(path: string): string {
  return path
    .split('/')
    .map((segment) => encodeURIComponent(segment))
    .join('/');
}

/** `file:` URI for an absolute path, with a trailing slash when it names a directory. */
export function fileUri(path: string, isDirectory: boolean): string {
  const href = pathToFileURL(path).href;
  return isDirectory && !href.endsWith('/') ? `${href}/` : href;
}
