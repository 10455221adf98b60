import { analyzeWorkflows, parseWorkflowsConfig } from '../../index';
import type { WorkflowsConfig } from '../../index';

const lines = (...l: string[]): string => `${l.join('\n')}\n`;
const run = (text: string, rule: string, config?: WorkflowsConfig) =>
  analyzeWorkflows({ files: [{ path: '.github/workflows/w.yml', text }], rules: [rule], config }).findings;
const where = (text: string, rule: string, config?: WorkflowsConfig) =>
  run(text, rule, config).map((f) => `${f.line}:${f.column} ${f.severity}`);

describe('excessive-permissions (zizmor\'s audit, at zizmor\'s locations)', () => {
  test("the document's finding is at its first key, after a licence header, blank lines and ---, as zizmor spans the document", () => {
    const text = lines('# Copyright header', '#', '', '---', 'on: push', 'jobs:', '  a:', '    runs-on: x', '    steps: [{ run: make }]', '  b:', '    runs-on: x', '    steps: [{ run: make }]');
    expect(where(text, 'excessive-permissions')).toEqual(['5:1 warning', '7:3 warning', '10:3 warning']);
  });

  test("zizmor's documented example: a top-level id-token: write one of two jobs needs is an error at the scope; moved into that job, nothing", () => {
    const before = lines(
      'on:',
      '  release:',
      '    types:',
      '      - published',
      '',
      'name: release',
      '',
      'permissions:',
      '  id-token: write # trusted publishing',
      '',
      'jobs:',
      '  build:',
      '    runs-on: ubuntu-latest',
      '    steps:',
      '      - run: python -m build',
      '',
      '  publish:',
      '    runs-on: ubuntu-latest',
      '    needs: [build]',
      '',
      '    steps:',
      '      - name: publish',
      '        uses: pypa/gh-action-pypi-publish@0123456789abcdef0123456789abcdef01234567',
    );
    expect(where(before, 'excessive-permissions')).toEqual(['9:3 error']);
    const after = before
      .replace('permissions:\n  id-token: write # trusted publishing\n', 'permissions: {}\n')
      .replace('    needs: [build]\n', '    needs: [build]\n    permissions:\n      id-token: write # trusted publishing\n');
    expect(where(after, 'excessive-permissions')).toEqual([]);
  });

  test('no block anywhere: at the document when several jobs inherit the default token, and at each job; fixes from the knowledge base', () => {
    const text = lines(
      'on: push',
      'jobs:',
      '  build:',
      '    runs-on: ubuntu-latest',
      '    steps:',
      '      - uses: actions/checkout@v4',
      '      - run: make',
      '  release:',
      '    runs-on: ubuntu-latest',
      '    steps:',
      '      - uses: softprops/action-gh-release@v2',
      '      - uses: actions/deploy-pages@v4',
    );
    const findings = run(text, 'excessive-permissions');
    expect(findings.map((f) => `${f.line}:${f.column} ${f.severity}`)).toEqual(['1:1 warning', '3:3 warning', '8:3 warning']);
    expect(findings[0].message).toContain('every job');
    expect(findings[0].fix).toBe(
      lines('permissions:', '  contents: read', '', 'jobs:', '  release:', '    permissions:', '      contents: write', '      id-token: write', '      pages: write').trimEnd(),
    );
    expect(findings[1].fix).toBe('    permissions:\n      contents: read');
    expect(findings[2].fix).toBe('    permissions:\n      contents: write\n      id-token: write\n      pages: write');
  });

  test('a single job, or jobs that all have a block, leave the document alone (zizmor-pedantic)', () => {
    const bare = lines('on: push', 'jobs:', '  lint:', '    runs-on: x', '    steps:', '      - run: echo');
    expect(run(bare, 'excessive-permissions').map((f) => `${f.line}:${f.column} ${f.fix}`)).toEqual(['3:3     permissions: {}']);
    const declared = lines('on: push', 'jobs:', '  lint:', '    permissions:', '      contents: read', '    runs-on: x', '    steps:', '      - uses: actions/checkout@v4');
    expect(where(declared, 'excessive-permissions')).toEqual([]);
    const single = lines('on: push', 'permissions:', '  contents: write', 'jobs:', '  a:', '    runs-on: x', '    steps: [{run: make}]');
    expect(where(single, 'excessive-permissions')).toEqual([]);
  });

  test('a reusable workflow: only its jobs that call another workflow (they hand the token on)', () => {
    const text = lines('on: workflow_call', 'jobs:', '  a:', '    runs-on: x', '    steps: [{run: make}]', '  b:', '    uses: ./.github/workflows/other.yml');
    expect(where(text, 'excessive-permissions')).toEqual(['6:3 warning']);
  });

  test('write-all and read-all at their permissions key, top level and job', () => {
    const text = lines(
      'on: push',
      'permissions: write-all',
      'jobs:',
      '  a:',
      '    runs-on: x',
      '    steps: [{run: make}]',
      '  b:',
      '    permissions: read-all',
      '    runs-on: x',
      '    steps: [{run: make}]',
    );
    const findings = run(text, 'excessive-permissions');
    expect(findings.map((f) => `${f.line}:${f.column}-${f.endLine}:${f.endColumn} ${f.severity}`)).toEqual(['2:1-2:23 error', '8:5-8:26 warning']);
    expect(findings[0].fix).toBe('permissions: {}');
  });

  test('each top-level write at its scope, graded as zizmor grades the scope when a job provably does not need it', () => {
    const text = lines(
      'on: push',
      'permissions:',
      '  contents: write',
      '  checks: write',
      '  statuses: write',
      '  issues: read',
      '  bogus: write',
      'jobs:',
      '  a:',
      '    runs-on: x',
      '    steps:',
      '      - uses: softprops/action-gh-release@v2',
      '  b:',
      '    runs-on: x',
      '    steps:',
      '      - run: make',
    );
    const findings = run(text, 'excessive-permissions');
    expect(findings.map((f) => `${f.line}:${f.column} ${f.severity}`)).toEqual(['3:3 error', '4:3 warning', '5:3 note', '7:3 note']);
    expect(findings[0].message).toBe('contents: write at the top level applies to every job (job b does not need it; job a needs it); grant it in the jobs that need it');
    expect(findings[1].message).toContain('jobs a, b do not need it');
    expect(findings[0].fix).toBe('permissions: {}\n\njobs:\n  a:\n    permissions:\n      contents: write');
  });

  test('an action the knowledge base does not know: a note that we cannot tell, and a fix that keeps what it has', () => {
    const text = lines(
      'on: push',
      'permissions:',
      '  contents: write',
      'jobs:',
      '  a:',
      '    runs-on: x',
      '    steps:',
      '      - uses: someone/custom-action@v1',
      '  b:',
      '    runs-on: x',
      '    steps:',
      '      - uses: someone/other@v1',
    );
    const findings = run(text, 'excessive-permissions');
    expect(findings.map((f) => `${f.line}:${f.column} ${f.severity}`)).toEqual(['3:3 note']);
    expect(findings[0].message).toBe(
      'contents: write at the top level applies to every job (cannot tell whether job a (someone/custom-action@v1), job b (someone/other@v1) need contents: write); grant it in the jobs that need it once known',
    );
    expect(findings[0].fix).toBe('permissions: {}\n\njobs:\n  a:\n    permissions:\n      contents: write\n  b:\n    permissions:\n      contents: write');
    // One job provably without the need: zizmor's grade again, the unknown job keeping its write.
    const mixed = text.replace('someone/other@v1', 'actions/checkout@v4');
    const graded = run(mixed, 'excessive-permissions');
    expect(graded.map((f) => `${f.line}:${f.column} ${f.severity}`)).toEqual(['3:3 error']);
    expect(graded[0].message).toContain('job b does not need it; cannot tell whether job a (someone/custom-action@v1) needs contents: write');
    expect(graded[0].fix).toBe('permissions:\n  contents: read\n\njobs:\n  a:\n    permissions:\n      contents: write');
  });

  test('with the default token, no fix is proposed for a job with an unknown step: its needs cannot be known', () => {
    const text = lines('on: push', 'jobs:', '  a:', '    runs-on: x', '    steps: [{uses: someone/custom-action@v1}]', '  b:', '    runs-on: x', '    steps: [{run: make}]');
    const findings = run(text, 'excessive-permissions');
    expect(findings.map((f) => `${f.line}:${f.column} ${f.fix ?? 'no fix'}`)).toEqual(['1:1 no fix', '3:3 no fix', '6:3     permissions: {}']);
    expect(findings[1].message).toContain('add what someone/custom-action@v1 needs');
  });

  test('the config accepts top-level writes', () => {
    const text = lines('on: push', 'permissions:', '  contents: write', 'jobs:', '  a:', '    runs-on: x', '    steps: [{run: make}]', '  b:', '    runs-on: x', '    steps: [{run: make}]');
    expect(where(text, 'excessive-permissions')).toEqual(['3:3 error']);
    const config = parseWorkflowsConfig('c.yml', lines('workflows:', '  allowed-write-permissions:', '    w.yml:', '      "*": [contents]'));
    expect(where(text, 'excessive-permissions', config)).toEqual([]);
  });
});

