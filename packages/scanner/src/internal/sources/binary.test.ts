import { FakeSecrets } from '../../rules/builtin/__fixtures__/fake-secrets';
import { encodingOf, TextRuns } from './binary';
import { ByteWindows } from './file-windows';

/** TextRuns over `bytes` fed `step` bytes at a time. */
function runsOf(bytes: Uint8Array, step: number): string {
  const runs = new TextRuns();
  let out = '';
  for (let at = 0; at < bytes.length; at += step) out += runs.push(bytes.subarray(at, at + step));
  return out + runs.finish();
}

const newlines = (bytes: Uint8Array): number => bytes.filter((b) => b === 10).length;

describe('encodingOf', () => {
  test('a BOM names UTF-16; a NUL in the first 8000 bytes makes a binary; else UTF-8', () => {
    expect(encodingOf(Buffer.from('\ufeffhi', 'utf16le'))).toBe('utf16le');
    expect(encodingOf(Buffer.from([0xfe, 0xff, 0, 0x68]))).toBe('utf16be');
    expect(encodingOf(Buffer.concat([Buffer.from('x'.repeat(7999)), Buffer.from([0])]))).toBe('binary');
    expect(encodingOf(Buffer.concat([Buffer.from('x'.repeat(8000)), Buffer.from([0])]))).toBe('utf8');
  });
});

describe('TextRuns', () => {
  const junk = Buffer.from(new FakeSecrets(3).bytes(300)).map((b) => (b === 10 || (b >= 0x20 && b < 0x7f) ? 1 : b));
  const sample = Buffer.concat([
    Buffer.from([0x7f, 0x45, 0x4c, 0x46, 0, 0]),
    Buffer.from('\nC string one\0C string two\0ab\0'),
    junk,
    Buffer.from('\n\n'),
    Buffer.from('password=hunter22 ', 'utf16le'),
    junk,
    Buffer.from('UTF-8 too: héllo wörld — ok\n'),
  ]);

  test.each([1, 3, 64, 100_000])('ASCII, UTF-8 and UTF-16LE runs of 8+ characters, fed %d bytes at a time', (step) => {
    expect(runsOf(sample, step)).toBe('\nC string one C string two \n\npassword=hunter22 UTF-8 too: héllo wörld — ok\n');
  });

  test('every 0x0A byte stays one newline, in a run or not, so lines are the file\'s', () => {
    const bytes = new FakeSecrets(9).bytes(200_000);
    expect(newlines(Buffer.from(runsOf(bytes, 4096)))).toBe(newlines(bytes));
    expect(runsOf(bytes, 4096).split('\n').length - 1).toBe(newlines(bytes));
  });

  test('short runs are dropped', () => {
    expect(runsOf(Buffer.from('\0abc\0defg\0'), 2)).toBe('');
  });
});

describe('ByteWindows', () => {
  const textOf = (bytes: Uint8Array): { text: string; extracted: boolean } => {
    const windows = new ByteWindows();
    const all = [...windows.push(bytes), ...windows.finish()];
    return { text: all.map((w) => w.text).join(''), extracted: all.every((w) => w.extracted) };
  };

  test('UTF-16 by its BOM (dropped), UTF-8 as is, a binary through its text runs', () => {
    expect(textOf(Buffer.from('\ufeffline one\r\nline two', 'utf16le'))).toEqual({ text: 'line one\r\nline two', extracted: false });
    expect(textOf(Buffer.concat([Buffer.from([0xfe, 0xff]), Buffer.from('ab', 'utf16le').swap16()]))).toEqual({ text: 'ab', extracted: false });
    expect(textOf(Buffer.from('plain\n'))).toEqual({ text: 'plain\n', extracted: false });
    expect(textOf(Buffer.from('\0\0\0\nsome text here\0'))).toEqual({ text: '\nsome text here ', extracted: true });
  });

  test('an empty input is one empty window', () => {
    const windows = new ByteWindows();
    expect(windows.finish().map((w) => w.text)).toEqual(['']);
  });
});
