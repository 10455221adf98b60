// Cloud providers: AWS, Azure storage, Google Cloud (API keys, Gemini included, and service accounts).
import type { BuiltinRule } from './builtin-rule';
import { ASSIGN, END_BASE64, END_URLSAFE, PLACEHOLDER_ALLOWLIST } from './common';

/** Name of a setting that holds the AWS secret access key (`aws_secret_access_key`, `secretAccessKey`, ...). */
export const AWS_SECRET_CONTEXT = '(?:aws[\\w.-]{0,30}?(?:secret|sk)|secret[_.-]?access[_.-]?key)';

/** Name of a setting that holds an Azure storage account key, besides `AccountKey=` in connection strings. */
export const AZURE_KEY_CONTEXT = 'azure[\\w.-]{0,20}?(?:storage|account)[\\w.-]{0,20}?key';

/** Azurite publishes this key for everyone's local emulator (split so it is not one literal). */
const AZURITE_DEV_KEY = ['Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq', '/K1SZFPTOtr/KBHBeksoGMGw=='].join('');

export const CLOUD_RULES: BuiltinRule[] = [
  {
    id: 'aws-access-key-id',
    description: 'AWS access key ID (AKIA long-term, ASIA temporary, ABIA/ACCA service keys)',
    // After the 4-letter type prefix AWS uses 16 base32 characters.
    regex: '\\b(?:AKIA|ASIA|ABIA|ACCA)[A-Z2-7]{16}\\b',
    entropy: 3,
    keywords: ['akia', 'asia', 'abia', 'acca'],
    tags: ['aws', 'cloud', 'key'],
    allowlists: [PLACEHOLDER_ALLOWLIST],
  },
  {
    id: 'aws-secret-access-key',
    description: 'AWS secret access key (40 base64 characters) assigned to an AWS secret setting',
    regex: `(?i)${AWS_SECRET_CONTEXT}[\\w.-]{0,30}?${ASSIGN}([A-Za-z0-9/+]{40})${END_BASE64}`,
    secretGroup: 1,
    entropy: 4,
    keywords: ['aws', 'secretaccesskey', 'secret_access_key', 'secret-access-key', 'secret.access.key'],
    tags: ['aws', 'cloud', 'key'],
    allowlists: [PLACEHOLDER_ALLOWLIST],
  },
  {
    id: 'azure-storage-account-key',
    description: 'Azure storage account key (64 bytes, base64) in a connection string or storage-key setting',
    regex: `(?i)(?:AccountKey\\s{0,5}=\\s{0,5}|${AZURE_KEY_CONTEXT}${ASSIGN})([A-Za-z0-9+/]{86}==)${END_BASE64}`,
    secretGroup: 1,
    entropy: 4.5,
    keywords: ['accountkey', 'azure'],
    tags: ['azure', 'cloud', 'key'],
    allowlists: [
      PLACEHOLDER_ALLOWLIST,
      {
        description: 'the fixed development key of the Azurite storage emulator',
        regexes: [`^${AZURITE_DEV_KEY}$`],
      },
    ],
  },
  {
    id: 'azure-sas-token',
    description: 'Azure shared access signature: the sig= HMAC of a SAS token (sv=YYYY-MM-DD ... sig=)',
    // sig is a base64 HMAC-SHA256 (43 characters + padding), often percent-encoded in URLs.
    regex: '\\bsv=\\d{4}-\\d{2}-\\d{2}&[^\\s"\'<>\\x60]{0,400}?\\bsig=((?:[A-Za-z0-9+/]|%2[BbFf]){43}(?:=|%3[Dd]))',
    secretGroup: 1,
    entropy: 3.5,
    keywords: ['sig='],
    tags: ['azure', 'cloud', 'token'],
    allowlists: [PLACEHOLDER_ALLOWLIST],
  },
  {
    id: 'google-api-key',
    description: 'Google API key (AIza..., also Gemini / Generative Language API keys)',
    regex: `\\b(AIza[0-9A-Za-z_-]{35})${END_URLSAFE}`,
    secretGroup: 1,
    entropy: 3.5,
    keywords: ['aiza'],
    tags: ['google', 'gemini', 'cloud', 'key'],
    allowlists: [PLACEHOLDER_ALLOWLIST],
  },
  {
    id: 'google-oauth-client-secret',
    description: 'Google OAuth client secret (GOCSPX-)',
    regex: `\\b(GOCSPX-[A-Za-z0-9_-]{28})${END_URLSAFE}`,
    secretGroup: 1,
    entropy: 3.5,
    keywords: ['gocspx-'],
    tags: ['google', 'cloud', 'oauth'],
    allowlists: [PLACEHOLDER_ALLOWLIST],
  },
  {
    id: 'gcp-service-account-key',
    description: 'Google Cloud service-account JSON key ("type": "service_account" with its private_key)',
    // Google writes `type` before `private_key`; the key is a JSON string with \n escapes.
    regex:
      '"type"\\s*:\\s*"service_account"[\\s\\S]{0,1000}?"private_key"\\s*:\\s*' +
      '"(-----BEGIN PRIVATE KEY-----(?:\\\\n)?[A-Za-z0-9+/=\\\\]{64,}?-----END PRIVATE KEY-----(?:\\\\n)?)"',
    secretGroup: 1,
    entropy: 4.5,
    keywords: ['service_account'],
    tags: ['google', 'gcp', 'cloud', 'private-key'],
    allowlists: [PLACEHOLDER_ALLOWLIST],
  },
];

/** How this family's tokens start (RE2, anchored at the secret's start): catch-all rules leave them to these rules. */
export const CLOUD_TOKEN_PREFIXES: string[] = [
  '(?:AKIA|ASIA|ABIA|ACCA)[A-Z2-7]{16}$',
  'AIza',
  'GOCSPX-',
];
