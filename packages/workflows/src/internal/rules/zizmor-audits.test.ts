import { analyzeWorkflows, parseWorkflowsConfig } from '../../index';
import { writes } from './github-env';
import { parseVersion } from './known-vulnerable-actions';

const lines = (...l: string[]): string => `${l.join('\n')}\n`;
const where = (text: string, rule: string, path = '.github/workflows/w.yml') =>
  analyzeWorkflows({ files: [{ path, text }], rules: [rule], config: parseWorkflowsConfig('c.yml', lines('workflows:', '  rules:', '    self-hosted-runner: note')) }).findings.map(
    (f) => `${f.line}:${f.column}-${f.endLine}:${f.endColumn} ${f.severity}`,
  );
const steps = (on: string, ...body: string[]) => lines(`on: ${on}`, 'jobs:', '  a:', '    runs-on: ubuntu-latest', '    steps:', ...body);

describe('insecure-commands', () => {
  test('at the env: of the workflow, a job and a run: step that turn it on; false and uses: steps are left alone', () => {
    const text = lines(
      'on: push',
      'env:',
      '  ACTIONS_ALLOW_UNSECURE_COMMANDS: true',
      'jobs:',
      '  a:',
      '    runs-on: x',
      '    env: { ACTIONS_ALLOW_UNSECURE_COMMANDS: "TRUE" }',
      '    steps:',
      '      - run: echo "::add-path::/x"',
      '        env:',
      '          ACTIONS_ALLOW_UNSECURE_COMMANDS: true',
      '      - uses: some/action@v1',
      '        env: { ACTIONS_ALLOW_UNSECURE_COMMANDS: true }',
      '      - run: echo',
      '        env: { ACTIONS_ALLOW_UNSECURE_COMMANDS: false }',
    );
    expect(where(text, 'insecure-commands')).toEqual(['2:1-3:40 error', '7:5-7:53 error', '10:9-11:48 error']);
  });
});

describe('unpinned-images', () => {
  test('no tag or latest, at image: (or the container: string); tags, digests and static matrix tags pass; docker:// steps are unpinned-uses\' to report', () => {
    const text = lines(
      'on: push',
      'jobs:',
      '  a:',
      '    runs-on: x',
      '    container: node',
      '    services:',
      '      db:',
      '        image: postgres:latest',
      '      cache:',
      '        image: redis:7',
      '    steps:',
      '      - uses: docker://alpine',
      '      - uses: docker://alpine:3.20',
      '  b:',
      '    runs-on: x',
      '    strategy:',
      '      matrix:',
      '        img: [debian, "ubuntu:24.04"]',
      '    container:',
      '      image: ${{ matrix.img }}',
      '  c:',
      '    runs-on: x',
      '    container:',
      '      image: ghcr.io/o/i@sha256:0123',
      '  d:',
      '    runs-on: x',
      '    container: ${{ inputs.image }}',
    );
    expect(where(text, 'unpinned-images')).toEqual(['5:5-5:20 error', '8:9-8:31 error', '20:7-20:31 error', '27:5-27:35 warning']);
  });
});

describe('hardcoded-container-credentials', () => {
  test('a written password, at credentials:, never echoing it; a secret passes', () => {
    const text = lines(
      'on: push',
      'jobs:',
      '  a:',
      '    runs-on: x',
      '    container:',
      '      image: r.example/i@sha256:00',
      '      credentials:',
      '        username: u',
      '        password: hunter2',
      '    services:',
      '      db:',
      '        image: r.example/db@sha256:00',
      '        credentials: { username: u, password: "${{ secrets.PW }}" }',
    );
    const findings = analyzeWorkflows({ files: [{ path: '.github/workflows/w.yml', text }], rules: ['hardcoded-container-credentials'] }).findings;
    expect(findings.map((f) => `${f.line}:${f.column}-${f.endLine}:${f.endColumn} ${f.severity}`)).toEqual(['7:7-9:26 error']);
    expect(findings[0].message).not.toContain('hunter2');
  });
});

describe('overprovisioned-secrets and unredacted-secrets', () => {
  test('at the ${{ }} anywhere in the file; named secrets pass', () => {
    const text = steps(
      'push',
      '      - run: ./deploy.sh',
      '        env:',
      "          ALL: ${{ toJSON(secrets) }}",
      "          SOME: ${{ secrets[format('K_{0}', matrix.env)] }} ${{ secrets['NAMED'] }} ${{ toJSON(secrets.ONE) }}",
      '          PASS: ${{ fromJSON(secrets.CREDS).password }}',
      '          OK: ${{ secrets.PASSWORD }}',
    );
    expect(where(text, 'overprovisioned-secrets')).toEqual(['8:16-8:38 warning', '9:17-9:60 warning']);
    expect(where(text, 'unredacted-secrets')).toEqual(['10:17-10:56 warning']);
  });
});