describe('unneeded-permissions', () => {
  test('a job-level write no step needs: a warning with the fix when every step is known, a note without one otherwise', () => {
    const text = lines(
      'on: push',
      'permissions: {}',
      'jobs:',
      '  known:',
      '    permissions:',
      '      contents: read',
      '      pull-requests: write',
      '    runs-on: x',
      '    steps:',
      '      - uses: actions/checkout@v4',
      '  unknown:',
      '    permissions:',
      '      contents: write',
      '      issues: write',
      '    runs-on: x',
      '    steps:',
      '      - uses: someone/custom-action@v1',
      '  needed:',
      '    permissions:',
      '      contents: write',
      '      pull-requests: write',
      '    runs-on: x',
      '    steps:',
      '      - uses: peter-evans/create-pull-request@v7',
    );
    const findings = run(text, 'unneeded-permissions');
    expect(findings.map((f) => `${f.line}:${f.column} ${f.severity}`)).toEqual(['7:7 warning', '13:7 note', '14:7 note']);
    expect(findings[0].fix).toBe('    permissions:\n      contents: read');
    expect(findings[1].message).toBe('job unknown: cannot tell whether job unknown (someone/custom-action@v1) needs contents: write');
    expect(findings[1].fix).toBeUndefined();
  });

  test('a single job\'s top-level write, where excessive-permissions is silent', () => {
    const text = lines('on: push', 'permissions:', '  contents: write', '  packages: write', 'jobs:', '  a:', '    runs-on: x', '    steps:', '      - uses: softprops/action-gh-release@v2');
    const findings = run(text, 'unneeded-permissions');
    expect(findings.map((f) => `${f.line}:${f.column} ${f.severity}`)).toEqual(['4:3 warning']);
    expect(findings[0].fix).toBe('permissions: {}\n\njobs:\n  a:\n    permissions:\n      contents: write');
  });

  test('a single job under top-level write-all: a warning with the block it needs', () => {
    const text = lines('on: push', 'permissions: write-all', 'jobs:', '  a:', '    runs-on: x', '    steps:', '      - uses: actions/checkout@v4');
    const findings = run(text, 'unneeded-permissions');
    expect(findings.map((f) => `${f.line}:${f.column}-${f.endLine}:${f.endColumn} ${f.severity}`)).toEqual(['2:1-2:23 warning']);
    expect(findings[0].fix).toBe('permissions:\n  contents: read');
    expect(run(text.replace('write-all', 'read-all'), 'unneeded-permissions')).toEqual([]);
  });

  test('gh, git push and github-script needs are recognised', () => {
    const text = lines(
      'on: pull_request',
      'permissions: {}',
      'jobs:',
      '  comment:',
      '    permissions:',
      '      pull-requests: write',
      '      contents: write',
      '      issues: write',
      '    runs-on: x',
      '    steps:',
      '      - uses: actions/checkout@v4',
      '      - run: gh pr comment 1 --body hi && git push origin HEAD',
      '        env:',
      '          GH_TOKEN: ${{ github.token }}',
      '      - uses: actions/github-script@v7',
      '        with:',
      '          script: await github.rest.issues.addLabels({})',
    );
    expect(where(text, 'unneeded-permissions')).toEqual([]);
  });

  test('the config accepts writes per workflow and job', () => {
    const text = lines('on: push', 'permissions:', '  contents: write', 'jobs:', '  a:', '    permissions:', '      packages: write', '    runs-on: x', '    steps: [{run: make}]');
    expect(where(text, 'unneeded-permissions')).toEqual(['7:7 warning']);
    const config = parseWorkflowsConfig('c.yml', lines('workflows:', '  allowed-write-permissions:', '    w.yml:', '      a: [packages]'));
    expect(where(text, 'unneeded-permissions', config)).toEqual([]);
  });
});

