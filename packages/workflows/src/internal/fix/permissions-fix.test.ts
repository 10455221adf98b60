import { findingAt, fixContext, lines, outcome } from './fix-test-support';
import { permissionsFix } from './permissions-fix';

const TOP_READ = 'permissions:\n  contents: read';
const jobBlock = (...scopes: string[]): string => ['    permissions:', ...scopes.map((s) => `      ${s}`)].join('\n');

describe('permissions fix', () => {
  test('a missing workflow block goes before jobs: (and its comments), a job block before steps:', () => {
    const text = lines(
      '# CI',
      'on: push # every push',
      '',
      '# the jobs',
      'jobs:',
      '  build:',
      '    runs-on: ubuntu-latest # hosted',
      '    # the steps',
      '    steps:',
      '      - uses: actions/checkout@v4',
    );
    const ctx = fixContext(text);
    const plan = permissionsFix(ctx, [findingAt('excessive-permissions', 1, 1, TOP_READ), findingAt('excessive-permissions', 6, 3, jobBlock('contents: read'))]);
    expect(outcome(ctx, plan)).toEqual({
      text: lines(
        '# CI',
        'on: push # every push',
        '',
        'permissions:',
        '  contents: read',
        '# the jobs',
        'jobs:',
        '  build:',
        '    runs-on: ubuntu-latest # hosted',
        '    permissions:',
        '      contents: read',
        '    # the steps',
        '    steps:',
        '      - uses: actions/checkout@v4',
      ),
      skipped: [],
    });
    expect(plan.fixed).toHaveLength(2);
  });

  test('write-all, a block and a flow mapping are replaced in their own style; a comment after write-all stays', () => {
    const text = lines(
      'on: push',
      'permissions: write-all # too broad',
      'jobs:',
      '  release:',
      '    runs-on: ubuntu-latest',
      '    permissions:',
      '      contents: write # tags',
      '      # packages too',
      '      packages: write',
      '    steps:',
      '      - uses: softprops/action-gh-release@v2',
      '  lint:',
      '    runs-on: ubuntu-latest',
      '    permissions: { contents: write, issues: write }',
      '    steps: [{ uses: actions/checkout@v4 }]',
    );
    const ctx = fixContext(text);
    const plan = permissionsFix(ctx, [
      findingAt('excessive-permissions', 2, 14, 'permissions: {}'),
      findingAt('unneeded-permissions', 9, 7, jobBlock('contents: write')),
      findingAt('unneeded-permissions', 14, 18, jobBlock('contents: read')),
    ]);
    expect(outcome(ctx, plan).text).toBe(
      lines(
        'on: push',
        'permissions: {} # too broad',
        'jobs:',
        '  release:',
        '    runs-on: ubuntu-latest',
        '    permissions:',
        '      contents: write',
        '    steps:',
        '      - uses: softprops/action-gh-release@v2',
        '  lint:',
        '    runs-on: ubuntu-latest',
        '    permissions: { contents: read }',
        '    steps: [{ uses: actions/checkout@v4 }]',
      ),
    );
  });

  test('proposals for one block meet, each scope at its lowest; CRLF line endings are kept', () => {
    const text = ['on: push', 'jobs:', '  a:', '    runs-on: x', '    permissions:', '      contents: write', '      issues: write', '    steps:', '      - uses: actions/checkout@v4', ''].join('\r\n');
    const ctx = fixContext(text);
    const plan = permissionsFix(ctx, [
      findingAt('unneeded-permissions', 6, 7, jobBlock('contents: read', 'issues: write')),
      findingAt('unneeded-permissions', 7, 7, jobBlock('contents: write', 'issues: read')),
    ]);
    expect(outcome(ctx, plan).text).toBe(['on: push', 'jobs:', '  a:', '    runs-on: x', '    permissions:', '      contents: read', '      issues: read', '    steps:', '      - uses: actions/checkout@v4', ''].join('\r\n'));
  });

  test('the workflow block inherited by a job of unknown steps, or a block that drops a need, is not written', () => {
    const text = lines(
      'on: push',
      'permissions:',
      '  contents: write',
      'jobs:',
      '  publish:',
      '    runs-on: x',
      '    steps:',
      '      - uses: some/unknown-action@v1',
      '  release:',
      '    runs-on: x',
      '    permissions:',
      '      contents: write',
      '    steps:',
      '      - uses: softprops/action-gh-release@v2',
    );
    const ctx = fixContext(text);
    const plan = permissionsFix(ctx, [findingAt('excessive-permissions', 3, 3, 'permissions: {}'), findingAt('unneeded-permissions', 12, 7, jobBlock('contents: read'))]);
    expect(outcome(ctx, plan)).toEqual({
      text,
      skipped: [
        "3:3 job publish runs some/unknown-action@v1, which the knowledge base does not know: its contents: write is kept",
        '12:7 job release needs contents: write (softprops/action-gh-release), which the proposed block does not grant',
      ],
    });
  });

  test('a job that gets the default token today keeps it when a step is unknown', () => {
    const text = lines('on: push', 'jobs:', '  a:', '    runs-on: x', '    steps:', '      - uses: some/unknown-action@v1');
    const ctx = fixContext(text);
    const plan = permissionsFix(ctx, [findingAt('excessive-permissions', 3, 3, jobBlock('contents: read'))]);
    expect(outcome(ctx, plan).skipped).toEqual([
      "3:3 job a runs some/unknown-action@v1, which the knowledge base does not know: it gets the repository's default token today, and a block could take away what it uses",
    ]);
  });

  test('a block shared through an anchor, or a finding without a proposed block, is left alone', () => {
    const text = lines(
      'on: push',
      'jobs:',
      '  a:',
      '    runs-on: x',
      '    permissions: &perms',
      '      contents: write',
      '    steps: [{ uses: actions/checkout@v4 }]',
      '  b:',
      '    runs-on: x',
      '    permissions: *perms',
      '    steps: [{ uses: actions/checkout@v4 }]',
    );
    const ctx = fixContext(text);
    const plan = permissionsFix(ctx, [findingAt('unneeded-permissions', 6, 7, jobBlock('contents: read')), findingAt('unneeded-permissions', 10, 5)]);
    expect(outcome(ctx, plan)).toEqual({
      text,
      skipped: ['10:5 no permissions: block was proposed for it', '6:7 permissions: is shared through a YAML anchor, so the change would apply elsewhere too'],
    });
  });
});
