// ops-controls: the full report (every check) on this repository and on a synthetic 5,000-file
// repository, run as the runner runs the bundle (whole process). Target: under 2 s for the latter.
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { NODE, OUT, ROOT, median, table, timeProcess } from './lib.mjs';

const RUNS = 5;
const FILES = 5000;
const main = join(ROOT, 'dist/ops-controls/index.js');
const SHA = 'a'.repeat(40);

function write(dir, path, content) {
  mkdirSync(dirname(join(dir, path)), { recursive: true });
  writeFileSync(join(dir, path), content);
}

/** Source files, workflows, scripts and configs in the proportions of a mid-sized service repository. */
function syntheticRepo() {
  const dir = mkdtempSync(join(tmpdir(), 'bench-ops-'));
  const body = (i) => `// module ${i}\nexport function f${i}(x: number): number {\n${'  x = x * 3 + 1;\n'.repeat(40)}  return x;\n}\n`;
  let count = 0;
  for (let i = 0; i < 40; i++, count++) {
    write(dir, `.github/workflows/wf-${i}.yml`, `name: wf${i}\non: [push, pull_request]\npermissions:\n  contents: read\njobs:\n  test:\n    runs-on: ubuntu-latest\n    steps:\n      - uses: actions/checkout@${SHA}\n      - run: echo \${{ github.sha }}\n`);
  }
  for (let i = 0; i < 100; i++, count++) write(dir, `scripts/task-${i}.sh`, `#!/bin/sh\nset -eu\numask 077\necho "run ${i}" > out-${i}.log\n`);
  for (let i = 0; i < 60; i++, count++) write(dir, `config/service-${i}.yaml`, `name: service-${i}\nreplicas: ${i % 5}\n`);
  for (let i = 0; count < FILES; i++, count++) write(dir, `src/pkg-${i % 50}/module-${i}.ts`, body(i));
  const git = (...args) => execFileSync('git', ['-c', 'user.name=t', '-c', 'user.email=t@e', ...args], { cwd: dir, stdio: 'ignore' });
  git('init', '-q', '-b', 'main');
  git('add', '-A');
  git('commit', '-q', '-m', 'synthetic');
  return dir;
}

async function sample(workspace) {
  const times = [];
  let last;
  for (let i = 0; i < RUNS; i++) {
    const dir = mkdtempSync(join(OUT, 'ops-run-'));
    const files = {};
    for (const name of ['GITHUB_OUTPUT', 'GITHUB_STEP_SUMMARY']) {
      files[name] = join(dir, name);
      writeFileSync(files[name], '');
    }
    const env = { PATH: process.env.PATH, HOME: dir, RUNNER_TEMP: dir, GITHUB_WORKSPACE: workspace, ...files, 'INPUT_OUTPUT': join(dir, 'report.json'), 'INPUT_FAIL-ON': 'never', 'INPUT_UPLOAD-ARTIFACT': 'false' };
    last = await timeProcess(NODE, [main], { env, cwd: workspace });
    if (last.code !== 0) throw new Error(`ops-controls failed: ${last.stdout}${last.stderr}`);
    times.push(last.ms);
    rmSync(dir, { recursive: true, force: true });
  }
  const summary = /(\d+ passed, \d+ failed, \d+ warned, \d+ skipped)/.exec(last.stdout)?.[1] ?? '?';
  return { times, summary };
}

const synthetic = syntheticRepo();
try {
  const rows = [['repository', `median of ${RUNS}`, 'min', 'max', 'result']];
  for (const [label, workspace] of [['this repository', ROOT], [`synthetic, ${FILES} files`, synthetic]]) {
    const { times, summary } = await sample(workspace);
    rows.push([label, `${median(times).toFixed(0)} ms`, `${Math.min(...times).toFixed(0)}`, `${Math.max(...times).toFixed(0)}`, summary]);
  }
  table(rows);
} finally {
  rmSync(synthetic, { recursive: true, force: true });
}