describe('bot-conditions', () => {
  test('github.actor == bot under pull_request_target, at the comparison; login checks and other triggers pass', () => {
    const body = [
      "    if: github.actor == 'dependabot[bot]'",
      '    steps:',
      "      - if: ${{ 'renovate[bot]' == github.triggering_actor && true }}",
      '        run: gh pr merge',
      "      - if: github.event.pull_request.user.login == 'dependabot[bot]'",
      '        run: gh pr merge',
    ];
    const text = lines('on: pull_request_target', 'jobs:', '  a:', '    runs-on: x', ...body);
    // At the comparison itself, inside the ${{ }} when fenced, as zizmor reports it.
    expect(where(text, 'bot-conditions')).toEqual(['5:9-5:42 error', '7:17-7:59 error']);
    expect(where(lines('on: pull_request', 'jobs:', '  a:', '    runs-on: x', ...body), 'bot-conditions')).toEqual([]);
  });
});

describe('bot-conditions, as zizmor documents it', () => {
  test('a job gated on the actor and the head repository: the actor comparison is flagged; checking who opened the pull request passes', () => {
    const before = lines(
      'on: pull_request_target',
      '',
      'jobs:',
      '  merge-bot-prs:',
      '    runs-on: ubuntu-latest',
      "    if: github.repository == github.event.pull_request.head.repo.full_name && github.actor == 'renovate[bot]'",
      '    steps:',
      '      - run: gh pr merge --auto --squash "$URL"',
      '        env:',
      '          URL: ${{ github.event.pull_request.html_url }}',
      "      - if: \"github.actor == 'renovate[bot]'\"",
      '        run: echo quoted',
    );
    expect(where(before, 'bot-conditions')).toEqual(['6:79-6:110 error', '11:14-11:45 error']);
    expect(where(before.replace(/github\.actor ==/g, 'github.event.pull_request.user.login =='), 'bot-conditions')).toEqual([]);
  });
});

describe('unsound-contains and unsound-condition', () => {
  test('contains() on a string, at the if: (error for values a pusher picks); fromJSON lists pass', () => {
    const text = steps(
      'push',
      "      - if: contains('refs/heads/main refs/heads/dev', github.ref) || contains('a b', runner.name)",
      '        run: deploy',
      "      - if: contains(fromJSON('[\"refs/heads/main\"]'), github.ref)",
      '        run: deploy',
    );
    expect(where(text, 'unsound-contains')).toEqual(['6:9-6:99 error', '6:9-6:99 note']);
  });

  test('a ${{ }} not spanning the whole if: value, at the if:; |- and bare expressions pass', () => {
    const text = steps(
      'push',
      '      - if: |',
      "          ${{ github.event_name == 'push' }}",
      '        run: a',
      '      - if: |-',
      "          ${{ github.event_name == 'push' }}",
      '        run: b',
      "      - if: github.event_name == 'push'",
      '        run: c',
      "      - if: ${{ false }} && true",
      '        run: d',
    );
    expect(where(text, 'unsound-condition')).toEqual(['6:9-7:45 error', '14:9-14:33 error']);
  });
});

describe('github-env', () => {
  test('each write of outside data under pull_request_target / workflow_run, at the run:; fixed echo and other triggers pass', () => {
    const body = [
      '      - run: |',
      '          echo "TITLE=$TITLE" >> $GITHUB_ENV',
      '          echo "fixed=1" >> "$GITHUB_ENV"',
      '          echo "${{ github.workspace }}/bin" >> ${GITHUB_PATH}',
      '          cat notes.txt | tee -a "$GITHUB_ENV"',
    ];
    expect(where(steps('pull_request_target', ...body), 'github-env')).toEqual(['6:9-10:47 error', '6:9-10:47 error']);
    expect(where(steps('push', ...body), 'github-env')).toEqual([]);
    expect(writes('echo ok; printf "%s" "$X" > $GITHUB_ENV && Add-Content -Path $env:GITHUB_PATH -Value $d')).toEqual(['GITHUB_ENV', 'GITHUB_PATH']);
  });
});

