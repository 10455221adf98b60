import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse as parseDotenv } from 'dotenv';
import { bundleFromObject } from './bundle';
import { formatConsoleSecrets, formatDotenv } from './files';

const tricky: Record<string, string> = {
  PLAIN: 'abc123',
  SPACES: '  padded value  ',
  HASH: 'pa#ss word # not a comment',
  SINGLE_QUOTE: "it's here",
  DOLLAR: 'pa$$word$HOME`x`',
  BACKSLASH: 'C:\\path\\n\\t',
  DOUBLE: 'say "hi"',
  MULTI: '-----BEGIN KEY-----\nline two\n\nline four\n-----END KEY-----',
  EQUALS: 'a=b=c',
  EMPTY: '',
  UNICODE: 'pässwörd-🔑',
};

function readWithBash(file: string, keys: string[]): Record<string, string> {
  const script = `set -a; source "$1"; set +a; node -e 'const o={}; for (const k of process.argv.slice(1)) o[k]=process.env[k]; process.stdout.write(JSON.stringify(o))' ${keys.join(' ')}`;
  return JSON.parse(execFileSync('bash', ['-c', script, 'bash', file], { encoding: 'utf8', env: { PATH: process.env.PATH } }));
}

describe('formatDotenv', () => {
  test('bash `source` and dotenv read every written value back identically', () => {
    const { text, skipped } = formatDotenv(bundleFromObject(tricky));
    const dir = mkdtempSync(join(tmpdir(), 'dotenv-'));
    const file = join(dir, '.env');
    writeFileSync(file, text);
    const written = Object.keys(tricky).filter((key) => !skipped.includes(key));
    const expected = Object.fromEntries(written.map((key) => [key, tricky[key]]));
    expect(parseDotenv(text)).toEqual(expected);
    expect(readWithBash(file, written)).toEqual(expected);
    expect(written.length).toBeGreaterThanOrEqual(Object.keys(tricky).length - 1);
  });

  test('a value no quoting can carry for both readers is reported by key, not written wrong', () => {
    const { text, skipped } = formatDotenv(bundleFromObject({ BAD: `it's $HOME`, GOOD: 'fine' }));
    expect(skipped).toEqual(['BAD']);
    expect(text).toBe("GOOD='fine'\n");
  });
});

describe('formatConsoleSecrets', () => {
  test('writes the SecretStore document', () => {
    const bundle = bundleFromObject({ MCP_SECRETS_VERSION: '7', API_KEY: 'k-123456' });
    const doc = JSON.parse(
      formatConsoleSecrets(bundle, { provider: 'vault', source: 'secret/mcp/ci', generatedAt: new Date('2026-11-23T10:00:00Z') }),
    );
    expect(doc).toEqual({
      version: '7',
      provider: 'vault',
      source: 'secret/mcp/ci',
      generated_at: '2026-11-23T10:00:00.000Z',
      secrets: { MCP_SECRETS_VERSION: '7', API_KEY: 'k-123456' },
    });
  });

  test('a bundle without a version says null', () => {
    const doc = JSON.parse(formatConsoleSecrets(bundleFromObject({ A: 'x' }), { provider: 'sops', source: 'f', generatedAt: new Date(0) }));
    expect(doc.version).toBeNull();
  });
});
