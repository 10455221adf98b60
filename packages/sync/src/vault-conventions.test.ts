import { mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseVaultClientTimeout, readVaultCaCert } from './vault-conventions';

const pem = (name: string): string => `-----BEGIN CERTIFICATE-----\nMIIB${name}\n-----END CERTIFICATE-----\n`;

function folder(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'vault-ca-'));
  for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text);
  return dir;
}

describe('readVaultCaCert: the vault CLI order', () => {
  test('vault-ca-cert as PEM text is taken as is, before any variable', () => {
    expect(readVaultCaCert({ input: pem('inline'), env: { VAULT_CACERT: '/nonexistent' }, cwd: '/' })).toBe(pem('inline'));
  });

  test('vault-ca-cert as a path, relative to the workspace', () => {
    const dir = folder({ 'ca.pem': pem('file') });
    expect(readVaultCaCert({ input: 'ca.pem', env: {}, cwd: dir })).toBe(pem('file'));
  });

  test('VAULT_CACERT is a file; VAULT_CAPATH a folder of PEM files, read in name order, others skipped', () => {
    const dir = folder({ 'a.pem': pem('a'), 'README': 'not a certificate', 'b.crt': pem('b') });
    mkdirSync(join(dir, 'sub'));
    expect(readVaultCaCert({ input: '', env: { VAULT_CACERT: join(dir, 'b.crt'), VAULT_CAPATH: dir }, cwd: '/' })).toBe(pem('b'));
    expect(readVaultCaCert({ input: '', env: { VAULT_CAPATH: dir }, cwd: '/' })).toBe(pem('a') + pem('b'));
  });

  test('nothing set: the system trust store ("")', () => {
    expect(readVaultCaCert({ input: '  ', env: {}, cwd: '/' })).toBe('');
  });

  test('errors name where the path came from', () => {
    const dir = folder({ 'notes.txt': 'hello' });
    expect(() => readVaultCaCert({ input: 'missing.pem', env: {}, cwd: dir })).toThrow(/input 'vault-ca-cert'/);
    expect(() => readVaultCaCert({ input: 'notes.txt', env: {}, cwd: dir })).toThrow(/notes\.txt holds no PEM certificate/);
    expect(() => readVaultCaCert({ input: '', env: { VAULT_CACERT: join(dir, 'none.pem') }, cwd: '/' })).toThrow(/VAULT_CACERT=/);
    expect(() => readVaultCaCert({ input: '', env: { VAULT_CAPATH: dir }, cwd: '/' })).toThrow(/VAULT_CAPATH=.* holds no PEM certificate/);
    expect(() => readVaultCaCert({ input: '', env: { VAULT_CAPATH: join(dir, 'absent') }, cwd: '/' })).toThrow(/VAULT_CAPATH=.*cannot list/);
  });

  test('a device is refused, not read without end', () => {
    const dir = folder({});
    symlinkSync('/dev/zero', join(dir, 'ca.pem'));
    expect(() => readVaultCaCert({ input: 'ca.pem', env: {}, cwd: dir })).toThrow(/vault-ca-cert/);
  });
});

describe('parseVaultClientTimeout', () => {
  test.each([
    ['60', 60],
    ['90s', 90],
    ['2m', 120],
    ['1h30m', 5400],
    ['1.5s', 2],
    ['500ms', 1],
  ])('%s is %i seconds', (text, seconds) => {
    expect(parseVaultClientTimeout(text)).toBe(seconds);
  });

  test('unset is undefined; anything else is an error naming the variable', () => {
    expect(parseVaultClientTimeout(undefined)).toBeUndefined();
    expect(parseVaultClientTimeout(' ')).toBeUndefined();
    for (const bad of ['0', '-5', 'soon', '10 s', '5d', '0s']) expect(() => parseVaultClientTimeout(bad)).toThrow(/VAULT_CLIENT_TIMEOUT/);
  });
});
