import { proxyForUrl } from './proxy';

const vault = new URL('https://vault.example.com:8200');
const plainVault = new URL('http://vault.example.com:8200');

describe('proxyForUrl', () => {
  test('uses https_proxy before HTTPS_PROXY for https, http_proxy/HTTP_PROXY for http', () => {
    expect(proxyForUrl(vault, { HTTPS_PROXY: 'http://upper:3128' })).toBe('http://upper:3128');
    expect(proxyForUrl(vault, { HTTPS_PROXY: 'http://upper:3128', https_proxy: 'http://lower:3128' })).toBe('http://lower:3128');
    expect(proxyForUrl(vault, { HTTP_PROXY: 'http://plain:3128' })).toBeUndefined();
    expect(proxyForUrl(plainVault, { HTTP_PROXY: 'http://plain:3128', HTTPS_PROXY: 'http://tls:3128' })).toBe('http://plain:3128');
    expect(proxyForUrl(plainVault, { http_proxy: ' ', HTTP_PROXY: 'http://plain:3128' })).toBe('http://plain:3128');
  });

  test('no proxy configured means direct', () => {
    expect(proxyForUrl(vault, {})).toBeUndefined();
  });

  test.each([
    ['vault.example.com', true],
    ['example.com', true],
    ['.example.com', true],
    ['*.example.com', true],
    ['other.com, example.com', true],
    ['other.com example.com', true],
    ['*', true],
    ['vault.example.com:8200', true],
    ['vault.example.com:443', false],
    ['ample.com', false],
    ['other.com', false],
    ['', false],
  ])('NO_PROXY=%j bypasses the proxy: %s', (noProxy, bypass) => {
    const proxy = proxyForUrl(vault, { HTTPS_PROXY: 'http://proxy:3128', NO_PROXY: noProxy });
    expect(proxy === undefined).toBe(bypass);
  });

  test('no_proxy wins over NO_PROXY, and case does not matter', () => {
    expect(proxyForUrl(vault, { HTTPS_PROXY: 'http://p:1', no_proxy: 'VAULT.EXAMPLE.COM', NO_PROXY: 'other' })).toBeUndefined();
  });

  test('loopback addresses never go through the proxy', () => {
    for (const address of ['https://127.0.0.1:8200', 'https://localhost:8200', 'https://[::1]:8200']) {
      expect(proxyForUrl(new URL(address), { HTTPS_PROXY: 'http://proxy:3128' })).toBeUndefined();
    }
  });

  test('IPv6 entries in NO_PROXY match bracketed hosts', () => {
    expect(proxyForUrl(new URL('https://[fd00::5]:8200'), { HTTPS_PROXY: 'http://p:1', NO_PROXY: 'fd00::5' })).toBeUndefined();
  });
});

test('bracketed IPv6 entries may carry a port', () => {
  const target = new URL('https://[fd00::5]:8200');
  expect(proxyForUrl(target, { HTTPS_PROXY: 'http://p:1', NO_PROXY: '[fd00::5]:8200' })).toBeUndefined();
  expect(proxyForUrl(target, { HTTPS_PROXY: 'http://p:1', NO_PROXY: '[fd00::5]:9999' })).toBe('http://p:1');
});
