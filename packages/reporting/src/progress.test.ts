import { formatProgress, ProgressBar, type ProgressStream } from './progress';

function fakeStream(isTTY: boolean, columns?: number): ProgressStream & { written: string[] } {
  const written: string[] = [];
  return { isTTY, columns, written, write: (chunk: string) => written.push(chunk) };
}

function fakeClock(): { now: () => number; advance: (ms: number) => void } {
  let t = 1_000_000;
  return { now: () => t, advance: (ms) => (t += ms) };
}

describe('ProgressBar', () => {
  test('nothing before the first second, then files and MB/s on one redrawn line', () => {
    const stream = fakeStream(true);
    const clock = fakeClock();
    const bar = new ProgressBar({ stream, now: clock.now });
    clock.advance(999);
    bar.update({ files: 10, bytes: 1_000_000 });
    expect(stream.written).toEqual([]);
    clock.advance(1001);
    bar.update({ files: 250, bytes: 50_000_000 });
    expect(stream.written).toEqual(['\r\u001b[2KScanning: 250 files, 50.0 MB, 25.0 MB/s']);
    bar.done();
    expect(stream.written[1]).toBe('\r\u001b[2K');
  });

  test('redraws at most once per interval', () => {
    const stream = fakeStream(true);
    const clock = fakeClock();
    const bar = new ProgressBar({ stream, now: clock.now, delayMs: 0, intervalMs: 100 });
    bar.update({ files: 1, bytes: 0 });
    clock.advance(50);
    bar.update({ files: 2, bytes: 0 });
    clock.advance(50);
    bar.update({ files: 3, bytes: 0 });
    expect(stream.written).toHaveLength(2);
  });

  test('without a TTY it prints nothing at all', () => {
    const stream = fakeStream(false);
    const clock = fakeClock();
    const bar = new ProgressBar({ stream, now: clock.now });
    clock.advance(5000);
    bar.update({ files: 1, bytes: 1 });
    bar.done();
    expect(stream.written).toEqual([]);
  });

  test('done() on a bar never drawn writes nothing', () => {
    const stream = fakeStream(true);
    new ProgressBar({ stream, now: fakeClock().now }).done();
    expect(stream.written).toEqual([]);
  });

  test('the line is cut to the terminal width', () => {
    const stream = fakeStream(true, 20);
    const clock = fakeClock();
    const bar = new ProgressBar({ stream, now: clock.now, delayMs: 0 });
    clock.advance(1);
    bar.update({ files: 123456, bytes: 9e9 });
    expect(stream.written[0].replace('\r\u001b[2K', '')).toHaveLength(19);
  });
});

describe('formatProgress', () => {
  test('a bar and percentage when the total is known', () => {
    expect(formatProgress({ files: 1500, bytes: 2_500_000, totalFiles: 3000 }, 2000, 'Auditing')).toBe(
      'Auditing [##########----------] 50% 1,500/3,000 files, 2.5 MB, 1.3 MB/s',
    );
  });

  test('no division by zero at the start', () => {
    expect(formatProgress({ files: 0, bytes: 0 }, 0)).toBe('Scanning: 0 files, 0.0 MB, 0.0 MB/s');
  });
});