describe('cache-poisoning', () => {
  test('cache restores in release workflows and publishing jobs, at uses:; caching turned off and other workflows pass', () => {
    const release = steps(
      'release',
      '      - uses: actions/setup-node@v4',
      '        with: { package-manager-cache: false }',
      '      - uses: actions/setup-python@v5',
      '        with: { cache: pip }',
      '      - uses: Swatinem/rust-cache@v2',
      '        with: { lookup-only: true }',
      '      - uses: actions/setup-go@v5',
    );
    // setup-python's cache is turned on by an input: at with:; setup-go caches by default: at uses:.
    expect(where(release, 'cache-poisoning')).toEqual(['9:9-9:29 warning', '12:9-12:34 warning']);
    const tags = lines('on:', '  push:', '    tags: ["v*"]', 'jobs:', '  a:', '    runs-on: x', '    steps:', '      - uses: actions/cache@v4');
    expect(where(tags, 'cache-poisoning')).toEqual(['8:9-8:31 warning']);
    const publisher = steps('push', '      - uses: Swatinem/rust-cache@v2', '      - uses: pypa/gh-action-pypi-publish@release/v1');
    expect(where(publisher, 'cache-poisoning')).toEqual(['6:9-6:37 warning']);
    expect(where(steps('push', '      - uses: actions/setup-go@v5'), 'cache-poisoning')).toEqual([]);
  });

  test('setup-node caches only when told to (cache: or package-manager-cache: true), reported at that with:; an expression may turn it on', () => {
    const release = steps(
      'release',
      '      - uses: actions/setup-node@v6',
      '      - uses: actions/setup-node@v6',
      '        with:',
      '          cache: npm',
      '      - uses: actions/setup-node@v6',
      '        with: { package-manager-cache: true }',
      '      - uses: actions/setup-java@v5',
      '        with: { cache: "${{ inputs.cache }}" }',
      '      - uses: softprops/action-gh-release@v2',
    );
    expect(where(release, 'cache-poisoning')).toEqual(['8:9-9:21 warning', '11:9-11:46 warning', '13:9-13:47 warning']);
  });
});

describe('use-trusted-publishing', () => {
  test('stored tokens for indexes with Trusted Publishing, at uses: or the command; id-token: write and dry runs pass', () => {
    const text = steps(
      'push',
      '      - uses: pypa/gh-action-pypi-publish@release/v1',
      '        with: { password: "${{ secrets.PYPI }}" }',
      '      - uses: pypa/gh-action-pypi-publish@release/v1',
      '        with: { password: x, repository-url: https://pypi.example/ }',
      '      - run: |',
      '          cargo publish --token "$T"',
      '          npm publish --dry-run',
    );
    expect(where(text, 'use-trusted-publishing')).toEqual(['6:9-6:53 note', '11:11-11:37 note']);
    const oidc = lines('on: push', 'jobs:', '  a:', '    runs-on: x', '    permissions: { id-token: write }', '    steps:', '      - run: cargo publish');
    expect(where(oidc, 'use-trusted-publishing')).toEqual([]);
  });
});

describe('self-hosted-runner', () => {
  test('off by default; when on, at runs-on: for self-hosted, groups and expressions', () => {
    const text = lines(
      'on: push',
      'jobs:',
      '  a:',
      '    runs-on: [self-hosted, linux]',
      '  b:',
      '    runs-on: { group: big }',
      '  c:',
      '    runs-on: ${{ matrix.os }}',
      '  d:',
      '    runs-on: ubuntu-latest',
    );
    expect(analyzeWorkflows({ files: [{ path: '.github/workflows/w.yml', text }] }).findings.filter((f) => f.ruleId === 'self-hosted-runner')).toEqual([]);
    expect(where(text, 'self-hosted-runner')).toEqual(['4:5-4:34 note', '6:5-6:28 note', '8:5-8:30 note']);
  });
});

describe('obfuscation', () => {
  test('constant expressions at the constant part, odd uses: paths at uses:; real contexts pass', () => {
    const text = steps(
      'push',
      "      - run: echo ${{ format('{0}/{1}', 'octo', 'cat') }} ${{ github.ref == format('refs/{0}', 'x') }} ${{ github.sha }}",
      '      - uses: actions/cache/./save@v4',
      '      - uses: actions/cache/save@v4',
    );
    expect(where(text, 'obfuscation')).toEqual(['6:23-6:55 note', '6:77-6:100 note', '7:9-7:38 note']);
  });
});

describe('known-vulnerable-actions', () => {
  test('an exact version inside an advisory range, at uses:; fixed versions, major tags and SHAs pass', () => {
    const text = steps(
      'push',
      '      - uses: tj-actions/changed-files@v41.0.0',
      '      - uses: tj-actions/changed-files@v46.0.1',
      '      - uses: tj-actions/changed-files@v45',
      '      - uses: actions/download-artifact@4.1.2',
    );
    expect(where(text, 'known-vulnerable-actions')).toEqual(['6:9-6:47 error', '9:9-9:46 error']);
    expect(parseVersion('v4')).toBeUndefined();
    expect(parseVersion('1.2')).toEqual([1, 2, 0]);
  });
});
