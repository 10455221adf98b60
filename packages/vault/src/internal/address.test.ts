import { ConfigurationError } from '@mcp-secrets/ports';
import { parseVaultAddress } from './address';

describe('parseVaultAddress', () => {
  test('accepts http and https URLs, with or without a path prefix', () => {
    expect(parseVaultAddress('https://vault.example.com:8200').origin).toBe('https://vault.example.com:8200');
    expect(parseVaultAddress(' http://127.0.0.1:8200/ ').href).toBe('http://127.0.0.1:8200/');
    expect(parseVaultAddress('https://gw.example.com/vault/').pathname).toBe('/vault');
  });

  test.each([
    ['vault.example.com:8200', /'vault.example.com:8200' must use https:\/\//],
    ['', /an empty value is not a URL/],
    ['not a url', /'not a url' is not a URL/],
    ['ftp://vault.example.com', /must use https:\/\//],
    ['https://vault.example.com/?x=1', /has a query or fragment/],
  ])('%j is refused with an error naming vault-addr', (address, message) => {
    let thrown: unknown;
    try {
      parseVaultAddress(address);
    } catch (err) {
      thrown = err;
    }
    expect(thrown).toBeInstanceOf(ConfigurationError);
    expect((thrown as ConfigurationError).input).toBe('vault-addr');
    expect((thrown as Error).message).toMatch(message);
    expect((thrown as Error).message).toMatch(/https:\/\/vault\.example\.com:8200/);
  });

  test('an address with credentials is refused without echoing them', () => {
    expect(() => parseVaultAddress('https://admin:hunter2-pass@vault.example.com')).toThrow(/user name or password/);
    expect(() => parseVaultAddress('https://admin:hunter2-pass@vault.example.com')).not.toThrow(/hunter2/);
    expect(() => parseVaultAddress('not a url with s3cr3t@thing')).not.toThrow(/s3cr3t/);
    expect(() => parseVaultAddress('ftp://admin:hunter2-pass@vault.example.com')).not.toThrow(/hunter2/);
    expect(() => parseVaultAddress('https://admin:hunter2-pass@vault.example.com:notaport')).not.toThrow(/hunter2/);
  });
});
