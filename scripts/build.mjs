#!/usr/bin/env node
// Bundles every action entry (actions/<id>/src/index.ts, and post.ts when present)
// and the CLI into dist/ with ncc. Entries are discovered, so a new action needs no edit here.
// A post bundle goes to a sibling folder because ncc wipes its output folder.
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';

const root = new URL('..', import.meta.url).pathname;

// Never bundled (docs/decisions/0006): 1Password's SDK is a 14 MB WebAssembly core. The CLI
// requires the copy npm installs with it; the sync action fetches the pinned tarballs on first use.
const EXTERNALS = ['@1password/sdk', '@1password/sdk-core'];
const ncc = join(root, 'node_modules', '.bin', 'ncc');

function entries() {
  const found = [];
  const actionsDir = join(root, 'actions');
  for (const id of readdirSync(actionsDir).sort()) {
    const src = join(actionsDir, id, 'src');
    if (existsSync(join(src, 'index.ts'))) found.push({ entry: join(src, 'index.ts'), out: id });
    if (existsSync(join(src, 'post.ts'))) found.push({ entry: join(src, 'post.ts'), out: `${id}-post` });
  }
  found.push({ entry: join(root, 'packages', 'cli', 'src', 'bin.ts'), out: 'cli' });
  return found.filter((e) => existsSync(e.entry));
}

const only = process.argv.slice(2);
for (const { entry, out } of entries()) {
  if (only.length > 0 && !only.includes(out)) continue;
  const outDir = join(root, 'dist', out);
  rmSync(outDir, { recursive: true, force: true });
  process.stdout.write(`ncc ${out} <- ${entry.slice(root.length)}\n`);
  execFileSync(
    ncc,
    ['build', entry, '-o', outDir, '--target', 'es2022', '--license', 'licenses.txt', '--transpile-only', '--quiet', ...EXTERNALS.flatMap((name) => ['-e', name])],
    { stdio: 'inherit', cwd: root },
  );
}
