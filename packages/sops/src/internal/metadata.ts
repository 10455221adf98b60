// The `sops` metadata block: reading it (nested for YAML/JSON, flattened for dotenv/INI) and
// building it for writing, in the field order of sops 3.10+ (empty key lists omitted).
import { ruleConflict, withDefaultRule, type CryptRules } from './crypt-rules';
import { SopsError } from './sops-error';

export interface SopsAgeStanza {
  recipient: string;
  /** The armored age file holding the data key. */
  enc: string;
}

export interface SopsMetadata {
  version: string | undefined;
  /** As written in the file. */
  lastModified: string;
  /** The encrypted MAC as stored, or undefined when the file has none. */
  mac: string | undefined;
  /** Age stanzas of every key group, in file order. */
  age: SopsAgeStanza[];
  /** Other master key types present with at least one key (pgp, kms, gcp_kms, azure_kv, hc_vault); ignored here. */
  otherKeyTypes: string[];
  keyGroupCount: number;
  shamirThreshold: number | undefined;
  /** The encryption rules as written (no default applied). */
  rules: CryptRules;
}

const OTHER_KEY_TYPES = ['pgp', 'kms', 'gcp_kms', 'azure_kv', 'hc_vault'] as const;

const RULE_FIELDS: readonly (readonly [Exclude<keyof CryptRules, 'macOnlyEncrypted'>, string])[] = [
  ['unencryptedSuffix', 'unencrypted_suffix'],
  ['encryptedSuffix', 'encrypted_suffix'],
  ['unencryptedRegex', 'unencrypted_regex'],
  ['encryptedRegex', 'encrypted_regex'],
  ['unencryptedCommentRegex', 'unencrypted_comment_regex'],
  ['encryptedCommentRegex', 'encrypted_comment_regex'],
];

type Loc = { fileName: string; line?: number };

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function listOf(v: unknown): Record<string, unknown>[] {
  return Array.isArray(v) ? v.filter(isRecord) : [];
}

function stringField(raw: Record<string, unknown>, name: string): string | undefined {
  const v = raw[name];
  return typeof v === 'string' ? v : v === undefined || v === null ? undefined : String(v);
}

export function readMetadata(raw: unknown, loc: Loc): SopsMetadata {
  if (!isRecord(raw)) throw new SopsError('not-sops', 'the "sops" metadata is not a map; is this a sops-encrypted file?', loc);
  const lastModified = stringField(raw, 'lastmodified');
  if (lastModified === undefined || normalizeLastModified(lastModified) === undefined) {
    throw new SopsError('parse', 'the sops metadata has no valid "lastmodified" (RFC 3339 time); re-encrypt the file with sops', loc);
  }
  const groups = listOf(raw.key_groups);
  const flatGroup = [raw];
  const keyGroups = groups.length > 0 && !hasAnyKey(raw) ? groups : flatGroup;
  const rules: CryptRules = {};
  for (const [field, name] of RULE_FIELDS) {
    const value = stringField(raw, name);
    if (value !== undefined && value !== '') rules[field] = value;
  }
  if (raw.mac_only_encrypted === true || raw.mac_only_encrypted === 'true') rules.macOnlyEncrypted = true;
  const conflict = ruleConflict(rules);
  if (conflict !== null) throw new SopsError('parse', `invalid sops metadata: ${conflict}`, loc);
  const threshold = Number(raw.shamir_threshold);
  return {
    version: stringField(raw, 'version'),
    lastModified,
    mac: nonEmpty(stringField(raw, 'mac')),
    age: keyGroups.flatMap((g) =>
      listOf(g.age).map((a) => ({ recipient: stringField(a, 'recipient') ?? '', enc: stringField(a, 'enc') ?? '' })),
    ),
    otherKeyTypes: OTHER_KEY_TYPES.filter((type) => keyGroups.some((g) => listOf(g[type]).length > 0)),
    keyGroupCount: keyGroups.length,
    shamirThreshold: Number.isInteger(threshold) && threshold > 0 ? threshold : undefined,
    rules,
  };
}

