// The `rotation:` section of `.github/mcp-secrets.yml`: which keys are rotated how often and by whom.
//
//   rotation:
//     - vault: secret/app-prod            # a KV v2 path, or `bundle: <file>` (`bundle: true`: the configured bundle)
//       keys: [MACHINE_SECRET_TOKEN]      # or `all` (the default)
//       owner: platform-team
//       every: 90d                        # 12w, monthly, quarterly, annually, on-compromise, never
import { ConfigurationError, showUntrusted } from '@mcp-secrets/ports';
import { isMap, isScalar, isSeq } from 'yaml';
import type { Node, Pair } from 'yaml';
import { POLICY_HINT, parseRotationPolicy, type RotationPolicy } from './rotation-policy';

/** Where scheduled keys live; a bundle without a path is the configured one (`controls.bundle`). */
export type RotationSource = { kind: 'vault'; path: string } | { kind: 'bundle'; path?: string };

export interface RotationEntry {
  /** 1-based position in the `rotation:` list, as messages name it. */
  index: number;
  file: string;
  line: number | null;
  source: RotationSource;
  keys: string[] | 'all';
  owner: string;
  policy: RotationPolicy;
}

const FIELDS = ['vault', 'bundle', 'keys', 'owner', 'every'];
const HINT = 'see "Rotation schedule" in the ops-controls README';
/** KV and bundle key names as the sync action accepts them, at a length a report can show. */
const KEY_NAME = /^[A-Za-z_][A-Za-z0-9_.-]{0,127}$/;
const VAULT_PATH = /^[A-Za-z0-9_.-]+(?:\/[A-Za-z0-9_.@-]+)+$/;

type LineOf = (node: unknown) => number | null;

/** The entries of a `rotation:` node (null or empty: none); each error names the file, line and entry. */
export function readRotationSection(file: string, section: Node | null, lineOf: LineOf): RotationEntry[] {
  if (section === null || (isScalar(section) && section.value === null)) return [];
  if (!isSeq(section)) throw new ConfigurationError('`rotation:` must be a list of entries', { file, line: lineOf(section) ?? undefined, hint: HINT });
  const entries = (section.items as Array<Node | null>).map((item, position) => readEntry(file, item, position + 1, lineOf(item) ?? lineOf(section), lineOf));
  refuseOverlaps(entries);
  return entries;
}

function readEntry(file: string, node: Node | null, index: number, line: number | null, lineOf: LineOf): RotationEntry {
  const failAt = (at: number | null, message: string): never => {
    throw new ConfigurationError(`rotation[${index}]: ${message}`, { file, line: at ?? undefined, hint: HINT });
  };
  if (!isMap(node)) return failAt(line, `expected a mapping with ${FIELDS.join(', ')}`);
  const fields = new Map<string, Pair<Node, Node | null>>();
  for (const pair of node.items as Array<Pair<Node, Node | null>>) {
    const key = isScalar(pair.key) ? String(pair.key.value) : '';
    if (!FIELDS.includes(key)) failAt(lineOf(pair.key), `unknown key '${showUntrusted(key, 40)}' (valid: ${FIELDS.join(', ')})`);
    fields.set(key, pair);
  }
  const source = readSource(fields, (message) => failAt(line, message), failAt, lineOf);
  const named = source.kind === 'vault' ? `vault ${source.path}` : source.path === undefined ? 'the configured bundle' : `bundle ${source.path}`;
  const fail = (at: Node | null | undefined, message: string): never => failAt(lineOf(at) ?? line, `(${named}) ${message}`);
  const text = (name: string): { value: string; node: Node | null } | undefined => {
    const pair = fields.get(name);
    if (pair === undefined) return undefined;
    // A number is kept as text, so `every: 90` is refused as a policy (write 90d), not as a type.
    const value = isScalar(pair.value) && ['string', 'number'].includes(typeof pair.value.value) ? String(pair.value.value).trim() : '';
    return value === '' ? fail(pair.value ?? pair.key, `${name}: expected a non-empty string`) : { value, node: pair.value };
  };
  const owner = text('owner') ?? fail(node, 'owner: missing (who rotates these keys)');
  const every = text('every') ?? fail(node, `every: missing (${POLICY_HINT})`);
  const policy = parseRotationPolicy(every.value) ?? fail(every.node, `every: '${showUntrusted(every.value, 40)}' is not a rotation policy (${POLICY_HINT})`);
  return { index, file, line, source, keys: readKeys(fields.get('keys'), fail), owner: owner.value, policy };
}

