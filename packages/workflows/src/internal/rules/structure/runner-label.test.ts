import { analyzeWorkflows } from '../../../index';

const lines = (...l: string[]): string => `${l.join('\n')}\n`;
const check = (text: string) =>
  analyzeWorkflows({ files: [{ path: '.github/workflows/w.yml', text }], rules: ['runner-label'] }).findings.map((f) => `${f.line}:${f.column}-${f.endColumn} ${f.severity} ${f.message}`);
const jobs = (...runsOn: string[]): string => lines('on: push', 'jobs:', ...runsOn.flatMap((r, i) => [`  j${i}:`, `    runs-on: ${r}`, '    steps: [{ run: x }]']));

describe('runner-label', () => {
  test('labels one or two edits from a hosted label, at the label', () => {
    expect(check(jobs('ubuntu-lates', '[ubunut-latest]', 'windows-lastest', 'macos-latset', 'ubuntu-2204', 'Ubuntu_Latest'))).toEqual([
      '4:14-26 warning runner label "ubuntu-lates" is not a GitHub-hosted label; did you mean "ubuntu-latest"? (a self-hosted runner\'s labels go with self-hosted)',
      '7:15-28 warning runner label "ubunut-latest" is not a GitHub-hosted label; did you mean "ubuntu-latest"? (a self-hosted runner\'s labels go with self-hosted)',
      '10:14-29 warning runner label "windows-lastest" is not a GitHub-hosted label; did you mean "windows-latest"? (a self-hosted runner\'s labels go with self-hosted)',
      '13:14-26 warning runner label "macos-latset" is not a GitHub-hosted label; did you mean "macos-latest"? (a self-hosted runner\'s labels go with self-hosted)',
      '16:14-25 warning runner label "ubuntu-2204" is not a GitHub-hosted label; did you mean "ubuntu-22.04"? (a self-hosted runner\'s labels go with self-hosted)',
      '19:14-27 warning runner label "Ubuntu_Latest" is not a GitHub-hosted label; did you mean "ubuntu-latest"? (a self-hosted runner\'s labels go with self-hosted)',
    ]);
  });

  test('hosted labels in any case and version, larger runners, self-hosted and groups pass', () => {
    const text = jobs(
      'Ubuntu-Latest',
      'ubuntu-26.04-arm',
      'windows-2025',
      'macos-26-xlarge',
      'ubuntu-latest-16-cores',
      'depot-ubuntu-24.04-arm-16',
      '[self-hosted, ubuntu-lates]',
      '{ group: big, labels: [ubuntu-lates] }',
      'x86',
      '${{ inputs.runner }}',
    );
    expect(check(text)).toEqual([]);
  });

  test('matrix values runs-on reads, at the value', () => {
    const text = lines(
      'on: push',
      'jobs:',
      '  a:',
      '    strategy:',
      '      matrix:',
      '        os: [ubuntu-latest, macos-lastest, [self-hosted, gpu]]',
      '        include: [{ os: windos-latest }]',
      '    runs-on: ${{ matrix.os }}',
      '    steps: [{ run: x }]',
    );
    expect(check(text)).toEqual([
      '6:29-42 warning runner label "macos-lastest" is not a GitHub-hosted label; did you mean "macos-latest"? (a self-hosted runner\'s labels go with self-hosted)',
      '7:25-38 warning runner label "windos-latest" is not a GitHub-hosted label; did you mean "windows-latest"? (a self-hosted runner\'s labels go with self-hosted)',
    ]);
  });
});
