import { timestampAt } from './json';

test('timestampAt keeps RFC 3339 times as Vault writes them and reads anything else as empty', () => {
  expect(timestampAt({ t: '2026-03-04T05:06:07.000000008Z' }, 't')).toBe('2026-03-04T05:06:07.000000008Z');
  expect(timestampAt({ t: '2026-11-20T10:00:00+01:00' }, 't')).toBe('2026-11-20T10:00:00+01:00');
  for (const hostile of ['', 'yesterday', '2026-11-20T10:00:00Z\n::warning::x', `2026-11-20T10:00:00Z${'0'.repeat(100)}`, 42]) {
    expect(timestampAt({ t: hostile }, 't')).toBe('');
  }
});