describe('invalid-permissions', () => {
  test('unknown scopes, wrong levels and bad values; valid blocks pass', () => {
    const text = lines(
      'on: push',
      'permissions:',
      '  content: read',
      '  id-token: read',
      '  models: write',
      '  vulnerability-alerts: write',
      '  contents: admin',
      '  copilot-requests: write',
      'jobs:',
      '  a:',
      '    permissions: read',
      '    runs-on: x',
      '    steps: [{run: make}]',
      '  b:',
      '    permissions: { id-token: write, models: read, attestations: write, artifact-metadata: read, code-quality: none }',
      '    runs-on: x',
      '    steps: [{run: make}]',
    );
    const findings = run(text, 'invalid-permissions');
    expect(findings.map((f) => `${f.line}:${f.column}`)).toEqual(['3:3', '4:13', '5:11', '6:25', '7:13', '11:18']);
    expect(findings[1].message).toBe('id-token takes write or none, not "read"');
    expect(findings[5].message).toContain('job a');
  });
});

describe('undeclared-permissions', () => {
  test('a write a step needs and the block lacks is a warning at the step; a missing read is a note', () => {
    const text = lines(
      'on: push',
      'permissions:',
      '  contents: read',
      'jobs:',
      '  scan:',
      '    runs-on: x',
      '    steps:',
      '      - uses: actions/checkout@v4',
      '      - uses: github/codeql-action/upload-sarif@v3',
      '  deploy:',
      '    permissions: {}',
      '    runs-on: x',
      '    steps:',
      '      - uses: actions/checkout@v4',
      '      - uses: aws-actions/configure-aws-credentials@v4',
      '        with:',
      '          role-to-assume: arn:aws:iam::1:role/x',
    );
    const findings = run(text, 'undeclared-permissions');
    expect(findings.map((f) => `${f.line}:${f.column} ${f.severity}`)).toEqual(['9:15 warning', '14:15 note', '15:15 warning']);
    expect(findings[0].message).toBe(
      'github/codeql-action/upload-sarif needs security-events: write, but the workflow grants security-events: none; add it to job scan\'s permissions',
    );
    expect(findings[0].fix).toBe('    permissions:\n      contents: read\n      security-events: write');
    expect(findings[2].fix).toBe('    permissions:\n      contents: read\n      id-token: write');
  });

  test('no finding without any block, with keys instead of OIDC, with another token, or when pull-requests covers issues', () => {
    const text = lines(
      'on: push',
      'permissions:',
      '  pull-requests: write',
      'jobs:',
      '  a:',
      '    runs-on: x',
      '    steps:',
      '      - uses: aws-actions/configure-aws-credentials@v4',
      '        with: { aws-access-key-id: x, role-to-assume: y }',
      '      - uses: peter-evans/create-pull-request@v7',
      '        with: { token: "${{ secrets.PAT }}" }',
      '      - run: gh pr comment 1 --body x; gh label create y',
      '        env: { GH_TOKEN: "${{ secrets.GITHUB_TOKEN }}" }',
    );
    expect(where(text, 'undeclared-permissions')).toEqual([]);
    const none = lines('on: push', 'jobs:', '  a:', '    runs-on: x', '    steps:', '      - uses: github/codeql-action/upload-sarif@v3');
    expect(where(none, 'undeclared-permissions')).toEqual([]);
  });

  test('OIDC: vault-action with jwt, this suite\'s sync with jwt, core.getIDToken', () => {
    const text = lines(
      'on: push',
      'permissions:',
      '  contents: read',
      'jobs:',
      '  a:',
      '    runs-on: x',
      '    steps:',
      '      - uses: hashicorp/vault-action@v3',
      '        with: { method: jwt, role: ci }',
      '      - uses: my-org/mcp-secrets/sync@v1',
      '        with: { vault-auth-method: jwt }',
      '      - uses: actions/github-script@v7',
      '        with:',
      '          script: const t = await core.getIDToken("aud")',
      '      - uses: my-org/mcp-secrets/sync@v1',
      '        with: { vault-auth-method: approle }',
    );
    expect(where(text, 'undeclared-permissions')).toEqual(['8:15 warning']);
    expect(run(text, 'undeclared-permissions')[0].message).toContain('hashicorp/vault-action needs id-token: write');
  });
});

