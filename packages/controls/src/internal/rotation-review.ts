// Judges the rotation schedule against what Vault and the bundle say: for every scheduled key its
// last rotation (Vault's `rotated_at.KEY` custom metadata, else the current version's created_time;
// the bundle's `sops.lastmodified`), its due date and state; and the keys no entry schedules.
// Key names only: no value is read into a result.
import { showUntrusted, toError } from '@mcp-secrets/ports';
import { ROTATED_AT_PREFIX, VERSION_KEY } from '@mcp-secrets/secrets-store';
import { inspectSops, SopsError } from '@mcp-secrets/sops';
import { evidence } from './findings';
import type { ControlsOptions } from './options';
import type { RepoFiles } from './repo-files';
import type { RotationEntry } from './rotation-config';
import { dueDate, type RotationPolicy } from './rotation-policy';
import type { Evidence } from './types';
import type { VaultPort } from './vault-port';

/** Past this share of its period a key is due soon (a warning). */
export const DUE_SOON_RATIO = 0.8;

export type ReviewedSource = { kind: 'vault'; path: string } | { kind: 'bundle'; path: string };
export type KeyState = 'on-time' | 'due-soon' | 'overdue' | 'on-compromise' | 'never' | 'unknown';

export interface ScheduledKey {
  source: ReviewedSource;
  key: string;
  owner: string;
  policy: RotationPolicy;
  state: KeyState;
  lastRotated?: { at: Date; from: 'rotated_at' | 'created_time' | 'lastmodified' };
  due?: Date;
  /** Why the state is unknown. */
  reason?: string;
  /** The entry's line in the config file, and the key's line in the bundle. */
  evidence: Evidence[];
}

export interface UnscheduledKey {
  source: ReviewedSource;
  key: string;
  evidence: Evidence[];
}

export interface UnreadSource {
  source: ReviewedSource;
  reason: string;
  /** False when Vault is simply not configured for this run (nothing failed). */
  attempted: boolean;
  evidence: Evidence[];
}

export interface RotationReview {
  keys: ScheduledKey[];
  unscheduled: UnscheduledKey[];
  unread: UnreadSource[];
}

export interface ReviewInput {
  options: ControlsOptions;
  files: RepoFiles;
  vault?: VaultPort;
  now: Date;
}

interface SourceFacts {
  /** Key name → where it is written (the bundle's line; nothing for Vault). */
  keys: Map<string, Evidence[]>;
  lastRotated(key: string): ScheduledKey['lastRotated'];
}

/** `vault secret/app-prod` or the bundle's path, as reports and commands show a source. */
export function sourceLabel(source: ReviewedSource): string {
  return source.kind === 'vault' ? `vault ${source.path}` : source.path;
}

export async function reviewRotation(input: ReviewInput): Promise<RotationReview> {
  const { options } = input;
  const resolve = (entry: RotationEntry): ReviewedSource =>
    entry.source.kind === 'vault' ? entry.source : { kind: 'bundle', path: entry.source.path ?? options.bundlePath };
  const sources = new Map<string, { source: ReviewedSource; entries: RotationEntry[] }>();
  const add = (source: ReviewedSource, entry?: RotationEntry): void => {
    const id = `${source.kind}\0${source.path}`;
    const known = sources.get(id) ?? { source, entries: [] };
    if (entry !== undefined) known.entries.push(entry);
    sources.set(id, known);
  };
  for (const entry of options.rotationSchedule) add(resolve(entry), entry);
  // The configured bundle and Vault secret are looked at too: their keys may be in no entry.
  if (input.files.readText(options.bundlePath) !== undefined) add({ kind: 'bundle', path: options.bundlePath });
  if (options.vaultSecretPath !== undefined && input.vault?.secretRotationFacts !== undefined) add({ kind: 'vault', path: options.vaultSecretPath.replace(/^\/+|\/+$/g, '') });

  const review: RotationReview = { keys: [], unscheduled: [], unread: [] };
  for (const { source, entries } of sources.values()) {
    const entryEvidence = entries.map((entry) => evidence(entry.file, entry.line));
    let facts: FactsOrUnread;
    try {
      facts = await readFacts(source, input);
    } catch (error) {
      facts = { unread: { reason: toError(error).message, attempted: true, evidence: [] } };
    }
    if (!('unread' in facts)) judgeSource(source, entries, facts, input.now, review);
    else if (entries.length > 0) review.unread.push({ source, ...facts.unread, evidence: [...entryEvidence, ...facts.unread.evidence] });
  }
  return review;
}

type FactsOrUnread = SourceFacts | { unread: Omit<UnreadSource, 'source'> };

async function readFacts(source: ReviewedSource, input: ReviewInput): Promise<FactsOrUnread> {
  return source.kind === 'vault' ? readVaultFacts(source.path, input.vault) : readBundleFacts(source.path, input.files);
}

