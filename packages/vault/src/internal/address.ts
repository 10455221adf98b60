import { ConfigurationError } from '@mcp-secrets/ports';

const EXAMPLE = 'an http(s) URL such as https://vault.example.com:8200';

/** Parses the `vault-addr` input into a base URL without a trailing slash. */
export function parseVaultAddress(address: string): URL {
  const trimmed = address.trim();
  let url: URL;
  try {
    url = new URL(trimmed);
  } catch {
    throw new ConfigurationError(`${describe(trimmed)} is not a valid URL`, { input: 'vault-addr', hint: `use ${EXAMPLE}` });
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    throw new ConfigurationError(`${describe(trimmed)} uses ${url.protocol.replace(':', '')}, not http or https`, {
      input: 'vault-addr',
      hint: `use ${EXAMPLE}`,
    });
  }
  if (url.username !== '' || url.password !== '') {
    // Credentials in the address would end up in logs and proxies' access logs.
    throw new ConfigurationError('the address contains a user name or password', {
      input: 'vault-addr',
      hint: 'remove them and pass credentials through vault-token or vault-secret-id',
    });
  }
  if (url.search !== '' || url.hash !== '') {
    throw new ConfigurationError(`${describe(trimmed)} has a query or fragment`, { input: 'vault-addr', hint: `use ${EXAMPLE}` });
  }
  url.pathname = url.pathname.replace(/\/+$/, '');
  return url;
}

function describe(value: string): string {
  if (value === '') return 'an empty value';
  // An address never needs '@'; a value with one may be a credential pasted into the wrong input.
  if (value.includes('@')) return 'the value';
  return JSON.stringify(value.length > 100 ? `${value.slice(0, 100)}…` : value);
}
