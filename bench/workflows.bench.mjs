// workflow-permission-check over the real-world corpus (../shared/corpus/workflows-realworld, 561 files):
// the whole process, as the runner and a terminal start the bundles, median of 5, in files per second.
// Target (issue 13): under 1 s for the corpus, whole process, on the 2-core CI machine.
import { cpSync, existsSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { NODE, ROOT, measureNode, median, table } from './lib.mjs';

const RUNS = 5;
const corpus = join(resolve(process.env.MCP_SECRETS_SHARED ?? join(ROOT, '..', 'shared')), 'corpus', 'workflows-realworld');
if (!existsSync(corpus)) {
  process.stdout.write(`NOTICE: skipping the workflows benchmark: ${corpus} is absent\n`);
  process.exit(0);
}
for (const id of ['workflow-permission-check', 'cli']) {
  if (!existsSync(join(ROOT, 'dist', id, 'index.js'))) {
    process.stderr.write(`dist/${id}/index.js is missing: run npm run build first\n`);
    process.exit(1);
  }
}
// Shown with the figures: on a shared 2-core machine, other work skews wall-clock times.
const load = loadavg()[0].toFixed(1);

function countYaml(dir) {
  let n = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if (entry.isDirectory()) n += countYaml(join(dir, entry.name));
    else if (/\.ya?ml$/.test(entry.name)) n += 1;
  }
  return n;
}

const files = countYaml(corpus);
const scratch = mkdtempSync(join(tmpdir(), 'bench-workflows-'));
const PATTERNS = '**/*.yml, **/*.yaml';

/** The action as the runner starts it: INPUT_* variables and fresh GITHUB_* command files. */
function actionRun(bundle) {
  const env = {
    PATH: process.env.PATH,
    HOME: scratch,
    GITHUB_WORKSPACE: corpus,
    INPUT_PATHS: PATTERNS,
    'INPUT_FAIL-ON': 'never',
    'INPUT_SARIF-PATH': join(scratch, 'action.sarif'),
    INPUT_ANNOTATIONS: 'true',
  };
  for (const name of ['GITHUB_OUTPUT', 'GITHUB_STEP_SUMMARY']) {
    env[name] = join(scratch, name.toLowerCase());
    writeFileSync(env[name], '');
  }
  return { args: [join(bundle, 'workflow-permission-check', 'index.js')], env };
}

function cliRun(bundle) {
  return {
    args: [join(bundle, 'cli', 'index.js'), 'check-workflows', '--paths', PATTERNS, '--fail-on', 'never', '--format', 'sarif'],
    env: { PATH: process.env.PATH, HOME: scratch },
  };
}

/** Wall and CPU seconds (every thread: the collector's and the compiler's too) of one whole process. */
async function seconds({ args, env }) {
  const run = await measureNode(args, { cwd: corpus, env });
  if (run.code !== 0) throw new Error(`${args.join(' ')} exited ${run.code}: ${run.stderr.slice(0, 500)}`);
  return { wall: run.ms / 1000, cpu: run.cpuMs / 1000 };
}

// CPU time is the steadier figure on a shared machine; the target is wall time on a quiet one.
const rows = [['run (whole process)', 'files', 'median s', 'min s', 'max s', 'CPU s', 'files/s']];
try {
  // A snapshot of the bundles, so a rebuild of dist/ during the runs cannot break or skew them.
  for (const id of ['workflow-permission-check', 'cli', 'shared']) cpSync(join(ROOT, 'dist', id), join(scratch, id), { recursive: true });
  const cases = [
    ['action bundle (annotations, SARIF, summary)', actionRun],
    ['CLI check-workflows --format sarif', cliRun],
  ];
  for (const [name, make] of cases) {
    await seconds(make(scratch)); // warm the file cache
    const runs = [];
    for (let i = 0; i < RUNS; i++) runs.push(await seconds(make(scratch)));
    const walls = runs.map((run) => run.wall);
    const mid = median(walls);
    const cpu = median(runs.map((run) => run.cpu));
    rows.push([name, files, mid.toFixed(3), Math.min(...walls).toFixed(3), Math.max(...walls).toFixed(3), cpu.toFixed(3), Math.round(files / mid)]);
  }
} finally {
  rmSync(scratch, { recursive: true, force: true });
}
process.stdout.write(`${corpus}: ${NODE}, median of ${RUNS}, ${cpus().length} cores, load ${load} before the runs\n\n`);
table(rows);
