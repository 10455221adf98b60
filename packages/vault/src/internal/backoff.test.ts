import { backoffDelay, isRetryableStatus, retryAfterMs } from './backoff';

describe('backoffDelay', () => {
  test('doubles the ceiling per attempt and draws uniformly below it (full jitter)', () => {
    expect([0, 1, 2, 3].map((n) => backoffDelay(n, 250, 8000, () => 0.999))).toEqual([249, 499, 999, 1998]);
    expect(backoffDelay(3, 250, 8000, () => 0)).toBe(0);
    expect(backoffDelay(2, 250, 8000, () => 0.5)).toBe(500);
  });

  test('never exceeds the cap', () => {
    expect(backoffDelay(20, 250, 8000, () => 0.999)).toBe(7992);
  });
});

describe('retryAfterMs', () => {
  const now = Date.parse('2026-01-01T00:00:00Z');

  test('reads delta-seconds and HTTP dates', () => {
    expect(retryAfterMs('3', now)).toBe(3000);
    expect(retryAfterMs(['0'], now)).toBe(0);
    expect(retryAfterMs('Thu, 01 Jan 2026 00:00:05 GMT', now)).toBe(5000);
    expect(retryAfterMs('Wed, 31 Dec 2025 23:59:00 GMT', now)).toBe(0);
  });

  test('ignores absent or unreadable values', () => {
    expect(retryAfterMs(undefined, now)).toBeUndefined();
    expect(retryAfterMs('', now)).toBeUndefined();
    expect(retryAfterMs('soon', now)).toBeUndefined();
    expect(retryAfterMs('-1', now)).toBeUndefined();
  });
});

test('retries 412, 429 and 5xx gateway errors, never 400/403/404', () => {
  expect([412, 429, 500, 502, 503, 504].every(isRetryableStatus)).toBe(true);
  expect([200, 204, 400, 401, 403, 404, 405, 501].some(isRetryableStatus)).toBe(false);
});