function readSource(
  fields: Map<string, Pair<Node, Node | null>>,
  fail: (message: string) => never,
  failAt: (line: number | null, message: string) => never,
  lineOf: LineOf,
): RotationSource {
  const vault = fields.get('vault');
  const bundle = fields.get('bundle');
  if ((vault === undefined) === (bundle === undefined)) return fail('give exactly one of `vault: <KV v2 path>` and `bundle: <file>`');
  if (vault !== undefined) {
    const path = isScalar(vault.value) && typeof vault.value.value === 'string' ? vault.value.value.trim().replace(/^\/+|\/+$/g, '') : '';
    if (!VAULT_PATH.test(path) || path.length > 512 || path.split('/').includes('..')) {
      return failAt(lineOf(vault.value ?? vault.key), 'vault: expected a KV v2 path such as secret/app-prod (mount/path)');
    }
    return { kind: 'vault', path };
  }
  const value = bundle?.value ?? null;
  if (isScalar(value) && value.value === true) return { kind: 'bundle' };
  const path = isScalar(value) && typeof value.value === 'string' ? value.value.trim() : '';
  if (path === '' || path.startsWith('/') || path.split('/').includes('..')) {
    return failAt(lineOf(value ?? bundle?.key), 'bundle: expected the bundle file relative to the repository root, or true for controls.bundle');
  }
  return { kind: 'bundle', path };
}

function readKeys(pair: Pair<Node, Node | null> | undefined, fail: (at: Node | null | undefined, message: string) => never): string[] | 'all' {
  if (pair === undefined) return 'all';
  const value = pair.value;
  if (isScalar(value) && value.value === 'all') return 'all';
  const items = isSeq(value) ? (value.items as Array<Node | null>) : [value];
  if (items.length === 0) return fail(value ?? pair.key, 'keys: expected key names or all');
  const names = items.map((item) => {
    const name = isScalar(item) && typeof item.value === 'string' ? item.value.trim() : '';
    return KEY_NAME.test(name) ? name : fail(item ?? pair.key, `keys: '${showUntrusted(String(isScalar(item) ? item.value : ''), 40)}' is not a key name (letters, digits, _ . -)`);
  });
  return [...new Set(names)];
}

/** A key has one policy: the same key twice, or `all` twice, for one source is an error naming both entries. */
function refuseOverlaps(entries: RotationEntry[]): void {
  const seen = new Map<string, RotationEntry>();
  for (const entry of entries) {
    const source = entry.source.kind === 'vault' ? `vault ${entry.source.path}` : `bundle ${entry.source.path ?? ''}`;
    for (const key of entry.keys === 'all' ? ['*'] : entry.keys) {
      const earlier = seen.get(`${source}\0${key}`);
      if (earlier !== undefined) {
        const what = key === '*' ? '`keys: all`' : `key ${key}`;
        throw new ConfigurationError(`rotation[${entry.index}]: ${what} of ${source.trim()} is already scheduled by rotation[${earlier.index}] (line ${earlier.line ?? '?'})`, {
          file: entry.file,
          line: entry.line ?? undefined,
          hint: 'give each key one entry; `keys: all` covers the keys no other entry names',
        });
      }
      seen.set(`${source}\0${key}`, entry);
    }
  }
}
