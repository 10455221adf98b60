import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, renameSync, statSync, writeFileSync } from 'node:fs';
import { hostname, tmpdir } from 'node:os';
import { join } from 'node:path';
import { acquireLockFile, LockHeldError } from './lock-file';

const folder = (): string => mkdtempSync(join(tmpdir(), 'lock-file-'));

function heldError(path: string): LockHeldError {
  try {
    acquireLockFile(path);
  } catch (error) {
    if (error instanceof LockHeldError) return error;
    throw error;
  }
  throw new Error('expected the lock to be held');
}

/** The pid of a process that has already exited. */
function deadPid(): number {
  const { pid } = spawnSync(process.execPath, ['-e', '']);
  return pid;
}

describe('acquireLockFile', () => {
  test('creates the lock 0600 naming this process; a second acquire names the holder; release removes it', () => {
    const path = join(folder(), 'bundle.lock');
    const lock = acquireLockFile(path);
    expect(statSync(path).mode & 0o777).toBe(0o600);
    expect(JSON.parse(readFileSync(path, 'utf8'))).toEqual({ pid: process.pid, host: hostname(), since: expect.stringMatching(/^\d{4}-\d\d-\d\dT/) });

    const held = heldError(path);
    expect(held).toMatchObject({ path, stale: false, holder: { pid: process.pid, host: hostname() } });
    expect(held.message).toBe(`${path} is held by pid ${process.pid} on ${hostname()} since ${held.holder?.since}`);

    lock.release();
    expect(existsSync(path)).toBe(false);
    acquireLockFile(path).release();
  });

  test('a lock whose holder on this host is gone is reported stale and left in place', () => {
    const path = join(folder(), 'bundle.lock');
    const pid = deadPid();
    writeFileSync(path, JSON.stringify({ pid, host: hostname(), since: '2026-01-02T03:04:05.000Z' }));
    expect(heldError(path)).toMatchObject({ stale: true, holder: { pid, since: '2026-01-02T03:04:05.000Z' } });
    expect(existsSync(path)).toBe(true);
  });

  test('a holder on another host is never judged stale (its pid cannot be checked from here)', () => {
    const path = join(folder(), 'bundle.lock');
    writeFileSync(path, JSON.stringify({ pid: deadPid(), host: 'other-host.example', since: '2026-01-02T03:04:05Z' }));
    expect(heldError(path)).toMatchObject({ stale: false, holder: { host: 'other-host.example' } });
  });

  test.each([
    ['empty (a holder that died between create and write)', ''],
    ['not JSON', 'locked by me'],
    ['a host with terminal escapes', JSON.stringify({ pid: 1, host: '\u001b[2Jevil', since: '2026-01-02T03:04:05Z' })],
    ['a pid that is not a number', JSON.stringify({ pid: '1; rm -rf /', host: 'h', since: '2026-01-02T03:04:05Z' })],
    ['a huge file', 'x'.repeat(1024 * 1024)],
  ])('a lock that does not say who holds it (%s) has no holder and shows none of its text', (_what, content) => {
    const path = join(folder(), 'bundle.lock');
    writeFileSync(path, content);
    const held = heldError(path);
    expect(held).toMatchObject({ holder: undefined, stale: false });
    expect(held.message).toBe(`${path} is held by an unknown holder`);
  });

  test('a folder in the lock\'s place is a held lock with no holder, not a crash', () => {
    const path = join(folder(), 'bundle.lock');
    mkdirSync(path);
    expect(heldError(path)).toMatchObject({ holder: undefined, stale: false });
  });

  test('release leaves a lock that is no longer its own (removed by hand and taken by another run)', () => {
    const dir = folder();
    const path = join(dir, 'bundle.lock');
    const lock = acquireLockFile(path);
    renameSync(path, join(dir, 'moved'));
    const other = acquireLockFile(path);
    lock.release();
    expect(existsSync(path)).toBe(true);
    other.release();
    expect(existsSync(path)).toBe(false);
  });
});
