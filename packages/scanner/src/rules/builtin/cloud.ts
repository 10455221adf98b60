// Cloud providers: AWS (keys, STS session tokens, Bedrock API keys) and Google Cloud (API keys,
// Gemini included, OAuth client secrets and access tokens, service accounts). Azure is azure.ts.
import type { BuiltinRule } from './builtin-rule';
import { END_BASE64, END_URLSAFE, PLACEHOLDER_ALLOWLIST } from './common';
import { SETTING_ASSIGN, token } from './rule-shapes';

/** Name of a setting that holds the AWS secret access key (`aws_secret_access_key`, `secretAccessKey`, ...). */
export const AWS_SECRET_CONTEXT = '(?:aws[\\w.-]{0,30}?(?:secret|sk)|secret[_.-]?access[_.-]?key)';

// Kept here for the generic rule, which imports it from this module.
export { AZURE_KEY_CONTEXT } from './azure';

/**
 * An STS session token is base64 of a binary blob whose first bytes are a length, a newline and
 * either `\x06er/aws` or `\torigin_ec`: in base64, any first character, one of `AQgw` (the
 * length's low bits and the newline), then `oGZXIvYXdz` or `oJb3JpZ2luX2Vj`.
 */
const STS_SESSION_TOKEN_HEAD = '[A-Za-z0-9+/][AQgw]o(?:GZXIvYXdz|Jb3JpZ2luX2Vj)';

/** A service account's PKCS#8 key as a JSON string (group). */
const GCP_PRIVATE_KEY = '(-----BEGIN PRIVATE KEY-----(?:\\\\n)?[A-Za-z0-9+/=\\\\]{64,}?-----END PRIVATE KEY-----(?:\\\\n)?)';

/** The field Google writes right after a service account's private_key. */
export const GCP_CLIENT_EMAIL = '"client_email"\\s*:\\s*"[^"\\s]{1,100}\\.iam\\.gserviceaccount\\.com"';

/** base64("bedrock.amazonaws.com"): a short-term Bedrock key is a presigned URL to that host. */
const BEDROCK_PRESIGNED_HEAD = 'YmVkcm9jay5hbWF6b25hd3MuY29t';