async function readVaultFacts(path: string, vault: VaultPort | undefined): Promise<FactsOrUnread> {
  if (vault?.secretRotationFacts === undefined) {
    return { unread: { reason: 'Vault is not configured for this run (vault-addr with a token or AppRole)', attempted: false, evidence: [] } };
  }
  const facts = await vault.secretRotationFacts(path);
  const created = parseTime(facts.createdTime);
  const recordedAt = new Map(
    Object.entries(facts.customMetadata).flatMap(([name, value]) => (name.startsWith(ROTATED_AT_PREFIX) ? [[shownKey(name.slice(ROTATED_AT_PREFIX.length)), value]] : [])),
  );
  return {
    keys: new Map(facts.keys.map((key) => [shownKey(key), []])),
    lastRotated(key) {
      const recorded = parseTime(recordedAt.get(key));
      if (recorded !== undefined) return { at: recorded, from: 'rotated_at' };
      return created === undefined ? undefined : { at: created, from: 'created_time' };
    },
  };
}

function readBundleFacts(path: string, files: RepoFiles): FactsOrUnread {
  const text = files.readText(path);
  if (text === undefined) return { unread: { reason: `no bundle at ${path}`, attempted: true, evidence: [evidence(path)] } };
  let inspection: ReturnType<typeof inspectSops>;
  try {
    inspection = inspectSops(text, { fileName: path });
  } catch (error) {
    if (!(error instanceof SopsError)) throw error;
    return { unread: { reason: error.message, attempted: true, evidence: [evidence(path, error.line ?? null)] } };
  }
  const keys = new Map<string, Evidence[]>();
  for (const leaf of inspection.leaves) {
    const key = leaf.path[0] === undefined ? undefined : shownKey(leaf.path[0]);
    if (leaf.document === 0 && key !== undefined && !keys.has(key)) keys.set(key, [evidence(path, leaf.line ?? null)]);
  }
  const modified = parseTime(inspection.lastModified);
  return { keys, lastRotated: () => (modified === undefined ? undefined : { at: modified, from: 'lastmodified' }) };
}

function judgeSource(source: ReviewedSource, entries: RotationEntry[], facts: SourceFacts, now: Date, review: RotationReview): void {
  // Named keys take their entry's policy; `keys: all` covers the others (the version key is bumped, not rotated).
  const named = new Set(entries.flatMap((entry) => (entry.keys === 'all' ? [] : entry.keys)));
  const everything = entries.find((entry) => entry.keys === 'all');
  for (const entry of entries) {
    const keys = entry.keys === 'all' ? [...facts.keys.keys()].filter((key) => !named.has(key) && key !== VERSION_KEY) : entry.keys;
    // A second `keys: all` for the same file (`bundle: true` and its path) adds nothing.
    if (entry.keys === 'all' && entry !== everything) continue;
    for (const key of keys) review.keys.push(judgeKey(source, key, entry, facts, now));
  }
  for (const [key, where] of facts.keys) {
    if (everything !== undefined || named.has(key) || key === VERSION_KEY) continue;
    review.unscheduled.push({ source, key, evidence: [...where, ...entries.map((entry) => evidence(entry.file, entry.line))] });
  }
}

function judgeKey(source: ReviewedSource, key: string, entry: RotationEntry, facts: SourceFacts, now: Date): ScheduledKey {
  const where = facts.keys.get(key);
  const base = { source, key, owner: entry.owner, policy: entry.policy, evidence: [evidence(entry.file, entry.line), ...(where ?? [])] };
  if (where === undefined) return { ...base, state: 'unknown', reason: `${key} is not in ${sourceLabel(source)}` };
  const lastRotated = facts.lastRotated(key);
  if (entry.policy.kind === 'unscheduled') return { ...base, state: entry.policy.label, ...(lastRotated !== undefined && { lastRotated }) };
  if (lastRotated === undefined) {
    const missing = source.kind === 'vault' ? 'no rotated_at record and no version created_time' : 'no readable sops.lastmodified';
    return { ...base, state: 'unknown', reason: `last rotation unknown (${missing})` };
  }
  const due = dueDate(entry.policy, lastRotated.at) as Date;
  const period = due.getTime() - lastRotated.at.getTime();
  const elapsed = now.getTime() - lastRotated.at.getTime();
  const state: KeyState = now > due ? 'overdue' : elapsed > period * DUE_SOON_RATIO ? 'due-soon' : 'on-time';
  return { ...base, state, lastRotated, due };
}

/** Key names come from Vault and the repository: shown as untrusted text, never as raw control characters. */
function shownKey(name: string): string {
  return showUntrusted(name, 128);
}

function parseTime(text: string | undefined): Date | undefined {
  const time = text === undefined ? Number.NaN : Date.parse(text);
  return Number.isNaN(time) ? undefined : new Date(time);
}
