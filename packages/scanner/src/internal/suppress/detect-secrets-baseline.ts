// Yelp detect-secrets baselines: `results` maps a file to entries with `hashed_secret`
// (SHA-1 hex of what detect-secrets took as the secret) and `line_number`. A finding is
// baselined when its file has an entry with the same hash (or, failing that, the same
// line), unless that entry was audited as a real secret (`is_secret: true`).
import { createHash } from 'node:crypto';
import { ConfigurationError } from '@mcp-secrets/ports';
import type { Finding } from '../report/finding';
import { DETECT_SECRETS_VERSION, defaultFiltersUsed, defaultPluginsUsed } from './detect-secrets-settings';

export interface BaselineEntry {
  type?: string;
  filename?: string;
  hashed_secret: string;
  line_number?: number;
  is_verified?: boolean;
  is_secret?: boolean;
}

export interface DetectSecretsBaselineFile {
  version?: string;
  plugins_used?: unknown[];
  filters_used?: unknown[];
  results: Record<string, BaselineEntry[]>;
  generated_at?: string;
}

export function sha1Hex(text: string): string {
  return createHash('sha1').update(text, 'utf8').digest('hex');
}

/**
 * Hashes detect-secrets may have stored for this finding: the secret itself, and its quirks
 * (a private key is hashed as its header line; a classic GitHub token as its prefix).
 */
function candidateHashes(f: Pick<Finding, 'Secret' | 'Match'>): string[] {
  const out = [sha1Hex(f.Secret)];
  const header = /-----BEGIN[ A-Z0-9_-]*PRIVATE KEY[ A-Z]*-----/.exec(f.Match);
  if (header !== null) out.push(sha1Hex(header[0]));
  const gh = /^(gh[pousr])_/.exec(f.Secret);
  if (gh !== null) out.push(sha1Hex(gh[1] as string));
  return out;
}

export class DetectSecretsBaseline {
  private readonly byFile = new Map<string, BaselineEntry[]>();

  constructor(readonly file: DetectSecretsBaselineFile) {
    for (const [name, entries] of Object.entries(file.results)) this.byFile.set(normalizePath(name), entries);
  }

  static parse(text: string, source = 'detect-secrets baseline'): DetectSecretsBaseline {
    let data: unknown;
    try {
      data = JSON.parse(text);
    } catch (err) {
      throw new ConfigurationError(`not valid JSON: ${(err as Error).message}`, { file: source, hint: 'regenerate it with `detect-secrets scan` or `mcp-secrets audit --write-baseline`' });
    }
    const results = (data as { results?: unknown } | null)?.results;
    if (typeof results !== 'object' || results === null || Array.isArray(results)) {
      throw new ConfigurationError("has no 'results' object: not a detect-secrets baseline", { file: source });
    }
    for (const [name, entries] of Object.entries(results)) {
      if (!Array.isArray(entries) || entries.some((e) => typeof (e as BaselineEntry | null)?.hashed_secret !== 'string')) {
        throw new ConfigurationError(`results for '${name}' must be a list of entries with 'hashed_secret'`, { file: source });
      }
    }
    return new DetectSecretsBaseline(data as DetectSecretsBaselineFile);
  }

  /** true when the finding is known to the baseline and not audited as a real secret. */
  suppresses(f: Pick<Finding, 'File' | 'Secret' | 'Match' | 'StartLine'>): boolean {
    const entries = this.byFile.get(normalizePath(f.File));
    if (entries === undefined) return false;
    const hashes = candidateHashes(f);
    const entry = entries.find((e) => hashes.includes(e.hashed_secret)) ?? entries.find((e) => e.line_number === f.StartLine);
    return entry !== undefined && entry.is_secret !== true;
  }
}

/** The finding that is this entry's secret (on the entry's line, if the secret is found on several), if any. */
export function findingForEntry<F extends Pick<Finding, 'Secret' | 'Match' | 'StartLine'>>(entry: BaselineEntry, findings: readonly F[]): F | undefined {
  const same = findings.filter((f) => candidateHashes(f).includes(entry.hashed_secret));
  return same.find((f) => f.StartLine === entry.line_number) ?? same[0];
}

function normalizePath(p: string): string {
  return p.replace(/\\/g, '/').replace(/^\.\//, '');
}

/**
 * A baseline for the findings in detect-secrets' format; audit results (`is_secret`) of an
 * existing baseline are kept for entries that are still found, and so are its version and
 * settings when it has any (an empty list, as older versions of ours wrote, counts as none) and is
 * of the 1.x format.
 */
export function toDetectSecretsBaseline(findings: readonly Finding[], previous?: DetectSecretsBaselineFile, now: Date = new Date()): DetectSecretsBaselineFile {
  const results: Record<string, BaselineEntry[]> = {};
  for (const f of findings) {
    if (f.Secret === '') continue;
    const hashed = sha1Hex(f.Secret);
    const list = (results[f.File] ??= []);
    if (list.some((e) => e.hashed_secret === hashed && e.line_number === f.StartLine)) continue;
    const old = previous?.results[f.File]?.find((e) => e.hashed_secret === hashed);
    const entry: BaselineEntry = { type: f.RuleID, filename: f.File, hashed_secret: hashed, is_verified: false, line_number: f.StartLine };
    if (old?.is_secret !== undefined) entry.is_secret = old.is_secret;
    list.push(entry);
  }
  // Settings of the 1.x format we write; detect-secrets would "upgrade" our entries under an older version.
  const settings = /^1\./.test(previous?.version ?? '') ? previous : undefined;
  const sorted: Record<string, BaselineEntry[]> = {};
  for (const name of Object.keys(results).sort()) sorted[name] = (results[name] as BaselineEntry[]).sort((a, b) => (a.line_number ?? 0) - (b.line_number ?? 0));
  return {
    version: settings?.version ?? DETECT_SECRETS_VERSION,
    plugins_used: nonEmpty(settings?.plugins_used) ?? defaultPluginsUsed(),
    filters_used: nonEmpty(settings?.filters_used) ?? defaultFiltersUsed(),
    results: sorted,
    generated_at: now.toISOString().replace(/\.\d{3}Z$/, 'Z'),
  };
}

function nonEmpty(list: unknown[] | undefined): unknown[] | undefined {
  return Array.isArray(list) && list.length > 0 ? list : undefined;
}
