// Private key material: PEM/PGP private key blocks, PuTTY private key files, age identities,
// and key store files (PKCS#12 .p12/.pfx, Java .jks/.keystore).
import type { BuiltinRule } from './builtin-rule';
import { bech32ChecksumOk } from './checksums';
import { PLACEHOLDER_ALLOWLIST } from './common';

const PEM_LABEL = '[ A-Z0-9]{0,24} PRIVATE KEY(?: BLOCK)?-----';

export const CRYPTO_KEY_RULES: BuiltinRule[] = [
  {
    id: 'private-key',
    description: 'PEM or PGP private key block (RSA, EC, DSA, OPENSSH, PKCS#8, ENCRYPTED), across lines',
    // The body allows real line breaks and the `\n` escapes of keys pasted into strings. It
    // excludes `-`, so each BEGIN scans only up to the next dash: linear time even on a line of
    // BEGIN markers. Armor headers (legacy encrypted PEM, PGP) are matched line by line. A service
    // account's key is gcp-service-account-key's finding: the engine keeps that rule's, the same
    // secret listed first (one secret, one finding).
    regex:
      `(-----BEGIN${PEM_LABEL}(?:\\s|\\\\[rn])*` +
      `(?:(?:Proc-Type|DEK-Info|Version|Comment|Hash|Charset):[^\\r\\n\\\\]*(?:\\s|\\\\[rn])+)*` +
      `[A-Za-z0-9+/=\\s\\\\]{64,}-----END${PEM_LABEL})`,
    secretGroup: 1,
    entropy: 4.5,
    keywords: ['private key'],
    tags: ['private-key', 'crypto'],
    allowlists: [PLACEHOLDER_ALLOWLIST],
    equivalents: { gitleaks: 'private-key', betterleaks: 'private-key' },
  },
  {
    id: 'putty-private-key',
    description: 'PuTTY private key file (PuTTY-User-Key-File-2/3): the Private-Lines block, encrypted or not',
    regex:
      'PuTTY-User-Key-File-[0-9]:[ \\t]*[\\w@.-]+[ \\t]*\\r?\\n(?:[\\w-]+:[^\\r\\n]*\\r?\\n|[A-Za-z0-9+/=]+\\r?\\n){2,200}?' +
      'Private-Lines:[ \\t]*[0-9]{1,3}[ \\t]*\\r?\\n((?:[A-Za-z0-9+/=]{4,64}\\r?\\n){0,40}[A-Za-z0-9+/=]{4,64})\\r?\\nPrivate-(?:MAC|Hash):',
    secretGroup: 1,
    entropy: 4,
    keywords: ['putty-user-key-file-'],
    tags: ['putty', 'ssh', 'private-key', 'crypto'],
    allowlists: [PLACEHOLDER_ALLOWLIST],
  },
  {
    id: 'age-secret-key',
    description: 'age secret key (AGE-SECRET-KEY-1..., post-quantum AGE-SECRET-KEY-PQ-1...), bech32',
    // 32 bytes of key in bech32: 52 data characters + a 6-character checksum.
    regex: '\\bAGE-SECRET-KEY-(?:PQ-)?1[QPZRY9X8GF2TVDW0S3JN54KHCE6MUA7L]{58}\\b',
    entropy: 3.5,
    keywords: ['age-secret-key-'],
    tags: ['age', 'sops', 'private-key', 'crypto'],
    allowlists: [PLACEHOLDER_ALLOWLIST],
    validate: bech32ChecksumOk,
    equivalents: { gitleaks: 'age-secret-key', betterleaks: 'age-secret-key' },
  },
  {
    id: 'pkcs12-file',
    description: 'PKCS#12 key store file (.p12, .pfx), which bundles a private key with its certificate',
    // A path-only rule, as gitleaks': the file itself is the finding.
    path: '(?i)(?:^|/)[^/]+\\.p(?:12|fx)$',
    keywords: ['p12', 'pfx'],
    tags: ['pkcs12', 'private-key', 'crypto'],
    equivalents: { gitleaks: 'pkcs12-file', betterleaks: 'pkcs12-file' },
  },
  {
    id: 'java-keystore-file',
    description: 'Java key store file (.jks, .jceks, .bks, .keystore), which holds private keys',
    // A path-only rule, like pkcs12-file. Trust stores hold certificates only, and Android's
    // debug.keystore is a published development key.
    path: '(?i)(?:^|/)[^/]+\\.(?:jks|jceks|bks|keystore)$',
    keywords: ['keystore'],
    tags: ['java', 'keystore', 'private-key', 'crypto'],
    allowlists: [
      {
        description: 'trust stores and the Android debug key store',
        paths: ['(?i)(?:^|/)(?:[^/]*trust[^/]*|cacerts[^/]*|debug\\.keystore)$'],
      },
    ],
  },
];

/** How this family's tokens start (RE2, anchored at the secret's start): catch-all rules leave them to these rules. */
export const CRYPTO_KEY_TOKEN_PREFIXES: string[] = [
  'AGE-SECRET-KEY-',
];
