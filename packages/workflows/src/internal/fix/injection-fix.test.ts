import { findingAt, fixContext, lines, outcome } from './fix-test-support';
import { injectionFix } from './injection-fix';

const TITLE = 'env:\n  ISSUE_TITLE: ${{ github.event.issue.title }}';
const BODY = 'env:\n  ISSUE_BODY: ${{ github.event.issue.body }}';
const job = (...steps: string[]): string => lines('on: issues', 'jobs:', '  triage:', '    runs-on: ubuntu-latest', '    steps:', ...steps);

describe('injection fix (template-injection)', () => {
  test('each ${{ }} becomes the variable quoted for where it stands in a bash script; env: is added to the step', () => {
    const text = job(
      '      - run: |',
      '          echo ${{ github.event.issue.title }}',
      '          echo "Title: ${{ github.event.issue.title }}" # twice, one variable',
      "          echo '${{ github.event.issue.body }}' 'was: ${{ github.event.issue.title }}'",
      '          cat <<EOF',
      '          ${{ github.event.issue.body }}',
      '          EOF',
      '          # ${{ github.event.issue.title }}',
      '        shell: bash',
    );
    const ctx = fixContext(text);
    const plan = injectionFix(ctx, [
      findingAt('template-injection', 7, 16, TITLE),
      findingAt('template-injection', 8, 25, TITLE),
      findingAt('template-injection', 9, 20, BODY),
      findingAt('template-injection', 9, 58, TITLE),
      findingAt('template-injection', 11, 14, BODY),
      findingAt('template-injection', 13, 16, TITLE),
    ]);
    expect(outcome(ctx, plan)).toEqual({
      text: job(
        '      - run: |',
        '          echo "$ISSUE_TITLE"',
        '          echo "Title: ${ISSUE_TITLE}" # twice, one variable',
        `          echo "$ISSUE_BODY" 'was: '"$ISSUE_TITLE"''`,
        '          cat <<EOF',
        '          ${ISSUE_BODY}',
        '          EOF',
        '          # ${ISSUE_TITLE}',
        '        shell: bash',
        '        env:',
        '          ISSUE_TITLE: ${{ github.event.issue.title }}',
        '          ISSUE_BODY: ${{ github.event.issue.body }}',
      ),
      skipped: [],
    });
    expect(plan.fixed).toHaveLength(6);
  });

  test('a quoted heredoc and backquotes are left as they are', () => {
    const text = job('      - run: |', "          cat <<'EOF'", '          ${{ github.event.issue.body }}', '          EOF', '          echo `echo ${{ github.event.issue.title }}`');
    const ctx = fixContext(text);
    const plan = injectionFix(ctx, [findingAt('template-injection', 8, 11, BODY), findingAt('template-injection', 10, 22, TITLE)]);
    expect(outcome(ctx, plan)).toEqual({
      text,
      skipped: [
        "8:11 the expression is in a quoted heredoc, backquotes or $'…': it is not rewritten",
        "10:22 the expression is in a quoted heredoc, backquotes or $'…': it is not rewritten",
      ],
    });
  });

  test('quoted and plain YAML scalars are written back with their own escapes; an existing env: gets the variable', () => {
    const text = job(
      '      - run: "echo ${{ github.event.issue.title }}"',
      '        env: { A: b }',
      "      - run: 'echo ''${{ github.event.issue.body }}'''",
      '        env:',
      '          A: b',
      '      - run: echo ${{ github.event.issue.title }}',
      '      - run: ${{ github.event.issue.title }}',
    );
    const ctx = fixContext(text);
    const plan = injectionFix(ctx, [
      findingAt('template-injection', 6, 20, TITLE),
      findingAt('template-injection', 8, 22, BODY),
      findingAt('template-injection', 11, 19, TITLE),
      findingAt('template-injection', 12, 14, TITLE),
    ]);
    expect(outcome(ctx, plan)).toEqual({
      text: job(
        '      - run: "echo \\"$ISSUE_TITLE\\""',
        '        env: { A: b, ISSUE_TITLE: \'${{ github.event.issue.title }}\' }',
        "      - run: 'echo \"$ISSUE_BODY\"'",
        '        env:',
        '          A: b',
        '          ISSUE_BODY: ${{ github.event.issue.body }}',
        '      - run: echo "$ISSUE_TITLE"',
        '        env:',
        '          ISSUE_TITLE: ${{ github.event.issue.title }}',
        '      - run: ${{ github.event.issue.title }}',
      ),
      skipped: ['12:14 the script is a plain scalar that would start with a quote'],
    });
  });

  test('a name the step uses for another value is numbered; env.X becomes $X; no fix text: named after the context', () => {
    const text = job(
      '      - run: echo "$ISSUE_TITLE" ${{ github.event.issue.title }} ${{ env.NAME }} ${{ steps.meta.outputs.tag }}',
      '        env:',
      '          ISSUE_TITLE: fixed',
    );
    const ctx = fixContext(text);
    const plan = injectionFix(ctx, [
      findingAt('template-injection', 6, 37, TITLE),
      findingAt('template-injection', 6, 69, undefined, 'note'),
      findingAt('template-injection', 6, 86, undefined, 'warning'),
    ]);
    expect(outcome(ctx, plan).text).toBe(
      job(
        '      - run: echo "$ISSUE_TITLE" "$ISSUE_TITLE_2" "$NAME" "$STEPS_META_OUTPUTS_TAG"',
        '        env:',
        '          ISSUE_TITLE: fixed',
        '          ISSUE_TITLE_2: ${{ github.event.issue.title }}',
        '          STEPS_META_OUTPUTS_TAG: ${{ steps.meta.outputs.tag }}',
      ),
    );
  });

  test('github-script: a whole string literal becomes process.env.X, a template literal ${process.env.X}; pasted code only through toJSON', () => {
    const text = job(
      '      - uses: actions/github-script@v7',
      '        with:',
      '          script: |',
      "            core.info('${{ github.event.issue.title }}')",
      "            core.info('Title: ${{ github.event.issue.title }}!')",
      '            const body = `> ${{ github.event.issue.body }}`',
      '            const issue = ${{ toJSON(github.event.issue) }}',
      '            const n = ${{ github.event.issue.number }}',
    );
    const ctx = fixContext(text);
    const plan = injectionFix(ctx, [
      findingAt('template-injection', 9, 24, TITLE),
      findingAt('template-injection', 10, 31, TITLE),
      findingAt('template-injection', 11, 30, BODY),
      findingAt('template-injection', 12, 27, 'env:\n  ISSUE: ${{ toJSON(github.event.issue) }}'),
      findingAt('template-injection', 13, 23, undefined, 'note'),
    ]);
    expect(outcome(ctx, plan)).toEqual({
      text: job(
        '      - uses: actions/github-script@v7',
        '        with:',
        '          script: |',
        '            core.info(process.env.ISSUE_TITLE)',
        "            core.info('Title: ' + process.env.ISSUE_TITLE + '!')",
        '            const body = `> ${process.env.ISSUE_BODY}`',
        '            const issue = JSON.parse(process.env.ISSUE)',
        '            const n = ${{ github.event.issue.number }}',
        '        env:',
        '          ISSUE_TITLE: ${{ github.event.issue.title }}',
        '          ISSUE_BODY: ${{ github.event.issue.body }}',
        '          ISSUE: ${{ toJSON(github.event.issue) }}',
      ),
      skipped: ['13:23 the expression is pasted into the script as code, not as a string: as a variable it would be a string'],
    });
  });

  test('PowerShell reads $env:X (${env:X} in "…"); its literal strings, cmd and runners of unknown or mixed systems are left alone', () => {
    const text = lines(
      'on: issues',
      'jobs:',
      '  a:',
      '    runs-on: windows-latest',
      '    steps:',
      '      - run: |',
      '          Write-Output ${{ github.event.issue.title }}',
      '          Write-Output "Title: ${{ github.event.issue.title }}"',
      "          Write-Output '${{ github.event.issue.body }}'",
      "          Write-Output 'was: ${{ github.event.issue.title }}'",
      '      - run: echo ${{ github.event.issue.title }}',
      '        shell: cmd',
      '  b:',
      '    runs-on: ${{ inputs.os }}',
      '    steps:',
      '      - run: echo ${{ github.event.issue.title }}',
      '  c:',
      '    strategy: { matrix: { os: [ubuntu-latest, windows-latest] } }',
      '    runs-on: ${{ matrix.os }}',
      '    steps:',
      '      - run: echo ${{ github.event.issue.title }}',
    );
    const ctx = fixContext(text);
    const plan = injectionFix(ctx, [
      findingAt('template-injection', 7, 24, TITLE),
      findingAt('template-injection', 8, 32, TITLE),
      findingAt('template-injection', 9, 25, BODY),
      findingAt('template-injection', 10, 30, TITLE),
      findingAt('template-injection', 11, 19, TITLE),
      findingAt('template-injection', 16, 19, TITLE),
      findingAt('template-injection', 21, 19, TITLE),
    ]);
    expect(outcome(ctx, plan)).toEqual({
      text: text
        .replace('Write-Output ${{ github.event.issue.title }}', 'Write-Output $env:ISSUE_TITLE')
        .replace('"Title: ${{ github.event.issue.title }}"', '"Title: ${env:ISSUE_TITLE}"')
        .replace("'${{ github.event.issue.body }}'", '$env:ISSUE_BODY')
        .replace("          Write-Output 'was: ${{ github.event.issue.title }}'\n", "          Write-Output 'was: ${{ github.event.issue.title }}'\n        env:\n          ISSUE_TITLE: ${{ github.event.issue.title }}\n          ISSUE_BODY: ${{ github.event.issue.body }}\n"),
      skipped: [
        '10:30 the expression is inside a PowerShell literal string or $( ) in a string: it is not rewritten',
        '11:19 the step runs cmd, not bash, sh or PowerShell',
        "16:19 the runner's operating system, and so the default shell, is not known",
        "21:19 the runner's operating system, and so the default shell, is not known",
      ],
    });
    const action = lines('name: a', 'runs:', '  using: composite', '  steps:', '    - run: echo "${{ inputs.name }}"', '      shell: bash');
    const actx = fixContext(action, 'action.yml');
    expect(outcome(actx, injectionFix(actx, [findingAt('template-injection', 5, 20, 'env:\n  NAME: ${{ inputs.name }}')])).text).toBe(
      lines('name: a', 'runs:', '  using: composite', '  steps:', '    - run: echo "${NAME}"', '      shell: bash', '      env:', '        NAME: ${{ inputs.name }}'),
    );
  });
});
