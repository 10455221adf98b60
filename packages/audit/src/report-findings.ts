import { PRODUCT_VERSION } from '@mcp-secrets/ports';
// Scanner findings as the format-independent findings the reports, annotations and summary take.
// Everything built here is redacted: it is shown in logs, annotations and the job summary.
import { join } from 'node:path';
import type { Level, ReportFinding, ReportRule, ToolInfo } from '@mcp-secrets/reporting';
import { fingerprintOf, redactFinding, type CompiledConfig, type Finding, type SecretRedactor } from '@mcp-secrets/scanner';

export const AUDIT_TOOL: ToolInfo = {
  name: 'mcp-secrets audit',
  version: PRODUCT_VERSION,
  informationUri: 'https://github.com/org/mcp-secrets/tree/main/audit',
};

/** GitHub code scanning grades 7.0-8.9 "high"; a leaked credential is at least that. */
const SECRET_SEVERITY = 8.5;
const SNIPPET_CHARS = 160;

/**
 * The redacted match, first line only, shortened: what people see instead of the secret. The
 * redactor knows every secret of the scan: a match can hold another finding's secret too.
 */
export function redactedSnippet(f: Finding, redactor: SecretRedactor, redactPercent = 100): string {
  const match = redactPercent > 0 ? redactFinding(f, redactPercent, redactor).Match : f.Match;
  const [first = '', ...rest] = match.split(/\r?\n/);
  const line = first.trim();
  const cut = line.length > SNIPPET_CHARS ? `${line.slice(0, SNIPPET_CHARS)}…` : line;
  return rest.length > 0 ? `${cut} …` : cut;
}

/**
 * `base` is the folder the finding's File is relative to (the workspace, or the repository top for
 * history); paths become absolute so every renderer can make them relative to the workspace.
 * Columns are the engine's true ones, not gitleaks' (see Finding.columns). Only the report files
 * may use less than full redaction, when the user asks for it.
 */
export function toReportFinding(f: Finding, base: string, level: Level, redactor: SecretRedactor, redactPercent = 100): ReportFinding {
  const snippet = redactedSnippet(f, redactor, redactPercent);
  const where = f.Commit === '' ? '' : ` in commit ${f.Commit.slice(0, 7)}`;
  // Paths, authors and messages are repository content: redacted like the match.
  const shown = (text: string): string => (redactPercent > 0 ? redactor.redact(text, redactPercent) : text);
  const ignoreEntry = shown(f.Fingerprint || fingerprintOf(f));
  return {
    ruleId: f.RuleID,
    level,
    message: `Secret matched rule ${f.RuleID}${where}: ${snippet}`,
    file: join(base, f.File),
    line: f.StartLine,
    endLine: f.EndLine,
    // A path-only finding (the file itself) has no span.
    ...(f.columns.start > 0 && { column: f.columns.start, endColumn: f.columns.end }),
    snippet,
    // Nothing derived from the secret itself: a hash of a weak password could be brute-forced.
    fingerprint: `${f.Commit}:${snippet}`,
    ignoreEntry,
    ...(f.Commit !== '' && { commit: { sha: f.Commit, author: shown(f.Author), email: shown(f.Email), date: f.Date, message: shown(f.Message) } }),
    properties: { tags: f.Tags, gitleaksFingerprint: ignoreEntry, ...(f.Commit !== '' && { commit: f.Commit }) },
  };
}

/** SARIF rule descriptors for every rule of the configuration that ran. */
export function reportRules(config: CompiledConfig): ReportRule[] {
  return config.rules.map((rule) => ruleDescriptor(rule.id, rule.description, rule.tags));
}

/**
 * SARIF rule descriptors from the findings themselves, for engine: gitleaks, whose rules (its
 * defaults or the user's config) are known only by what it reports: each rule id once.
 */
export function findingRules(findings: readonly Finding[]): ReportRule[] {
  const byId = new Map<string, { description: string; tags: Set<string> }>();
  for (const f of findings) {
    const rule = byId.get(f.RuleID) ?? { description: '', tags: new Set<string>() };
    if (rule.description === '') rule.description = f.Description;
    for (const tag of f.Tags) rule.tags.add(tag);
    byId.set(f.RuleID, rule);
  }
  return [...byId].sort(([a], [b]) => a.localeCompare(b)).map(([id, rule]) => ruleDescriptor(id, rule.description, [...rule.tags]));
}

function ruleDescriptor(id: string, description: string, tags: readonly string[]): ReportRule {
  const text = description !== '' ? description : `A secret matching the ${id} rule.`;
  return {
    id,
    description: text,
    help:
      `${text}\n\n` +
      'Revoke the credential with its provider first (it is in the history now), then remove it from the code. ' +
      'For a false positive, add its fingerprint (shown with the finding) to `.gitleaksignore`, or `gitleaks:allow` on the line.',
    defaultLevel: 'error',
    tags: [...new Set(['security', 'secret', ...tags])],
    securitySeverity: SECRET_SEVERITY,
  };
}
