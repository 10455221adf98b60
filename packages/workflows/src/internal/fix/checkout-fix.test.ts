import { checkoutFix } from './checkout-fix';
import { findingAt, fixContext, lines, outcome } from './fix-test-support';

const FIX = 'with:\n  persist-credentials: false';
const job = (...steps: string[]): string => lines('on: push', 'jobs:', '  build:', '    runs-on: ubuntu-latest', '    steps:', ...steps);

describe('checkout fix (artipacked)', () => {
  test('with: is created after uses: (its comment kept), or the key added to the with: there is, block or flow', () => {
    const text = job(
      '      - uses: actions/checkout@v4 # v4.2.2',
      '        name: checkout',
      '      - uses: actions/checkout@v4',
      '        with:',
      '          fetch-depth: 0',
      '      - { uses: actions/checkout@v4, with: { path: src } }',
      '      - uses: actions/upload-artifact@v4',
      '        with: { path: . }',
    );
    const ctx = fixContext(text);
    const plan = checkoutFix(ctx, [findingAt('artipacked', 6, 9, FIX), findingAt('artipacked', 8, 9, FIX), findingAt('artipacked', 11, 9, FIX), findingAt('artipacked', 11, 9, FIX)]);
    expect(outcome(ctx, plan)).toEqual({
      text: job(
        '      - uses: actions/checkout@v4 # v4.2.2',
        '        with:',
        '          persist-credentials: false',
        '        name: checkout',
        '      - uses: actions/checkout@v4',
        '        with:',
        '          fetch-depth: 0',
        '          persist-credentials: false',
        '      - { uses: actions/checkout@v4, with: { path: src, persist-credentials: false } }',
        '      - uses: actions/upload-artifact@v4',
        '        with: { path: . }',
      ),
      skipped: [],
    });
    // The same checkout twice (zizmor pairs it with each upload) is one edit, both fixed.
    expect(plan.fixed).toHaveLength(4);
  });

  test('not written when a later step pushes, fetches or uses an action that does', () => {
    const text = job(
      '      - uses: actions/checkout@v4',
      '      - run: |',
      '          git commit -am "bump"',
      '          git -C repo push origin HEAD',
      '  tag:',
      '    runs-on: ubuntu-latest',
      '    steps:',
      '      - uses: actions/checkout@v4',
      '      - uses: stefanzweifel/git-auto-commit-action@v5',
      '  build2:',
      '    runs-on: ubuntu-latest',
      '    steps:',
      '      - uses: actions/checkout@v4',
      '      - run: git log -1 && make',
    );
    const ctx = fixContext(text);
    const plan = checkoutFix(ctx, [findingAt('artipacked', 6, 9, FIX), findingAt('artipacked', 13, 9, FIX), findingAt('artipacked', 18, 9, FIX)]);
    expect(outcome(ctx, plan).skipped).toEqual([
      '6:9 step 2 (line 7) reaches the remote with git, which needs the persisted credentials',
      '13:9 step 2 (line 14) reaches the remote with git, which needs the persisted credentials',
    ]);
    expect(outcome(ctx, plan).text).toContain('      - uses: actions/checkout@v4\n        with:\n          persist-credentials: false\n      - run: git log -1 && make\n');
  });

  test('a checkout repeated through an alias, or a finding that is no checkout, is left alone', () => {
    const text = job('      - &co', '        uses: actions/checkout@v4', '      - *co', '      - run: make');
    const ctx = fixContext(text);
    const plan = checkoutFix(ctx, [findingAt('artipacked', 7, 9, FIX), findingAt('artipacked', 9, 9, FIX)]);
    expect(outcome(ctx, plan)).toEqual({
      text,
      skipped: ['7:9 the mapping is shared through a YAML anchor, so the change would apply elsewhere too', '9:9 no actions/checkout step found at the finding'],
    });
  });
});
