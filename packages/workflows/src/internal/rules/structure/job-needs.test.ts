import { analyzeWorkflows } from '../../../index';

const lines = (...l: string[]): string => `${l.join('\n')}\n`;
const check = (text: string) =>
  analyzeWorkflows({ files: [{ path: '.github/workflows/w.yml', text }], rules: ['job-needs'] }).findings.map((f) => `${f.line}:${f.column}-${f.endColumn} ${f.message}`);
const job = (id: string, needs?: string): string[] => [`  ${id}:`, ...(needs ? [`    needs: ${needs}`] : []), '    runs-on: x', '    steps: [{ run: x }]'];

describe('job-needs', () => {
  test('a missing job, at the name in needs:, with the nearest job id', () => {
    const text = lines('on: push', 'jobs:', ...job('build'), ...job('test', '[biuld, lint]'));
    expect(check(text)).toEqual([
      '7:13-18 job "test" needs "biuld", which is not a job of this workflow; did you mean "build"?',
      '7:20-24 job "test" needs "lint", which is not a job of this workflow',
    ]);
  });

  test('a job named twice (case-insensitively), at the second name', () => {
    const text = lines('on: push', 'jobs:', ...job('build'), ...job('test', '[build, BUILD]'));
    expect(check(text)).toEqual(['7:20-25 job "test" lists "BUILD" twice in needs: (job ids are case-insensitive)']);
  });

  test('a cycle once, at its first job in the file; a job needing itself', () => {
    const text = lines('on: push', 'jobs:', ...job('prepare', 'build'), ...job('install', 'prepare'), ...job('build', 'install'), ...job('self', 'self'));
    expect(check(text)).toEqual([
      '3:3-10 the needs: of these jobs form a cycle, so none of them ever starts: "prepare" -> "build" -> "install" -> "prepare"',
      '15:3-7 the needs: of these jobs form a cycle, so none of them ever starts: "self" -> "self"',
    ]);
  });

  test('a chain and a diamond, in any case, have none', () => {
    const text = lines('on: push', 'jobs:', ...job('a'), ...job('b', 'A'), ...job('c', '[a]'), ...job('d', '[b, c]'));
    expect(check(text)).toEqual([]);
  });

  test('a long chain is walked without recursion', () => {
    const jobs = Array.from({ length: 3000 }, (_, i) => job(`j${i}`, i > 0 ? `j${i - 1}` : 'j2999')).flat();
    const found = check(lines('on: push', 'jobs:', ...jobs));
    expect(found).toHaveLength(1);
    expect(found[0]).toMatch(/^3:3-5 the needs: of these jobs form a cycle, so none of them ever starts: "j0" -> "j2999" -> "j2998" -> .* -> \.\.\. \(3000 jobs\)$/);
  });
});
