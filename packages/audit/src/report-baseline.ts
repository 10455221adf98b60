// gitleaks' `--baseline-path`: a gitleaks JSON report of findings already known, which are not
// reported again. A finding is in the baseline when a report entry has the same identity as
// gitleaks compares it (detect/baseline.go IsNew): rule, description, file, commit, author, email,
// date, message, start and end line and column, and entropy; the match and the secret too, but only
// when the scan's report is unredacted (a redacted baseline holds neither). The fingerprint is left
// out on purpose, as gitleaks does, so a change of its format does not bring old findings back.
import { resolve } from 'node:path';
import { readBoundedTextIfPresent } from '@mcp-secrets/fs-safe';
import { ConfigurationError } from '@mcp-secrets/ports';
import type { Finding, ScanResult } from '@mcp-secrets/scanner';
import type { InputFile } from './options';

/** A report of 50,000 findings is about 40 MB; larger is refused rather than held in memory. */
export const REPORT_BASELINE_BYTES = 64 * 1024 * 1024;

const TEXT_FIELDS = ['RuleID', 'Description', 'Match', 'Secret', 'File', 'Commit', 'Author', 'Email', 'Date', 'Message'] as const;
const NUMBER_FIELDS = ['StartLine', 'EndLine', 'StartColumn', 'EndColumn', 'Entropy'] as const;

type Identity = Pick<Finding, (typeof TEXT_FIELDS)[number] | (typeof NUMBER_FIELDS)[number]>;

export class GitleaksReportBaseline {
  private readonly byPlace = new Map<string, Identity[]>();

  /**
   * @param redactPercent the scan's `redact`: above 0 the match and secret are not compared (gitleaks' rule).
   * @param file the report's absolute path: findings in the report itself are not reported (gitleaks skips the file).
   */
  constructor(
    entries: readonly Identity[],
    private readonly redactPercent: number,
    readonly file?: string,
  ) {
    for (const e of entries) {
      const key = placeKey(e);
      const list = this.byPlace.get(key);
      if (list === undefined) this.byPlace.set(key, [e]);
      else list.push(e);
    }
  }

  get size(): number {
    let n = 0;
    for (const list of this.byPlace.values()) n += list.length;
    return n;
  }

  /** Parses gitleaks' JSON report: an array of findings (`null`, as gitleaks writes for none, is empty). */
  static parse(text: string, source: string, redactPercent: number, file?: string): GitleaksReportBaseline {
    let data: unknown;
    try {
      data = JSON.parse(text);
    } catch (error) {
      throw new ConfigurationError(`not valid JSON: ${(error as Error).message}`, { file: source, hint: 'give a report gitleaks or mcp-secrets audit wrote (--report-format json)' });
    }
    if (data === null) return new GitleaksReportBaseline([], redactPercent, file);
    if (!Array.isArray(data)) throw new ConfigurationError('not a gitleaks JSON report (expected an array of findings)', { file: source });
    const entries = data.map((entry: unknown, index) => identityOf(entry, index, source));
    return new GitleaksReportBaseline(entries, redactPercent, file);
  }

  /**
   * true when the report holds this finding. `base`: the folder the finding's File is relative to,
   * to recognise findings in the report file itself.
   */
  suppresses(f: Finding, base?: string): boolean {
    if (this.file !== undefined && base !== undefined && f.File !== '' && resolve(base, f.File) === this.file) return true;
    const compareSecrets = this.redactPercent <= 0;
    return (this.byPlace.get(placeKey(f)) ?? []).some(
      (b) =>
        b.Description === f.Description &&
        b.EndLine === f.EndLine &&
        b.StartColumn === f.StartColumn &&
        b.EndColumn === f.EndColumn &&
        b.Author === f.Author &&
        b.Email === f.Email &&
        b.Date === f.Date &&
        b.Message === f.Message &&
        // gitleaks keeps entropy as a float32: compared at that precision, whoever wrote the report.
        Math.fround(b.Entropy) === Math.fround(f.Entropy) &&
        (!compareSecrets || (b.Match === f.Match && b.Secret === f.Secret)),
    );
  }
}

/** Reads the report named by `baseline-path` (bounded; inside the repository when it is repository content). */
export function readReportBaseline(input: InputFile, redactPercent: number): GitleaksReportBaseline {
  const text = readBoundedTextIfPresent(input.file, { root: input.root, display: input.display, input: 'baseline-path', what: 'the gitleaks baseline report', maxBytes: REPORT_BASELINE_BYTES });
  if (text === undefined) throw new ConfigurationError('does not exist (any more)', { input: 'baseline-path', file: input.display });
  return GitleaksReportBaseline.parse(text, input.display, redactPercent, input.file);
}

function placeKey(f: Pick<Finding, 'RuleID' | 'File' | 'Commit' | 'StartLine'>): string {
  return [f.RuleID, f.File, f.Commit, f.StartLine].join('\0');
}

/** One report entry; a field gitleaks' report lacks is its zero value, as Go's decoder leaves it. */
function identityOf(entry: unknown, index: number, source: string): Identity {
  if (typeof entry !== 'object' || entry === null || Array.isArray(entry)) {
    throw new ConfigurationError(`finding #${index + 1} is not an object: not a gitleaks JSON report`, { file: source });
  }
  const record = entry as Record<string, unknown>;
  const out: Record<string, string | number> = {};
  for (const field of TEXT_FIELDS) {
    const value = record[field] ?? '';
    if (typeof value !== 'string') throw new ConfigurationError(`finding #${index + 1}: ${field} must be a string`, { file: source });
    out[field] = value;
  }
  for (const field of NUMBER_FIELDS) {
    const value = record[field] ?? 0;
    if (typeof value !== 'number') throw new ConfigurationError(`finding #${index + 1}: ${field} must be a number`, { file: source });
    out[field] = value;
  }
  return out as unknown as Identity;
}

/**
 * The scan without what the report baseline holds: counted as suppressed by a baseline, and their
 * secrets kept for redaction. `base`: the folder the findings' File is relative to.
 */
export function applyReportBaseline<T extends Pick<ScanResult, 'findings' | 'suppressedSecrets' | 'stats'>>(result: T, baseline: GitleaksReportBaseline | undefined, base: string): T {
  if (baseline === undefined) return result;
  const known = new Set(result.findings.filter((f) => baseline.suppresses(f, base)));
  if (known.size === 0) return result;
  const findings = result.findings.filter((f) => !known.has(f));
  const suppressed = { ...result.stats.suppressed, baseline: result.stats.suppressed.baseline + known.size };
  return {
    ...result,
    findings,
    suppressedSecrets: [...result.suppressedSecrets, ...[...known].map((f) => f.Secret).filter((secret) => secret !== '')],
    stats: { ...result.stats, suppressed, findings: findings.length },
  };
}
