import { readdir } from 'node:fs/promises';
import { join } from 'node:path';
import picomatch from 'picomatch';

export const DEFAULT_WORKFLOW_PATTERNS: readonly string[] = [
  '.github/workflows/*.yml',
  '.github/workflows/*.yaml',
  '**/action.yml',
  '**/action.yaml',
];

/** Folders never searched: dependencies and VCS data hold no workflows of this repository. */
const SKIPPED = new Set(['node_modules', '.git']);

/**
 * A glob as picomatch reads it (bash rules: `**`, `*`, `?`, braces `{a,b}`, classes `[ab]`, extglobs),
 * against `/`-separated relative paths; dot folders such as `.github` match like any other.
 */
export function globMatcher(pattern: string): (path: string) => boolean {
  return picomatch(pattern.replace(/\\/g, '/').replace(/^(\.\/)+/, ''), { dot: true });
}

/** The files found, and the patterns that matched none of them. */
export interface DiscoveredFiles {
  files: string[];
  unmatched: string[];
}

/**
 * Relative paths (with `/`) under `root` matching any pattern, sorted, with the patterns that
 * matched nothing. Symbolic links are not followed (a link may lead out of the repository).
 */
export async function findWorkflowFiles(root: string, patterns: readonly string[]): Promise<DiscoveredFiles> {
  const matchers = patterns.map(globMatcher);
  const matched = patterns.map(() => false);
  const files: string[] = [];
  const walk = async (dir: string, rel: string): Promise<void> => {
    const entries = await readdir(dir, { withFileTypes: true }).catch(() => []);
    for (const entry of entries) {
      const path = rel === '' ? entry.name : `${rel}/${entry.name}`;
      if (entry.isDirectory()) {
        if (!SKIPPED.has(entry.name)) await walk(join(dir, entry.name), path);
        continue;
      }
      if (!entry.isFile()) continue;
      let found = false;
      matchers.forEach((matches, i) => {
        if (!matches(path)) return;
        matched[i] = true;
        found = true;
      });
      if (found) files.push(path);
    }
  };
  await walk(root, '');
  return { files: files.sort(), unmatched: patterns.filter((_, i) => !matched[i]) };
}

/** Relative paths (with `/`) under `root` matching any pattern, sorted. */
export async function discoverWorkflowFiles(root: string, patterns: readonly string[] = DEFAULT_WORKFLOW_PATTERNS): Promise<string[]> {
  return (await findWorkflowFiles(root, patterns)).files;
}
