import { ConfigurationError, untrustedText } from '@mcp-secrets/ports';

const HINT = 'write it as https://vault.example.com:8200';

/** Parses the `vault-addr` input into a base URL without a trailing slash; errors never show a credential in it. */
export function parseVaultAddress(address: string): URL {
  const trimmed = address.trim();
  let url: URL;
  try {
    url = new URL(trimmed);
  } catch {
    throw new ConfigurationError(`${describe(trimmed)} is not a URL`, { input: 'vault-addr', hint: HINT });
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    throw new ConfigurationError(`${describe(trimmed)} must use https:// (or http:// for a local dev server)`, { input: 'vault-addr', hint: HINT });
  }
  if (url.username !== '' || url.password !== '') {
    // Credentials in the address would end up in logs and proxies' access logs.
    throw new ConfigurationError('the address contains a user name or password', {
      input: 'vault-addr',
      hint: 'remove them and pass credentials through vault-token or vault-secret-id',
    });
  }
  if (url.search !== '' || url.hash !== '') {
    throw new ConfigurationError(`${describe(trimmed)} has a query or fragment`, { input: 'vault-addr', hint: HINT });
  }
  url.pathname = url.pathname.replace(/\/+$/, '');
  return url;
}

function describe(value: string): string {
  if (value === '') return 'an empty value';
  // An address never needs '@': a value with one holds a user name and password, or a credential pasted into the wrong input.
  if (value.includes('@') || value.length > 100) return 'the value';
  return `'${untrustedText(value)}'`;
}