describe('local reusable workflows', () => {
  const callee = lines(
    'on: workflow_call',
    'permissions: {}',
    'jobs:',
    '  publish:',
    '    permissions:',
    '      contents: read',
    '      packages: write',
    '    runs-on: x',
    '    steps: [{uses: actions/checkout@v4}]',
  );
  const bareCallee = lines('on: workflow_call', 'jobs:', '  rel:', '    runs-on: x', '    steps: [{uses: softprops/action-gh-release@v2}]');
  const caller = lines(
    'on: push',
    'permissions:',
    '  contents: read',
    'jobs:',
    '  call:',
    '    uses: ./.github/workflows/publish.yml',
    '  call2:',
    '    permissions:',
    '      contents: write',
    '      issues: write',
    '    uses: ./.github/workflows/release.yml',
    '  remote:',
    '    permissions:',
    '      contents: write',
    '    uses: org/repo/.github/workflows/x.yml@0123456789012345678901234567890123456789',
  );
  const files = [
    { path: '.github/workflows/ci.yml', text: caller },
    { path: '.github/workflows/publish.yml', text: callee },
    { path: '.github/workflows/release.yml', text: bareCallee },
  ];

  test('what the called workflow requests, the caller must grant: an error at the call', () => {
    const findings = analyzeWorkflows({ files, rules: ['undeclared-permissions'] }).findings;
    expect(findings.map((f) => `${f.file} ${f.line}:${f.column} ${f.severity}`)).toEqual(['.github/workflows/ci.yml 6:11 error']);
    expect(findings[0].message).toContain('./.github/workflows/publish.yml (job publish requests it) packages: write');
    expect(findings[0].fix).toBe('    permissions:\n      contents: read\n      packages: write');
  });

  test('the called workflow\'s steps decide which caller writes are needed; a remote call cannot be judged', () => {
    const findings = analyzeWorkflows({ files: [files[0], files[2]], rules: ['excessive-permissions', 'unneeded-permissions'] }).findings;
    expect(findings.map((f) => `${f.file} ${f.line}:${f.column} ${f.severity} ${f.message.slice(0, 48)}`)).toEqual([
      '.github/workflows/ci.yml 10:7 warning job call2: no step needs issues: write',
      '.github/workflows/ci.yml 14:7 note job remote: cannot tell whether job remote (the ',
    ]);
  });
});
