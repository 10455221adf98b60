import { failureReason, loggedFigures, parseGitleaksLog } from './gitleaks-log';

const LOG = [
  '\u001b[90m2:04PM\u001b[0m \u001b[32mINF\u001b[0m 12 commits scanned.',
  '2:04PM INF scanned ~123456 bytes (123.46 KB) in 1.2s',
  '2:04PM WRN leaks found: 2',
  'unstructured line',
].join('\n');

describe("gitleaks' log", () => {
  test('reads levels and messages, colours stripped', () => {
    expect(parseGitleaksLog(LOG)).toEqual([
      { level: 'INF', message: '12 commits scanned.' },
      { level: 'INF', message: 'scanned ~123456 bytes (123.46 KB) in 1.2s' },
      { level: 'WRN', message: 'leaks found: 2' },
    ]);
  });

  test('takes bytes and commits scanned from the summary lines', () => {
    expect(loggedFigures(parseGitleaksLog(LOG))).toEqual({ bytesScanned: 123456, commitsScanned: 12 });
    expect(loggedFigures([])).toEqual({ bytesScanned: 0, commitsScanned: 0 });
  });

  test('a failure is explained by its fatal and error lines, else by the tail of stderr', () => {
    const fatal = '2:04PM ERR failed to open x\n2:04PM FTL unable to load gitleaks config, err: toml: line 3: expected =\n';
    expect(failureReason(fatal, parseGitleaksLog(fatal))).toBe('failed to open x; unable to load gitleaks config, err: toml: line 3: expected =');
    expect(failureReason('Error: unknown flag: --nope\n', [])).toBe('Error: unknown flag: --nope');
    expect(failureReason('', [])).toBe('no message on stderr');
  });
});
