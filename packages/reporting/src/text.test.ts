import { finding, SOURCE } from './__fixtures__/findings';
import { renderText, verdictLine } from './text';

const ESC = '\u001b';
const read = (file: string) => (file === 'src/config.ts' ? SOURCE : undefined);
const source = { read, redact: (line: string) => line.replace(/ghp_x+/, 'ghp_****') };
/** For findings that are not secrets: lines shown as they are. */
const plain = (text: string) => ({ read: () => text, redact: (line: string) => line });

describe('renderText', () => {
  test('groups by file: location line, redacted source line, caret under the span, fix', () => {
    const text = renderText(
      [finding({ fix: 'revoke it' }), finding({ file: 'a.yml', line: 2, column: 3, endColumn: undefined, snippet: undefined, level: 'warning', ruleId: 'r' })],
      { color: false, source },
    );
    expect(text).toBe(
      [
        'a.yml (1 finding)',
        'a.yml:2:3 warning r GitHub personal access token',
        '',
        'src/config.ts (1 finding)',
        'src/config.ts:3:16 error github-pat GitHub personal access token',
        '    3 | const token = "ghp_****";',
        '      |                ^^^^^^^^',
        '    fix: revoke it',
        '',
      ].join('\n'),
    );
  });

  test('without a source a finding shows its redacted snippet, never a line', () => {
    const text = renderText([finding()], { color: false });
    expect(text).not.toContain('xxxx');
    expect(text).toContain('    3 | const token = "ghp_****"\n');
    expect(text).not.toContain('^');
  });

  test('every secret on a shown line is redacted, and the caret moves with what redaction shortened', () => {
    const redact = (line: string) => line.replace(/(?:ghp|npm)_x+/g, 'REDACTED');
    const line = `a=npm_${'x'.repeat(36)} b=ghp_${'x'.repeat(36)}`;
    const text = renderText([finding({ line: 1, column: 46, endColumn: 86, snippet: 'REDACTED' })], { color: false, source: { read: () => line, redact } });
    expect(text).toContain(`    1 | a=REDACTED b=REDACTED\n      | ${' '.repeat('a=REDACTED b='.length)}^^^^^^^^\n`);
  });

  test('a non-secret finding shows its line through the identity redaction', () => {
    const text = renderText([finding({ snippet: undefined, line: 1, column: 4, endColumn: 10, ruleId: 'r' })], { color: false, source: { read, redact: (l: string) => l } });
    expect(text).toContain('    1 | // config\n      |    ^^^^^^\n');
  });

  test('no source and no snippet: just the location line; no column: file:line', () => {
    const text = renderText([finding({ file: 'gone.ts', snippet: undefined, column: undefined })], { color: false, source });
    expect(text).toBe('gone.ts (1 finding)\ngone.ts:3 error github-pat GitHub personal access token\n');
  });

  test('a line past the end of the file shows nothing rather than failing', () => {
    expect(renderText([finding({ line: 99, snippet: undefined })], { color: false, source })).not.toContain('|');
  });

  test('tabs are kept in the caret padding so the caret lines up', () => {
    const text = renderText([finding({ file: 't', line: 1, column: 3, endColumn: 4, snippet: undefined })], {
      color: false,
      source: plain('\t\tkey'),
    });
    expect(text).toContain('    1 | \t\tkey\n      | \t\t^\n');
  });

  test('a very long line is cut around the column, caret still under it', () => {
    const line = `${'a'.repeat(5000)}SECRET${'b'.repeat(5000)}`;
    const text = renderText([finding({ file: 'min.js', line: 1, column: 5001, endColumn: 5007, snippet: undefined })], {
      color: false,
      source: plain(line),
      maxLineWidth: 60,
    });
    const [shown, caret] = text.split('\n').slice(2, 4);
    expect(shown.length).toBeLessThan(80);
    expect(shown.indexOf('SECRET')).toBe(caret.indexOf('^'));
    expect(caret.replace(/\s+/g, ' ').trim()).toBe('| ^^^^^^');
  });

  test('control characters from files cannot reach the terminal', () => {
    const text = renderText([finding({ file: `evil${ESC}]0;x.ts`, message: `m${ESC}[2J`, snippet: undefined })], {
      color: false,
      source: plain(`a\nb\n${ESC}[31mred\u202e`),
    });
    expect(text).not.toContain(ESC);
    expect(text).not.toContain('\u202e');
  });

  test('multi-line messages and fixes are indented under their finding', () => {
    const text = renderText([finding({ message: 'one\ntwo', fix: 'permissions:\n  contents: read', snippet: undefined })], { color: false });
    expect(text).toContain('github-pat one\n    two\n    fix: permissions:\n           contents: read\n');
  });

  test('colour only when asked', () => {
    const findings = [finding()];
    expect(renderText(findings, { color: false, source })).not.toContain(ESC);
    const coloured = renderText(findings, { color: true, source });
    expect(coloured).toContain(`${ESC}[31merror${ESC}[39m`);
    expect(coloured).toContain(`${ESC}[1msrc/config.ts${ESC}[22m`);
  });

  test('the fingerprint to ignore it, and for history the commit: author, date and subject, sanitised', () => {
    const commit = { sha: 'c0ffee1234567890c0ffee1234567890c0ffee12', author: `Ada${ESC}[2J`, email: 'ada@example.com', date: '2026-01-02T03:04:05Z', message: 'add the client\n\nlong body' };
    const text = renderText([finding({ ignoreEntry: `${commit.sha}:src/config.ts:github-pat:3`, commit })], { color: false });
    expect(text).toBe(
      [
        'src/config.ts (1 finding)',
        'src/config.ts:3:16 error github-pat GitHub personal access token',
        `    commit ${commit.sha} by Ada\ufffd[2J <ada@example.com> on 2026-01-02T03:04:05Z: add the client`,
        '    3 | const token = "ghp_****"',
        `    fingerprint: ${commit.sha}:src/config.ts:github-pat:3`,
        '',
      ].join('\n'),
    );
  });

  test('no findings, no output', () => {
    expect(renderText([], { color: true })).toBe('');
  });
});

describe('verdictLine', () => {
  test('states the outcome and the counts on one line', () => {
    expect(verdictLine({ error: 2, warning: 1, note: 0 })).toBe('✖ 2 errors, 1 warning');
    expect(verdictLine({ warning: 1 }, { detail: 'in 12 files' })).toBe('⚠ 1 warning in 12 files');
    expect(verdictLine({})).toBe('✔ No findings');
  });

  test('the caller’s fail-on decision wins, and colour is opt-in', () => {
    expect(verdictLine({ warning: 3 }, { status: 'fail' })).toBe('✖ 3 warnings');
    expect(verdictLine({}, { color: true })).toBe(`${ESC}[32m✔ No findings${ESC}[39m`);
  });
});
