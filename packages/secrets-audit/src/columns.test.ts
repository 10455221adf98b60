import type { Finding } from '@mcp-secrets/scanner';
import { fileSpan, historySpan } from './columns';

const finding = (over: Partial<Finding>): Finding => ({
  RuleID: 'r', Description: '', StartLine: 1, EndLine: 1, StartColumn: 1, EndColumn: 1, Match: '', Secret: '', File: 'f', SymlinkFile: '',
  Commit: '', Entropy: 0, Author: '', Email: '', Date: '', Message: '', Tags: [], Fingerprint: '', ...over,
});

describe('real columns from gitleaks-style ones', () => {
  test('working tree: line 1 is exact, later lines are one too high; end becomes exclusive', () => {
    // "ab SECRET" -> SECRET at characters 4..9.
    expect(fileSpan(finding({ StartLine: 1, EndLine: 1, StartColumn: 4, EndColumn: 9 }))).toEqual({ column: 4, endColumn: 10 });
    expect(fileSpan(finding({ StartLine: 2, EndLine: 2, StartColumn: 5, EndColumn: 10 }))).toEqual({ column: 4, endColumn: 10 });
    // A multi-line match from line 1 to line 3.
    expect(fileSpan(finding({ StartLine: 1, EndLine: 3, StartColumn: 1, EndColumn: 6 }))).toEqual({ column: 1, endColumn: 6 });
  });

  test('history: the committed line tells whether the match began its hunk', () => {
    const f = finding({ StartLine: 7, EndLine: 7, Match: 'SECRET' });
    expect(historySpan({ ...f, StartColumn: 4, EndColumn: 9 }, 'ab SECRET')).toEqual({ column: 4, endColumn: 10 });
    expect(historySpan({ ...f, StartColumn: 5, EndColumn: 10 }, 'ab SECRET')).toEqual({ column: 4, endColumn: 10 });
    // Unknown line: a later line of the hunk is assumed.
    expect(historySpan({ ...f, StartColumn: 5, EndColumn: 10 }, undefined)).toEqual({ column: 4, endColumn: 10 });
  });
});
