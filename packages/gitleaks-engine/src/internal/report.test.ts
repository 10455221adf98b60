import { parseGitleaksReport, trueColumns } from './report';

// Key-shaped values built at run time, so this file holds no contiguous token.
const KEY = ['AKIA', 'LALEMEL33243OLIA'].join('');

const ROW = {
  RuleID: 'aws-access-token',
  Description: 'AWS Access Key',
  StartLine: 2,
  EndLine: 2,
  StartColumn: 16,
  EndColumn: 35,
  Match: KEY,
  Secret: KEY,
  File: 'src/app.go',
  SymlinkFile: '',
  Commit: '',
  Link: '',
  Entropy: 3.0841837,
  Author: '',
  Email: '',
  Date: '',
  Message: '',
  Tags: ['key', 'AWS'],
  Fingerprint: 'src/app.go:aws-access-token:2',
};

describe('parseGitleaksReport', () => {
  test("maps every field of gitleaks' report onto Finding (extra fields such as Link dropped)", () => {
    expect(parseGitleaksReport(JSON.stringify([ROW]), 'r.json', 'files')).toEqual([
      {
        RuleID: 'aws-access-token',
        Description: 'AWS Access Key',
        StartLine: 2,
        EndLine: 2,
        StartColumn: 16,
        EndColumn: 35,
        Match: KEY,
        Secret: KEY,
        File: 'src/app.go',
        SymlinkFile: '',
        Commit: '',
        Entropy: 3.0841837,
        Author: '',
        Email: '',
        Date: '',
        Message: '',
        Tags: ['key', 'AWS'],
        Fingerprint: 'src/app.go:aws-access-token:2',
        columns: { start: 15, end: 35 },
      },
    ]);
  });

  test('an empty report (or empty file) is no findings', () => {
    expect(parseGitleaksReport('[]\n', 'r.json', 'files')).toEqual([]);
    expect(parseGitleaksReport('', 'r.json', 'files')).toEqual([]);
  });

  test('fills a missing Fingerprint the way gitleaks computes it', () => {
    const [f] = parseGitleaksReport(JSON.stringify([{ ...ROW, Fingerprint: undefined, Commit: 'abc123' }]), 'r.json', 'git');
    expect(f?.Fingerprint).toBe('abc123:src/app.go:aws-access-token:2');
  });

  test('malformed reports are errors naming the report file', () => {
    expect(() => parseGitleaksReport('{not json', '/tmp/r.json', 'files')).toThrow(/^\/tmp\/r\.json: gitleaks wrote a report that is not JSON/);
    expect(() => parseGitleaksReport('{}', '/tmp/r.json', 'files')).toThrow("/tmp/r.json: expected gitleaks' JSON report (an array of findings), got object");
    expect(() => parseGitleaksReport('[{"File":"x"}]', '/tmp/r.json', 'files')).toThrow('/tmp/r.json: finding 1 has no RuleID or File');
    expect(() => parseGitleaksReport(JSON.stringify([{ ...ROW, StartLine: '2' }]), 'r.json', 'files')).toThrow('r.json: finding 1: StartLine should be a number');
    expect(() => parseGitleaksReport(JSON.stringify([{ ...ROW, Tags: [1] }]), 'r.json', 'files')).toThrow('r.json: finding 1: Tags should be a list of strings');
  });
});

describe('trueColumns', () => {
  test("a file's first line: gitleaks' start is right, its end is inclusive", () => {
    expect(trueColumns({ StartLine: 1, EndLine: 1, StartColumn: 15, EndColumn: 34 }, 'files')).toEqual({ start: 15, end: 35 });
  });

  test('later lines: gitleaks counts from the preceding newline', () => {
    expect(trueColumns({ StartLine: 2, EndLine: 2, StartColumn: 16, EndColumn: 35 }, 'files')).toEqual({ start: 15, end: 35 });
  });

  test('a multi-line match starting on line 1', () => {
    expect(trueColumns({ StartLine: 1, EndLine: 3, StartColumn: 8, EndColumn: 18 }, 'files')).toEqual({ start: 8, end: 18 });
  });

  test('history: every line follows the later-line rule, clamped to column 1', () => {
    expect(trueColumns({ StartLine: 1, EndLine: 1, StartColumn: 1, EndColumn: 20 }, 'git')).toEqual({ start: 1, end: 20 });
    expect(trueColumns({ StartLine: 41, EndLine: 41, StartColumn: 16, EndColumn: 35 }, 'diff')).toEqual({ start: 15, end: 35 });
  });

  test('a path-only finding has no columns', () => {
    expect(trueColumns({ StartLine: 0, EndLine: 0, StartColumn: 0, EndColumn: 0 }, 'files')).toEqual({ start: 0, end: 0 });
  });
});