function hasAnyKey(raw: Record<string, unknown>): boolean {
  return ['age', ...OTHER_KEY_TYPES].some((type) => listOf(raw[type]).length > 0);
}

function nonEmpty(v: string | undefined): string | undefined {
  return v === undefined || v === '' ? undefined : v;
}

/** The rules sops applies when decrypting (the default suffix when none is set). */
export function effectiveRules(metadata: SopsMetadata): CryptRules {
  return withDefaultRule(metadata.rules);
}

/**
 * Go's time.Parse(RFC3339) then Format(RFC3339): the exact string sops uses as the MAC's authenticated
 * data. Fractions of a second are dropped; a +00:00 offset prints as Z.
 */
export function normalizeLastModified(text: string): string | undefined {
  const m = /^(\d{4}-\d{2}-\d{2})[Tt](\d{2}:\d{2}:\d{2})(?:\.\d+)?([Zz]|[+-]\d{2}:\d{2})$/.exec(text);
  if (m === null) return undefined;
  const zone = m[3] === 'z' || m[3] === 'Z' || m[3] === '+00:00' ? 'Z' : m[3];
  return `${m[1]}T${m[2]}${zone}`;
}

/** RFC 3339 in UTC without fractions, as sops writes `lastmodified`. */
export function formatLastModified(date: Date): string {
  return `${date.toISOString().slice(0, 19)}Z`;
}

export interface MetadataToWrite {
  age: readonly SopsAgeStanza[];
  lastModified: string;
  mac: string;
  rules: CryptRules;
  version: string;
}

/** The metadata as an ordered plain object, the way sops 3.10+ marshals it. */
export function metadataObject(m: MetadataToWrite): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  if (m.age.length > 0) out.age = m.age.map((a) => ({ recipient: a.recipient, enc: a.enc }));
  out.lastmodified = m.lastModified;
  out.mac = m.mac;
  for (const [field, name] of RULE_FIELDS) {
    const value = m.rules[field];
    if (typeof value === 'string' && value !== '') out[name] = value;
  }
  if (m.rules.macOnlyEncrypted === true) out.mac_only_encrypted = true;
  out.version = m.version;
  return out;
}

const MAP_SEP = '__map_';
const LIST_SEP = '__list_';

/** stores.FlattenMetadata + EncodeNonStrings + EncodeNewLines, sorted as the dotenv store writes it. */
export function flattenMetadata(meta: Record<string, unknown>): [string, string][] {
  const flat: [string, string][] = [];
  const visit = (prefix: string, value: unknown): void => {
    if (Array.isArray(value)) value.forEach((v, i) => visit(`${prefix}${LIST_SEP}${i}`, v));
    else if (isRecord(value)) for (const [k, v] of Object.entries(value)) visit(`${prefix}${MAP_SEP}${k}`, v);
    else if (value !== undefined && value !== null) flat.push([prefix, String(value).replace(/\n/g, '\\n')]);
  };
  for (const [k, v] of Object.entries(meta)) visit(k, v);
  return flat.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
}

/** stores.UnflattenMetadata after DecodeNewLines: `age__list_0__map_enc` → { age: [{ enc }] }. */
export function unflattenMetadata(flat: readonly (readonly [string, string])[]): Record<string, unknown> {
  const root: Record<string, unknown> = {};
  for (const [key, rawValue] of flat) {
    const tokens = key.split(/(?=__map_|__list_)/).map((t) =>
      t.startsWith(LIST_SEP) ? Number(t.slice(LIST_SEP.length)) : t.startsWith(MAP_SEP) ? t.slice(MAP_SEP.length) : t,
    );
    let node: Record<string, unknown> | unknown[] = root;
    tokens.forEach((token, i) => {
      const last = i === tokens.length - 1;
      const slot = node as Record<string | number, unknown>;
      if (last) {
        slot[token] = rawValue.replace(/\\n/g, '\n');
        return;
      }
      if (slot[token] === undefined) slot[token] = typeof tokens[i + 1] === 'number' ? [] : {};
      node = slot[token] as Record<string, unknown> | unknown[];
    });
  }
  return root;
}
