import { readdir } from 'node:fs/promises';
import { join } from 'node:path';

export const DEFAULT_WORKFLOW_PATTERNS: readonly string[] = [
  '.github/workflows/*.yml',
  '.github/workflows/*.yaml',
  '**/action.yml',
  '**/action.yaml',
];

/** Folders never searched: dependencies and VCS data hold no workflows of this repository. */
const SKIPPED = new Set(['node_modules', '.git']);

/** `**​/` any folders, `*` any name part, `?` one character; matched against `/`-separated relative paths. */
export function globToRegExp(pattern: string): RegExp {
  let out = '';
  const p = pattern.replace(/\\/g, '/').replace(/^\.\//, '');
  for (let i = 0; i < p.length; i++) {
    const c = p[i];
    if (p.startsWith('**/', i)) {
      out += '(?:.*/)?';
      i += 2;
    } else if (p.startsWith('**', i)) {
      out += '.*';
      i += 1;
    } else if (c === '*') out += '[^/]*';
    else if (c === '?') out += '[^/]';
    else out += c.replace(/[.+^${}()|[\]\\]/g, '\\$&');
  }
  return new RegExp(`^${out}$`);
}

/** Relative paths (with `/`) under `root` matching any pattern, sorted. */
export async function discoverWorkflowFiles(root: string, patterns: readonly string[] = DEFAULT_WORKFLOW_PATTERNS): Promise<string[]> {
  const matchers = patterns.map(globToRegExp);
  const found: string[] = [];
  const walk = async (dir: string, rel: string): Promise<void> => {
    const entries = await readdir(dir, { withFileTypes: true }).catch(() => []);
    for (const entry of entries) {
      const path = rel === '' ? entry.name : `${rel}/${entry.name}`;
      if (entry.isDirectory()) {
        if (!SKIPPED.has(entry.name)) await walk(join(dir, entry.name), path);
      } else if (entry.isFile() && matchers.some((m) => m.test(path))) {
        found.push(path);
      }
    }
  };
  await walk(root, '');
  return found.sort();
}
