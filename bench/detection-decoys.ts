// The detection corpus's decoys: values no scanner should report. Two sources:
// - from each rule's planted secrets, near misses of the token's own shape where the provider
//   documents a fixed format (cut short or made longer, a character the format does not have, a
//   single-case token in the other case, a GitHub/npm token with a wrong CRC32), written under
//   neutral names; and
//   placeholders, templates and variable references under the secret's own setting name;
// - everyday high-entropy or secret-sounding text that is not a secret: hashes, UUIDs, git SHAs,
//   base64 of plain text, identifiers, public keys, lockfiles, minified code, public ids.
// Prefixes of real token formats are assembled with join() so this file holds none as a literal.
import { BASE62, HEX } from '../packages/scanner/src/rules/builtin/__fixtures__/fake-secrets';
import { KEY_STYLES, minifiedNoise, Rand, words } from './detection-contexts';

const join = (...parts: string[]): string => parts.join('');

export const DECOY_KINDS = [
  'placeholder', 'template', 'env-reference', 'docs-example',
  'wrong-length', 'wrong-alphabet', 'wrong-case', 'wrong-checksum',
  'hash', 'uuid', 'git-sha', 'base64-text', 'identifier', 'public-id', 'public-key', 'lockfile', 'minified',
] as const;
export type DecoyKind = (typeof DECOY_KINDS)[number];

export interface DecoyValue {
  kind: DecoyKind;
  key: string;
  value: string;
}

/** What the corpus knows of a rule from its planted secrets. */
export interface RuleProfile {
  ruleId: string;
  /** The setting name of one of its planted secrets, when one has a name. */
  key?: string;
  keywords: readonly string[];
  /** Its single-line planted secrets. */
  secrets: readonly string[];
}

const uuid = (r: Rand): string => [8, 4, 4, 4, 12].map((n, i) => (i === 2 ? `4${r.chars(HEX, n - 1)}` : r.chars(HEX, n))).join('-');
const b64 = (bytes: Uint8Array): string => Buffer.from(bytes).toString('base64');

function commonPrefix(values: readonly string[]): string {
  const unique = [...new Set(values)];
  if (unique.length < 2) return '';
  let prefix = unique[0] as string;
  for (const v of unique) while (!v.startsWith(prefix)) prefix = prefix.slice(0, -1);
  // Only a real prefix (letters, digits and a separator, short), not a random body shared by chance.
  const m = /^[A-Za-z0-9]*?[_.-]|^[A-Za-z]{3,}/.exec(prefix);
  return m === null || m[0].length > 12 ? '' : m[0];
}

// ---- CRC32 + base62 of GitHub's and npm's documented token checksum ----

const CRC = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});
function crc32(text: string): number {
  let c = 0xffffffff;
  for (const byte of Buffer.from(text)) c = (CRC[(c ^ byte) & 0xff] as number) ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}
function base62(n: number, width: number): string {
  let out = '';
  for (let v = n; v > 0; v = Math.floor(v / 62)) out = BASE62[v % 62] + out;
  return out.padStart(width, '0');
}
const CHECKSUMMED = new RegExp(`^(?:${['gh', '[pousr]'].join('')}|${['np', 'm'].join('')})_([A-Za-z0-9]{30})([A-Za-z0-9]{6})$`);

/** The token with one random character changed, so its CRC32 no longer matches; undefined when the format has none. */
function wrongChecksum(secret: string, r: Rand): string | undefined {
  const m = CHECKSUMMED.exec(secret);
  if (m === null || base62(crc32(m[1] as string), 6) !== m[2]) return undefined;
  const body = m[1] as string;
  for (;;) {
    const at = r.int(body.length);
    const changed = `${body.slice(0, at)}${r.chars(BASE62, 1)}${body.slice(at + 1)}`;
    if (changed !== body && base62(crc32(changed), 6) !== m[2]) return `${secret.slice(0, secret.length - 36)}${changed}${m[2]}`;
  }
}

const NEUTRAL_KEYS = ['sample_ref', 'fixture_id', 'label', 'slug', 'build_ref', 'example_value', 'note', 'lookup', 'cursor', 'tag_name'];

const B62 = 'A-Za-z0-9';
const B64URL = 'A-Za-z0-9_\\-';
/**
 * Token formats whose length and alphabet the providers document as fixed: a planted secret of one
 * of these shapes gets near misses that are certainly outside its format. (Formats of variable
 * length get none: a shorter or longer value may be a valid token.) `head`: the prefix, as a regex.
 */
