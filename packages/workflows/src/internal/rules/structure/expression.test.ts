import { analyzeWorkflows } from '../../../index';

const lines = (...l: string[]): string => `${l.join('\n')}\n`;
const check = (text: string) =>
  analyzeWorkflows({ files: [{ path: '.github/workflows/w.yml', text }], rules: ['expression'] }).findings.map((f) => `${f.line}:${f.column}-${f.endColumn} ${f.severity} ${f.message}`);
const steps = (...s: string[]): string => lines('on: push', 'jobs:', '  test:', '    runs-on: ubuntu-latest', '    steps:', ...s);

describe('expression: syntax', () => {
  test('malformed expressions, at the token at fault', () => {
    const text = steps(
      `      - run: echo '\${{ "hello" }}'`,
      "      - run: echo '${{ 1 + 1 }}'",
      `      - run: echo "\${{ toJSON(hashFiles('**/lock') }}"`,
      "      - run: echo '${{ github.event. }}'",
      "      - run: echo '${{ }}' and ${{ github.sha",
      "        if: github.ref = 'main'",
      "      - if: ${{ 'it''s' == 'it''s' }}",
      "        run: echo ${{ format('{{0}} }}', github.sha) }}",
    );
    expect(check(text)).toEqual([
      '6:24-25 error invalid expression: unexpected character """; strings take single quotes',
      '7:26-27 error invalid expression: unexpected character "+"',
      '8:52-53 error invalid expression: the expression ends where ")" is expected',
      '9:38-39 error invalid expression: the expression ends where a property name or * after "." is expected',
      '10:20-26 error invalid expression: nothing between ${{ and }}',
      '10:32-35 error "${{" is not closed by "}}"; GitHub refuses the workflow',
      '11:24-25 error invalid expression: unexpected character "="; compare with ==',
    ]);
  });

  test('expressions in quoted scalars and block scalars are read from the value, located in the source', () => {
    const text = steps(
      "      - if: '${{ github.ref == ''refs/heads/main'' }}'",
      '        run: "echo ${{ github.event.number + 1 }}"',
      '      - run: |',
      '          echo one',
      '          echo ${{ matrix.os',
      '            && startWith(github.ref, 1) }}',
      "        env: { A: '${{ secrets.TOKEN }} ${{ 0xff }} ${{ -2.99e-2 }} ${{ github.event.commits[0].message }}' }",
    );
    expect(check(text)).toEqual([
      '7:44-45 error invalid expression: unexpected character "+"',
      // A multi-line expression is indented in the source unlike its value: reported at its ${{ }}.
      '10:16-43 error "startWith" is not a function of GitHub\'s expressions; did you mean "startsWith"?',
      '10:16-43 warning matrix.os is empty: job "test" has no strategy.matrix',
    ]);
  });

  test('unknown contexts and functions are errors; every documented one passes', () => {
    const text = steps(
      "      - run: echo ${{ unknown_context.x }} ${{ secret.TOKEN }} ${{ fromJson(env.X).a }} ${{ case(true, 'a', 'b') }}",
      '        if: ${{ !cancelled() && (success() || failure()) && always() && contains(github.event.*.labels, vars.X) }}',
      "        env: { A: \"${{ hashFiles('a', 'b') }}${{ join(inputs.list, ', ') }}${{ endsWith(runner.os, 'x') }}${{ strategy.job-index }}${{ job.status }}\" }",
    );
    expect(check(text)).toEqual([
      '6:23-38 error "unknown_context" is not a context (contexts: github, env, vars, job, jobs, steps, runner, secrets, strategy, matrix, needs, inputs)',
      '6:48-54 error "secret" is not a context; did you mean "secrets"?',
    ]);
  });
});

describe('expression: matrix, steps and needs', () => {
  test('matrix keys the job does not have, at the read', () => {
    const text = lines(
      'on: push',
      'jobs:',
      '  test:',
      '    outputs: { m: "{}" }',
      '    strategy:',
      '      matrix:',
      '        os: [ubuntu-latest]',
      '        include: [{ node: 20 }]',
      '        exclude: [{ os: x, arch: y }]',
      '    runs-on: ${{ matrix.os }}',
      '    name: ${{ matrix.node }} ${{ matrix.platfom }} ${{ matrix.arch }} ${{ matrix[inputs.key] }}',
      '    steps: [{ run: "echo ${{ matrix.OS }}" }]',
      '  dynamic:',
      '    needs: test',
      '    strategy: { matrix: "${{ fromJSON(needs.test.outputs.m) }}" }',
      '    runs-on: ${{ matrix.anything }}',
      '    steps: [{ run: x }]',
      '  includes:',
      '    strategy: { matrix: { include: "${{ fromJSON(inputs.m) }}" } }',
      '    runs-on: ${{ matrix.anything }}',
      '    steps: [{ run: x }]',
    );
    expect(check(text)).toEqual([
      '11:34-48 warning matrix.platfom is empty: the matrix of job "test" has os, node',
      '11:56-67 warning matrix.arch is empty: the matrix of job "test" has os, node',
    ]);
  });

  test('steps read before they run or never defined; outputs and environment see every step', () => {
    const text = lines(
      'on: push',
      'jobs:',
      '  test:',
      '    runs-on: ubuntu-latest',
      '    outputs: { v: "${{ steps.get.outputs.v }}", w: "${{ steps.gte.outputs.v }}" }',
      '    environment: { name: prod, url: "${{ steps.get.outputs.url }}" }',
      '    steps:',
      '      - run: echo ${{ steps.get.outputs.v }}',
      '      - id: get',
      '        run: echo "v=1" >> "$GITHUB_OUTPUT"',
      '      - run: echo ${{ steps.get.outputs.v }} ${{ steps.GET.outcome }} ${{ steps.got.outputs.v }}',
    );
    expect(check(text)).toEqual([
      '5:57-76 warning steps.gte: no step of job "test" has id "gte"; did you mean "steps.get"?',
      '8:23-42 warning steps.get is read before step "get" runs, so it is empty here',
      '11:75-94 warning steps.got: no step of job "test" has id "got"; did you mean "steps.get"?',
    ]);
  });

  test('needs of jobs not listed, missing jobs and undeclared outputs', () => {
    const text = lines(
      'on: push',
      'jobs:',
      '  setup:',
      '    runs-on: x',
      '    outputs: { src: "1" }',
      '    steps: [{ run: x }]',
      '  call:',
      '    uses: ./.github/workflows/r.yml',
      '  build:',
      '    needs: [Setup, call]',
      "    if: needs.setup.outputs.src == 'true' && needs.setup.outputs.sources && needs.call.outputs.any",
      '    runs-on: x',
      '    steps: [{ run: "echo ${{ needs.setup.result }}" }]',
      '  other:',
      '    needs: build',
      '    if: ${{ needs.setup.outputs.src }}',
      '    runs-on: x',
      '    steps: [{ run: "echo ${{ needs.deploy.outputs.x }}" }]',
    );
    expect(check(text)).toEqual([
      '11:46-73 warning needs.setup.outputs.sources is empty: job "setup" has no output "sources"',
      '16:13-36 warning needs.setup is empty: job "other" does not list "setup" in needs:',
      '18:30-52 warning needs.deploy: the workflow has no job "deploy"',
    ]);
  });
});
