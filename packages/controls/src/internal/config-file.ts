import { ConfigurationError } from '@mcp-secrets/ports';
import { isMap, isScalar, isSeq } from 'yaml';
import type { Node, Pair } from 'yaml';
import { parseDuration } from './durations';
import type { ControlsOptionsInput } from './options';
import { readRotationSection } from './rotation-config';
import { parseWithPositions } from './yaml-positions';

/** The suite's shared configuration file; its `controls:` section configures these checks. */
export const CONTROLS_CONFIG_FILE = '.github/mcp-secrets.yml';

const HINT = 'see the "controls:" section in the ops-controls README';

type Reader = (value: Node | null, fail: (message: string) => never) => Partial<ControlsOptionsInput>;

const text = (name: keyof ControlsOptionsInput): Reader => (value, fail) => ({ [name]: stringOf(value, fail) });
const list = (name: keyof ControlsOptionsInput): Reader => (value, fail) => ({ [name]: listOf(value, fail) });

const KEYS: Record<string, Reader> = {
  bundle: text('bundlePath'),
  'sops-config': text('sopsConfigPath'),
  'gitleaks-config': text('gitleaksConfigPath'),
  baseline: text('baselinePath'),
  'secrets-inventory': text('secretsInventoryPath'),
  'vault-secret-path': text('vaultSecretPath'),
  'vault-approle-name': text('vaultApproleName'),
  'sync-jobs': list('syncJobs'),
  'private-key-allowlist': list('privateKeyAllowlist'),
  'allowed-sops-key-types': list('allowedSopsKeyTypes'),
  'vault-read-only-role': (value, fail) => {
    if (!isScalar(value) || typeof value.value !== 'boolean') fail('expected true or false');
    return { vaultReadOnlyRole: (value as { value: boolean }).value };
  },
  'rotation-days': (value, fail) => {
    if (isScalar(value)) {
      const days = daysOf(value, fail);
      return { rotationDays: { sops: days, vault: days } };
    }
    const fields = mapOf(value, ['sops', 'vault'], fail);
    const days = (node: Node | null | undefined): number | undefined => (node === undefined ? undefined : daysOf(node, fail));
    return { rotationDays: { sops: days(fields.sops), vault: days(fields.vault) } };
  },
  'approle-limits': (value, fail) => {
    const fields = mapOf(value, ['token-ttl', 'token-max-ttl', 'secret-id-ttl'], fail);
    const seconds = (node: Node | null | undefined): number | undefined => {
      if (node === undefined) return undefined;
      const parsed = parseDuration(isScalar(node) ? node.value : undefined);
      return parsed === undefined || parsed <= 0 ? fail('expected a duration such as 3600, 1h or 720h') : parsed;
    };
    return { approleLimits: { tokenTtl: seconds(fields['token-ttl']), tokenMaxTtl: seconds(fields['token-max-ttl']), secretIdTtl: seconds(fields['secret-id-ttl']) } };
  },
};

/**
 * Options from the `controls:` section of `.github/mcp-secrets.yml`, and the rotation schedule from its
 * `rotation:` section (other sections belong to other actions).
 */
export function parseControlsConfig(file: string, source: string): ControlsOptionsInput {
  const { doc, lineOf, error } = parseWithPositions(source);
  if (error !== undefined) throw new ConfigurationError(error.description, { file, line: error.line, hint: 'fix the YAML syntax' });
  if (doc.contents === null || (isScalar(doc.contents) && doc.contents.value === null)) return {};
  if (!isMap(doc.contents)) throw new ConfigurationError('expected a mapping at the top level', { file, line: lineOf(doc.contents) ?? 1, hint: HINT });
  const rotation = doc.contents.get('rotation', true) as Node | null | undefined;
  const schedule = rotation === undefined ? [] : readRotationSection(file, rotation, lineOf);
  const options: ControlsOptionsInput = schedule.length > 0 ? { rotationSchedule: schedule } : {};
  const section = doc.contents.get('controls', true) as Node | null | undefined;
  if (section === undefined || section === null || (isScalar(section) && section.value === null)) return options;
  if (!isMap(section)) throw new ConfigurationError('`controls:` must be a mapping', { file, line: lineOf(section) ?? undefined, hint: HINT });
  for (const pair of section.items as Array<Pair<Node, Node | null>>) {
    const key = isScalar(pair.key) ? String(pair.key.value) : '';
    const fail = (message: string): never => {
      throw new ConfigurationError(`controls.${key}: ${message}`, { file, line: lineOf(pair.value ?? pair.key) ?? undefined, hint: HINT });
    };
    const reader = KEYS[key];
    if (reader === undefined) {
      throw new ConfigurationError(`unknown key 'controls.${key}'`, { file, line: lineOf(pair.key) ?? undefined, hint: `valid keys: ${Object.keys(KEYS).join(', ')}` });
    }
    Object.assign(options, reader(pair.value, fail));
  }
  return options;
}

function stringOf(value: Node | null, fail: (message: string) => never): string {
  if (!isScalar(value) || typeof value.value !== 'string' || value.value.trim() === '') return fail('expected a non-empty string');
  return value.value.trim();
}

function listOf(value: Node | null, fail: (message: string) => never): string[] {
  if (isScalar(value) && typeof value.value === 'string') return value.value.split(',').map((item) => item.trim()).filter((item) => item !== '');
  if (!isSeq(value)) return fail('expected a list');
  return value.items.map((item) => stringOf(item as Node | null, fail));
}

function daysOf(value: Node | null, fail: (message: string) => never): number {
  const days = isScalar(value) ? Number(value.value) : Number.NaN;
  return Number.isInteger(days) && days > 0 ? days : fail('expected a whole number of days above 0');
}

function mapOf<K extends string>(value: Node | null, keys: K[], fail: (message: string) => never): Partial<Record<K, Node | null>> {
  if (!isMap(value)) return fail(`expected a mapping with ${keys.join(', ')}`);
  const out: Partial<Record<K, Node | null>> = {};
  for (const pair of value.items as Array<Pair<Node, Node | null>>) {
    const key = isScalar(pair.key) ? String(pair.key.value) : '';
    if (!(keys as string[]).includes(key)) fail(`unknown key '${key}' (valid: ${keys.join(', ')})`);
    out[key as K] = pair.value;
  }
  return out;
}