const FIXED_FORMATS: Array<{ head: string; body: string; tail: string; upper?: boolean; re: RegExp }> = ([
  { head: `gh[pous]_`, body: `[${B62}]{36}`, tail: BASE62 },
  { head: `github_pat_`, body: `[${B62}]{22}_[${B62}]{59}`, tail: BASE62 },
  { head: join('np', 'm_'), body: `[${B62}]{36}`, tail: BASE62 },
  { head: `(?:${join('AK', 'IA')}|${join('AS', 'IA')})`, body: '[A-Z2-7]{16}', tail: 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567', upper: true },
  { head: join('AI', 'za'), body: `[${B64URL}]{35}`, tail: BASE62 },
  { head: 'SG\\.', body: `[${B64URL}]{22}\\.[${B64URL}]{43}`, tail: BASE62 },
  { head: 'shp(?:at|ca|pa|ss)_', body: '[a-fA-F0-9]{32}', tail: HEX },
  { head: 'do[opr]_v1_', body: '[a-f0-9]{64}', tail: HEX },
  { head: 'hf_', body: '[A-Za-z]{34}', tail: 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ' },
  { head: 'dapi', body: '[a-f0-9]{32}', tail: HEX },
  { head: 'PMAK-', body: '[a-f0-9]{24}-[a-f0-9]{34}', tail: HEX },
  { head: 'dp\\.(?:pt|st|ct|sa|scim|audit)\\.', body: `[${B62}]{43}`, tail: BASE62 },
  { head: 'pul-', body: '[a-f0-9]{40}', tail: HEX },
  { head: 'lin_api_', body: `[${B62}]{40}`, tail: BASE62 },
  { head: 'sntryu_', body: '[a-f0-9]{64}', tail: HEX },
  { head: 'AGE-SECRET-KEY-1', body: '[QPZRY9X8GF2TVDW0S3JN54KHCE6MUA7L]{58}', tail: 'QPZRY9X8GF2TVDW0S3JN54KHCE6MUA7L', upper: true },
  { head: 'dt0c01\\.', body: '[A-Z0-9]{24}\\.[A-Z0-9]{64}', tail: 'ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789', upper: true },
  { head: 'NRAK-', body: '[A-Z0-9]{27}', tail: 'ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789', upper: true },
  { head: 'glsa_', body: `[${B62}]{32}_[a-fA-F0-9]{8}`, tail: HEX },
  { head: 'rubygems_', body: '[a-f0-9]{48}', tail: HEX },
  { head: 'CFPAT-', body: `[${B64URL}]{43}`, tail: BASE62 },
  { head: 'fio-u-', body: `[${B64URL}=]{64}`, tail: BASE62 },
  { head: 'pnu_', body: `[${B62}]{36}`, tail: BASE62 },
  { head: 'pat', body: `[${B62}]{14}\\.[a-f0-9]{64}`, tail: HEX },
  { head: 'p8e-', body: `[${B62}]{32}`, tail: BASE62 },
  { head: 'SK', body: '[0-9a-fA-F]{32}', tail: HEX },
  { head: 'xkeysib-', body: `[a-f0-9]{64}-[${B62}]{16}`, tail: BASE62 },
  { head: 'key-', body: '[a-f0-9]{32}', tail: HEX },
  { head: 'sk-ant-api03-', body: `[${B64URL}]{93}AA`, tail: BASE62 },
] as Array<{ head: string; body: string; tail: string; upper?: boolean }>).map((f) => ({ ...f, re: new RegExp(`^(${f.head})(${f.body})$`) }));

/**
 * Near misses of the rule's own tokens, where its planted secrets have a documented fixed format
 * (cut short or made longer, a character the format does not have, the other case of a
 * single-case format, a wrong CRC32), each under a neutral name.
 */
export function nearMisses(profile: RuleProfile, r: Rand): DecoyValue[] {
  const out: DecoyValue[] = [];
  const key = (): string => r.pick(NEUTRAL_KEYS);
  for (const secret of profile.secrets) {
    const checksum = wrongChecksum(secret, r);
    if (checksum !== undefined) out.push({ kind: 'wrong-checksum', key: key(), value: checksum });
    const format = FIXED_FORMATS.map((f) => ({ f, m: f.re.exec(secret) })).find((x) => x.m !== null);
    if (format === undefined || format.m === null) continue;
    const [, head = '', body = ''] = format.m;
    if (r.int(2) === 0) out.push({ kind: 'wrong-length', key: key(), value: `${head}${body.slice(0, Math.ceil(body.length * 0.6))}` });
    else out.push({ kind: 'wrong-length', key: key(), value: `${secret}${r.chars(format.f.tail, 4)}` });
    const mid = Math.floor(body.length / 2);
    out.push({ kind: 'wrong-alphabet', key: key(), value: `${head}${body.slice(0, mid)}~${body.slice(mid + 1)}` });
    if (format.f.upper === true) out.push({ kind: 'wrong-case', key: key(), value: `${head}${body.toLowerCase()}` });
    return out;
  }
  return out;
}

/** Values that stand for the secret without being it, under the secret's own setting name. */
export function placeholders(profile: RuleProfile, r: Rand): DecoyValue[] {
  const key = profile.key;
  if (key === undefined) return [];
  const sample = profile.secrets[0] ?? 'x'.repeat(32);
  const prefix = commonPrefix(profile.secrets);
  const up = KEY_STYLES.upper(key);
  const choices: DecoyValue[] = [
    { kind: 'template', key, value: `\${${up}}` },
    { kind: 'template', key, value: `{{ .Values.${KEY_STYLES.camel(key)} }}` },
    { kind: 'template', key, value: `\${{ secrets.${up} }}` },
    { kind: 'placeholder', key, value: `<your-${KEY_STYLES.kebab(key)}>` },
    { kind: 'placeholder', key, value: 'changeme' },
    { kind: 'placeholder', key, value: 'x'.repeat(sample.length) },
    { kind: 'placeholder', key, value: `your_${words(key).join('_')}_here` },
    { kind: 'placeholder', key, value: 'REPLACE_ME' },
    { kind: 'placeholder', key, value: `${prefix}${'x'.repeat(Math.max(8, sample.length - prefix.length))}` },
    { kind: 'placeholder', key, value: `${prefix}${'0'.repeat(Math.max(8, sample.length - prefix.length))}` },
    { kind: 'env-reference', key, value: `$${up}` },
    { kind: 'env-reference', key, value: `%${up}%` },
  ];
  const first = r.pick(choices);
  const second = r.pick(choices.filter((c) => c !== first));
  return [first, second];
}

/** Secret-sounding or high-entropy text that is not a secret, as a setting. */
export function everydayDecoy(r: Rand): DecoyValue {
  const pick = r.int(24);
  switch (pick) {
    case 0: return { kind: 'hash', key: r.pick(['sha256', 'checksum', 'content_sha256', 'digest']), value: r.chars(HEX, 64) };
    case 1: return { kind: 'hash', key: r.pick(['md5', 'etag', 'cache_key', 'file_hash']), value: r.chars(HEX, 32) };
    case 2: return { kind: 'hash', key: r.pick(['integrity', 'sri']), value: `sha512-${b64(r.bytes(64))}` };
    case 3: return { kind: 'git-sha', key: r.pick(['commit', 'rev', 'git_sha', 'build_commit', 'revision']), value: r.chars(HEX, 40) };
    case 4: return { kind: 'uuid', key: r.pick(['request_id', 'tenant_id', 'subscription_id', 'project_guid', 'correlation_id', 'workspace_id']), value: uuid(r) };
    case 5: return { kind: 'uuid', key: r.pick(['AZURE_TENANT_ID', 'AZURE_SUBSCRIPTION_ID', 'ARM_TENANT_ID']), value: uuid(r) };
    case 6: return { kind: 'base64-text', key: r.pick(['banner', 'motd_b64', 'description', 'welcome_message']), value: b64(Buffer.from(prose(r))) };
    case 7: return { kind: 'identifier', key: r.pick(['password_field', 'token_param_name', 'secret_ref']), value: r.pick(['user_password_confirmation', 'refreshTokenFromSessionCookie', 'prod-db-credentials', 'accessTokenExpiresAtUtc']) };
    case 8: return { kind: 'identifier', key: r.pick(['token_url', 'auth_endpoint', 'secret_manager_url']), value: r.pick(['https://oauth2.example.com/token', 'https://login.example.com/oauth2/v2.0/authorize', 'https://vault.example.com/v1/secret/data/app']) };
    case 9: return { kind: 'identifier', key: r.pick(['api_key_header', 'auth_scheme', 'token_type']), value: r.pick(['X-Api-Key', 'Bearer', 'x-amz-security-token', 'Authorization']) };
    case 10: return { kind: 'identifier', key: r.pick(['PASSWORD_MIN_LENGTH', 'TOKEN_TTL_SECONDS', 'SECRET_ROTATION_DAYS']), value: String(8 + r.int(3600)) };
    case 11: return { kind: 'identifier', key: r.pick(['secret_key_file', 'password_file', 'credentials_path']), value: r.pick(['/run/secrets/app_secret_key', '/etc/app/credentials.json', '~/.config/app/token']) };
    case 12: return { kind: 'identifier', key: r.pick(['handler', 'callback', 'loader']), value: r.pick(['getAccessTokenForServiceAccountImpersonation', 'validateClientSecretAgainstRegisteredRedirects', 'PasswordResetTokenGeneratorFactory']) };
    case 13: return { kind: 'template', key: r.pick(['password', 'api_key', 'client_secret', 'token']), value: r.pick(['${DB_PASSWORD}', '{{ .Values.apiKey }}', '${{ secrets.DEPLOY_TOKEN }}', '%(password)s', '<%= ENV["API_KEY"] %>', '{{ vault "secret/app" "token" }}']) };
    case 14: return { kind: 'env-reference', key: r.pick(['password', 'secret', 'api_token']), value: r.pick(['$API_TOKEN', 'process.env.API_TOKEN', 'os.getenv("SECRET_KEY")', 'System.getenv("DB_PASSWORD")', 'ENV.fetch("API_KEY")']) };
    case 15: return { kind: 'placeholder', key: r.pick(['api_key', 'password', 'client_secret', 'auth_token', 'secret_key']), value: r.pick(['<your-api-key>', 'changeme', 'xxxxxxxxxxxxxxxxxxxxxxxx', 'YOUR_API_KEY', 'your-secret-here', '********', 'TODO', 'dummy', '<token>', 'REDACTED']) };
    case 16: return { kind: 'docs-example', key: 'aws_access_key_id', value: join('AK', 'IA', 'IOSFODNN7', 'EXAMPLE') };
    case 17: return { kind: 'docs-example', key: 'aws_secret_access_key', value: join('wJalrXUtnFEMI', '/K7MDENG/', 'bPxRfiCY', 'EXAMPLEKEY') };
    case 18: return { kind: 'public-id', key: r.pick(['stripe_publishable_key', 'STRIPE_PK']), value: join('pk', '_live_', r.chars(BASE62, 24 + r.int(76))) };
    case 19: return { kind: 'public-id', key: 'sentry_dsn', value: `https://${r.chars(HEX, 32)}@o${100000 + r.int(900000)}.ingest.sentry.io/${1000000 + r.int(9000000)}` };
    case 20: return { kind: 'public-id', key: r.pick(['google_site_verification', 'site_verification']), value: r.chars(`${BASE62}_-`, 43) };
    case 21: return { kind: 'public-key', key: r.pick(['age_recipient', 'public_key']), value: `age1${r.chars('qpzry9x8gf2tvdw0s3jn54khce6mua7l', 58)}` };
    case 22: return { kind: 'public-key', key: r.pick(['ssh_public_key', 'deploy_key_pub', 'authorized_key']), value: sshPublicKey(r) };
    default: return { kind: 'hash', key: r.pick(['image_digest', 'layer']), value: `sha256:${r.chars(HEX, 64)}` };
  }
}

function prose(r: Rand): string {
  const sentences = ['Welcome to the staging environment.', 'Deploys run every weekday at noon.', 'Contact the platform team for access.', 'This banner is shown on the login page.', 'Maintenance window: Sunday 02:00 UTC.'];
  return `${r.pick(sentences)} ${r.pick(sentences)}`;
}

/** An SSH public key line: the real wire format (type, exponent, modulus), random modulus. */
export function sshPublicKey(r: Rand): string {
  if (r.int(2) === 0) {
    const blob = Buffer.concat([lenPrefixed(Buffer.from('ssh-ed25519')), lenPrefixed(Buffer.from(r.bytes(32)))]);
    return `ssh-ed25519 ${blob.toString('base64')} deploy@ci`;
  }
  const modulus = Buffer.concat([Buffer.from([0]), Buffer.from(r.bytes(256))]);
  const blob = Buffer.concat([lenPrefixed(Buffer.from('ssh-rsa')), lenPrefixed(Buffer.from([1, 0, 1])), lenPrefixed(modulus)]);
  return `ssh-rsa ${blob.toString('base64')} ops@bastion`;
}

function lenPrefixed(data: Buffer): Buffer {
  const len = Buffer.alloc(4);
  len.writeUInt32BE(data.length);
  return Buffer.concat([len, data]);
}

/** A whole file of decoys, one per line listed (1-based). */
export interface DecoyFile {
  path: string;
  text: string;
  decoys: Array<{ line: number; kind: DecoyKind }>;
}

/** Files that are nothing but non-secret high-entropy text: lockfiles, public keys, bundles, solution files. */
export function decoyFiles(r: Rand, n: number): DecoyFile[] {
  const files: DecoyFile[] = [];
  const track = (path: string, lines: string[], kinds: Array<DecoyKind | undefined>): void => {
    const decoys = kinds.flatMap((kind, i) => (kind === undefined ? [] : [{ line: i + 1, kind }]));
    files.push({ path, text: `${lines.join('\n')}\n`, decoys });
  };
  const name = `pkg${n}`;

  // package-lock.json: integrity hashes and resolved URLs.
  {
    const lines = ['{', `  "name": "${name}",`, '  "lockfileVersion": 3,', '  "packages": {'];
    const kinds: Array<DecoyKind | undefined> = [undefined, undefined, undefined, undefined];
    for (let i = 0; i < 20; i++) {
      const dep = `${r.pick(['lodash', 'react', 'chalk', 'debug', 'ms', 'semver', 'yaml', 'uuid'])}-${r.chars('abcdefghij', 4)}`;
      lines.push(`    "node_modules/${dep}": {`, `      "version": "${r.int(9)}.${r.int(20)}.${r.int(9)}",`, `      "resolved": "https://registry.npmjs.org/${dep}/-/${dep}-1.0.0.tgz",`, `      "integrity": "sha512-${b64(r.bytes(64))}"`, `    }${i === 19 ? '' : ','}`);
      kinds.push(undefined, undefined, undefined, 'lockfile', undefined);
    }
    lines.push('  }', '}');
    track(`apps/${name}/package-lock.json`, lines, kinds);
  }
  // go.sum and Cargo.lock.
  {
    const lines: string[] = [];
    for (let i = 0; i < 15; i++) lines.push(`github.com/example/${r.chars('abcdefghijklmnop', 6)} v1.${r.int(20)}.${r.int(9)} h1:${b64(r.bytes(32))}`);
    track(`services/${name}/go.sum`, lines, lines.map(() => 'lockfile'));
    const cargo: string[] = ['version = 3', ''];
    const cargoKinds: Array<DecoyKind | undefined> = [undefined, undefined];
    for (let i = 0; i < 12; i++) {
      cargo.push('[[package]]', `name = "${r.chars('abcdefghijklmnop', 7)}"`, `version = "0.${r.int(20)}.${r.int(9)}"`, 'source = "registry+https://github.com/rust-lang/crates.io-index"', `checksum = "${r.chars(HEX, 64)}"`, '');
      cargoKinds.push(undefined, undefined, undefined, undefined, 'lockfile', undefined);
    }
    track(`crates/${name}/Cargo.lock`, cargo, cargoKinds);
  }
  // known_hosts / authorized_keys, and PEM public keys and certificates.
  {
    const lines = Array.from({ length: 6 }, (_, i) => (i % 2 === 0 ? `${name}-${i}.example.com,10.0.${r.int(255)}.${r.int(255)} ${sshPublicKey(r)}` : sshPublicKey(r)));
    track(`deploy/${name}/authorized_keys`, lines, lines.map(() => 'public-key'));
    const pem = (label: string, bytes: number): string[] => [`-----BEGIN ${label}-----`, ...(b64(r.bytes(bytes)).match(/.{1,64}/g) ?? []), `-----END ${label}-----`];
    const pub = pem('PUBLIC KEY', 294);
    const cert = pem('CERTIFICATE', 900);
    const all = [...pub, '', ...cert];
    track(`certs/${name}/server.pem`, all, all.map((l) => (l === '' ? undefined : 'public-key')));
  }
  // A minified bundle with an inline source map (base64 JSON), and a Visual Studio solution full of GUIDs.
  {
    const map = b64(Buffer.from(JSON.stringify({ version: 3, sources: [`src/${name}.ts`], mappings: Array.from({ length: 40 }, () => r.chars('ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/', 4 + r.int(4))).join(';') })));
    const lines = [`!function(){var e={${Array.from({ length: 30 }, () => minifiedNoise(r)).join(',')}}}();`, `//# sourceMappingURL=data:application/json;charset=utf-8;base64,${map}`];
    track(`public/assets/vendor-${name}.${r.chars(HEX, 10)}.js`, lines, ['minified', 'base64-text']);
    const guid = (): string => uuid(r).toUpperCase();
    const sln = ['Microsoft Visual Studio Solution File, Format Version 12.00'];
    for (let i = 0; i < 6; i++) sln.push(`Project("{${guid()}}") = "${name}.Part${i}", "src\\${name}.Part${i}.csproj", "{${guid()}}"`, 'EndProject');
    track(`${name}.sln`, sln, sln.map((l) => (l.startsWith('Project(') ? 'uuid' : undefined)));
  }
  return files;
}

