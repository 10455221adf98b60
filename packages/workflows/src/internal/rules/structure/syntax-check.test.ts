import { analyzeWorkflows } from '../../../index';

const lines = (...l: string[]): string => `${l.join('\n')}\n`;
const check = (text: string, path = '.github/workflows/w.yml') =>
  analyzeWorkflows({ files: [{ path, text }], rules: ['syntax-check'] }).findings.map((f) => `${f.line}:${f.column}-${f.endColumn} ${f.severity} ${f.message}`);

describe('syntax-check', () => {
  test('unknown keys at every level, at the key, with the nearest known key', () => {
    const text = lines(
      'name: ci',
      'on:',
      '  push:',
      '    branch: main',
      '  schedule:',
      '    - cron: "0 0 * * *"',
      '      timezone: Europe/Paris',
      '      tz: UTC',
      'jobs:',
      '  test:',
      '    runs-on: ubuntu-latest',
      '    default:',
      '      run:',
      '        working-directory: x',
      '    strategy:',
      '      matrix: { os: [a] }',
      '      fail_fast: false',
      '    container:',
      '      image: node',
      '      credentials: { username: u, pass: p }',
      '    services:',
      '      db:',
      '        image: postgres',
      '        command: --fsync=off',
      '        healthcheck: x',
      '    steps:',
      '      - run: echo hello',
      '        Shell: bash',
      '      - parallel:',
      '          - run: a',
      '            wait-all: true',
      '            runs: b',
      'permission: {}',
    );
    expect(check(text)).toEqual([
      '4:5-11 error unexpected key "branch" in a "push" section; did you mean "branches"?',
      '8:7-9 error unexpected key "tz" in a "schedule" section; expected one of cron, timezone',
      '12:5-12 error unexpected key "default" in a "job" section; did you mean "defaults"?',
      '17:7-16 error unexpected key "fail_fast" in a "strategy" section; did you mean "fail-fast"?',
      '20:35-39 error unexpected key "pass" in a "credentials" section; expected one of username, password',
      '25:9-20 error unexpected key "healthcheck" in a "service" section; expected one of image, credentials, env, ports, volumes, options, command, entrypoint',
      '28:9-14 error unexpected key "Shell" in a "step" section; did you mean "shell"?',
      '32:13-17 error unexpected key "runs" in a "step" section; did you mean "run"?',
      '33:1-11 error unexpected key "permission" in a "workflow" section; did you mean "permissions"?',
    ]);
  });

  test('a workflow written to the reference, with anchors, merges, flow style and free maps, has none', () => {
    const text = lines(
      'name: ci',
      'run-name: ${{ github.actor }}',
      'on:',
      '  pull_request: { types: [opened], branches: [main], paths-ignore: [docs/**] }',
      '  workflow_dispatch:',
      '    inputs:',
      '      level: { type: choice, options: [a, b], default: a, description: d, required: true }',
      '  workflow_call:',
      '    inputs: { x: { type: string } }',
      '    outputs: { y: { value: "${{ jobs.a.outputs.z }}" } }',
      '    secrets: { token: { required: false } }',
      '  image_version: { names: [img], versions: ["1.*"] }',
      'defaults: { run: { shell: bash } }',
      'concurrency: { group: g, cancel-in-progress: false, queue: max }',
      'env: { ANY_NAME: 1 }',
      'x-common: &common',
      '  timeout-minutes: 5',
      'jobs:',
      '  a:',
      '    <<: *common',
      '    runs-on: { group: big, labels: [linux] }',
      '    environment: { name: prod, url: "https://x" }',
      '    outputs: { z: "1" }',
      '    steps:',
      '      - { run: make, id: m, background: true }',
      '      - wait: m',
      '  call:',
      '    uses: ./.github/workflows/r.yml',
      '    with: { a: 1 }',
      '    secrets: inherit',
      '    strategy: { matrix: { v: [1] } }',
    );
    // x-common is no workflow key: GitHub refuses it too.
    expect(check(text)).toEqual(['16:1-9 error unexpected key "x-common" in a "workflow" section; expected one of name, run-name, on, permissions, env, defaults, concurrency, jobs']);
  });

  test('a job is a reusable-workflow call or a job of steps, not both', () => {
    const text = lines(
      'on: push',
      'jobs:',
      '  call:',
      '    uses: o/r/.github/workflows/w.yml@v1',
      '    runs-on: ubuntu-latest',
      '    steps: [{ run: x }]',
      '  build:',
      '    runs-on: ubuntu-latest',
      '    with: { a: 1 }',
      '    steps: [{ run: x }]',
      '  empty:',
      '    name: nothing to run',
    );
    expect(check(text)).toEqual([
      '5:5-12 error "runs-on" is not available in job "call", which calls a reusable workflow (uses:); such a job takes only name, uses, with, secrets, strategy, needs, if, concurrency, permissions',
      '6:5-10 error "steps" is not available in job "call", which calls a reusable workflow (uses:); such a job takes only name, uses, with, secrets, strategy, needs, if, concurrency, permissions',
      '9:5-9 error "with" is only for a job that calls a reusable workflow with uses:, and job "build" does not',
      '11:3-8 error job "empty" has no "runs-on" and no "steps"; a job runs steps on a runner, or calls a reusable workflow with uses:',
    ]);
  });

  test('unknown events are left to the events rule; inline ignores apply', () => {
    const text = lines('on:', '  pullreq: { branch: x }', 'jobs:', '  a:', '    runs-on: x', '    steps: [{ run: x }]', '    timeout: 5 # mcp-secrets: ignore[syntax-check]');
    expect(check(text)).toEqual([]);
  });
});