export const CLOUD_RULES: BuiltinRule[] = [
  token({
    id: 'aws-access-token',
    description: 'AWS access key ID (AKIA long-term, ASIA temporary, ABIA/ACCA service, A3T legacy; 16 base32 characters after the type)',
    regex: '\\b((?:A3T[A-Z0-9]|AKIA|ASIA|ABIA|ACCA)[A-Z2-7]{16})\\b',
    entropy: 3,
    keywords: ['a3t', 'akia', 'asia', 'abia', 'acca'],
    tags: ['aws', 'cloud', 'key'],
    gitleaks: true,
  }),
  {
    id: 'aws-secret-access-key',
    description: 'AWS secret access key (40 base64 characters) assigned to an AWS secret setting',
    regex: `(?i)${AWS_SECRET_CONTEXT}[\\w \\t.-]{0,30}?${SETTING_ASSIGN}([A-Za-z0-9/+]{40})${END_BASE64}`,
    secretGroup: 1,
    entropy: 4,
    keywords: ['aws', 'secretaccesskey', 'secret_access_key', 'secret-access-key', 'secret.access.key'],
    tags: ['aws', 'cloud', 'key'],
    allowlists: [PLACEHOLDER_ALLOWLIST],
  },
  {
    id: 'aws-secret-access-key-pair',
    description:
      'AWS secret access key (40 base64 characters) next to an AWS access key id, whatever holds it: a credentials CSV ' +
      '(AKIA...,secret), positional arguments, a pair of plainly named settings',
    // Composite: a 40-character base64 value only counts on the line of an access key id or within two lines of it.
    regex: `(?:^|[^A-Za-z0-9/+=_-])([A-Za-z0-9/+]{40})(?:[^A-Za-z0-9/+=_-]|$)`,
    secretGroup: 1,
    entropy: 4.2,
    // The key id's own keywords: the value is searched where an id is (its line and the next).
    keywords: ['a3t', 'akia', 'asia', 'abia', 'acca'],
    tags: ['aws', 'cloud', 'key'],
    required: [{ id: 'aws-access-token', withinLines: 2 }],
    allowlists: [
      PLACEHOLDER_ALLOWLIST,
      {
        description: 'values that are not random base64: hex (git SHAs, digests), or lacking upper case, lower case or digits',
        regexes: ['^[0-9A-Fa-f]+$', '^[^A-Z]+$', '^[^a-z]+$', '^[^0-9]+$'],
      },
    ],
  },
  token({
    id: 'aws-session-token',
    description: 'AWS STS session token (base64 starting FwoGZXIvYXdz... or IQoJb3JpZ2luX2Vj..., hundreds of characters)',
    regex: `(?:^|[^A-Za-z0-9+/])(${STS_SESSION_TOKEN_HEAD}[A-Za-z0-9+/]{100,}={0,2})${END_BASE64}`,
    entropy: 4.5,
    keywords: ['zxivyxdz', 'b3jpz2lux2vj'],
    tags: ['aws', 'cloud', 'token'],
  }),
  token({
    id: 'aws-amazon-bedrock-api-key-long-lived',
    description: 'Amazon Bedrock long-term API key (ABSK + base64 of the service-specific credential)',
    regex: `\\b(ABSK[A-Za-z0-9+/]{109,269}={0,2})${END_BASE64}`,
    entropy: 4,
    keywords: ['absk'],
    tags: ['aws', 'bedrock', 'cloud', 'key'],
    gitleaks: true,
  }),
  token({
    id: 'aws-amazon-bedrock-api-key-short-lived',
    description: 'Amazon Bedrock short-term API key (bedrock-api-key- + base64 of a presigned bedrock.amazonaws.com URL)',
    // Reported from its fixed head on, as gitleaks does; a head cut short with "..." is documentation.
    regex: `\\b(bedrock-api-key-${BEDROCK_PRESIGNED_HEAD}[A-Za-z0-9+/]*={0,2})(?:[^A-Za-z0-9+/=.]|$)`,
    entropy: 4,
    keywords: ['bedrock-api-key-'],
    tags: ['aws', 'bedrock', 'cloud', 'token'],
    gitleaks: true,
  }),
  token({
    id: 'gcp-api-key',
    description: 'Google API key (AIza + 35 characters; Google Cloud, Firebase, Maps, Gemini / Generative Language API)',
    regex: `\\b(AIza[0-9A-Za-z_-]{35})${END_URLSAFE}`,
    entropy: 3.5,
    keywords: ['aiza'],
    tags: ['google', 'gcp', 'gemini', 'cloud', 'key'],
    gitleaks: true,
  }),
  token({
    id: 'google-oauth-client-secret',
    description: 'Google OAuth client secret (GOCSPX- + 28 characters)',
    regex: `\\b(GOCSPX-[A-Za-z0-9_-]{28})${END_URLSAFE}`,
    entropy: 3.5,
    keywords: ['gocspx-'],
    tags: ['google', 'gcp', 'cloud', 'oauth'],
  }),
  token({
    id: 'google-oauth-access-token',
    description: 'Google OAuth 2.0 access token (ya29. + base64url), valid for an hour after issue',
    regex: `\\b(ya29\\.[A-Za-z0-9_-]{60,})${END_URLSAFE}`,
    entropy: 4,
    keywords: ['ya29.'],
    tags: ['google', 'gcp', 'cloud', 'oauth', 'token'],
  }),
  {
    id: 'gcp-service-account-key',
    description: 'Google Cloud service-account JSON key: its private_key, after "type": "service_account" or before an iam.gserviceaccount.com client_email',
    // Google writes type, project_id, private_key_id, private_key, client_email in that order;
    // the key is a JSON string with \n escapes. No secretGroup: the secret is the group that matched.
    regex:
      `"type"\\s*:\\s*"service_account"[\\s\\S]{0,1000}?"private_key"\\s*:\\s*"${GCP_PRIVATE_KEY}"` +
      `|"private_key"\\s*:\\s*"${GCP_PRIVATE_KEY}"\\s*,\\s*${GCP_CLIENT_EMAIL}`,
    entropy: 4.5,
    keywords: ['service_account', 'private_key'],
    tags: ['google', 'gcp', 'cloud', 'private-key'],
    allowlists: [PLACEHOLDER_ALLOWLIST],
  },
];

/** How this family's tokens start (RE2, anchored at the secret's start): catch-all rules leave them to these rules. */
export const CLOUD_TOKEN_PREFIXES: string[] = [
  '(?:A3T[A-Z0-9]|AKIA|ASIA|ABIA|ACCA)[A-Z2-7]{16}$',
  STS_SESSION_TOKEN_HEAD,
  'ABSK',
  'bedrock-api-key-',
  'AIza',
  'GOCSPX-',
  'ya29\\.',
];
