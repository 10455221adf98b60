import { ConfigurationError } from '@mcp-secrets/ports';

const VERSION = /^v?\d+(\.\d+)*$/;

/**
 * Compares dotted numeric versions ("7", "2026.11.2", "v3.1"); missing
 * segments count as 0. Anything else is refused rather than compared as text,
 * where "10" < "9" would let an old bundle pass.
 */
export function compareVersions(a: string, b: string): number {
  const parse = (value: string): number[] => {
    if (!VERSION.test(value.trim())) {
      throw new ConfigurationError(`'${value}' is not a version (use numbers separated by dots, e.g. 7 or 2026.11.2)`, { input: 'min-version' });
    }
    return value.trim().replace(/^v/, '').split('.').map(Number);
  };
  const left = parse(a);
  const right = parse(b);
  for (let i = 0; i < Math.max(left.length, right.length); i++) {
    const diff = (left[i] ?? 0) - (right[i] ?? 0);
    if (diff !== 0) return Math.sign(diff);
  }
  return 0;
}
