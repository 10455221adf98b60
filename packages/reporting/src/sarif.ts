import { isAbsolute } from 'node:path';
import type { Log, ReportingDescriptor, Result, Run } from 'sarif';
import { compareByLocation } from './findings';
import { stableHash } from './internal/fingerprint';
import { encodePathSegments, fileUri, repoRelativePath } from './internal/paths';
import { regionOf } from './internal/region';
import type { ReportFinding, ReportRule, ToolInfo } from './types';

export const SARIF_SCHEMA_URI = 'https://json.schemastore.org/sarif-2.1.0.json';
/** The base every result URI is relative to; upload-sarif resolves it to the checkout. */
export const SRCROOT = '%SRCROOT%';
/** Key of our entry in `partialFingerprints`; bump the version if the hashed parts ever change. */
export const FINGERPRINT_KEY = 'mcpSecretsFindingHash/v1';

export interface SarifOptions {
  /** Repository root: absolute finding paths are made relative to it, and it becomes %SRCROOT%. */
  baseDir?: string;
  /**
   * Code scanning category (`runs[0].automationDetails.id`), so that several tools' uploads for the
   * same commit do not replace each other.
   */
  category?: string;
}

/**
 * A SARIF 2.1.0 log that GitHub code scanning accepts: one run, every rule with help and
 * severity, each result with a relative location and a fingerprint that survives line moves.
 */
export function buildSarif(
  tool: ToolInfo,
  rules: readonly ReportRule[],
  findings: readonly ReportFinding[],
  options: SarifOptions = {},
): Log {
  const descriptors = rules.map(toDescriptor);
  const ruleIndex = indexRules(rules);
  const seen = new Map<string, number>();
  const results = [...findings].sort(compareByLocation).map((finding) => {
    let index = ruleIndex.get(finding.ruleId);
    if (index === undefined) {
      // A finding from a rule the caller did not describe still needs a descriptor to point at.
      index = descriptors.push(placeholderDescriptor(finding)) - 1;
      ruleIndex.set(finding.ruleId, index);
    }
    return toResult(finding, index, seen, options.baseDir);
  });

  const run: Run = {
    tool: {
      driver: {
        name: tool.name,
        version: tool.version,
        ...(isSemver(tool.version) && { semanticVersion: tool.version }),
        informationUri: tool.informationUri,
        rules: descriptors,
      },
    },
    ...(options.category !== undefined && { automationDetails: { id: `${options.category.replace(/\/+$/, '')}/` } }),
    ...(options.baseDir !== undefined &&
      isAbsolute(options.baseDir) && { originalUriBaseIds: { [SRCROOT]: { uri: fileUri(options.baseDir, true) } } }),
    columnKind: 'utf16CodeUnits',
    results,
  };
  return { $schema: SARIF_SCHEMA_URI, version: '2.1.0', runs: [run] };
}

function indexRules(rules: readonly ReportRule[]): Map<string, number> {
  const index = new Map<string, number>();
  rules.forEach((rule, i) => {
    if (index.has(rule.id)) throw new Error(`SARIF: rule "${rule.id}" is described twice; give each rule one descriptor`);
    index.set(rule.id, i);
  });
  return index;
}

function toDescriptor(rule: ReportRule): ReportingDescriptor {
  const tags = [...(rule.tags ?? [])];
  const properties: Record<string, unknown> = {};
  if (rule.securitySeverity !== undefined) {
    if (!(rule.securitySeverity >= 0 && rule.securitySeverity <= 10)) {
      throw new Error(`SARIF: rule "${rule.id}" has security severity ${rule.securitySeverity}; use 0.0 to 10.0`);
    }
    // GitHub reads security-severity only on rules tagged "security", as a decimal string.
    if (!tags.includes('security')) tags.push('security');
    properties['security-severity'] = rule.securitySeverity.toFixed(1);
  }
  if (tags.length > 0) properties.tags = tags;
  return {
    id: rule.id,
    name: rule.name ?? pascalCase(rule.id),
    shortDescription: { text: firstSentence(rule.description) },
    fullDescription: { text: rule.description },
    help: { text: rule.help ?? rule.description, ...(rule.help !== undefined && { markdown: rule.help }) },
    ...(rule.helpUri !== undefined && { helpUri: rule.helpUri }),
    defaultConfiguration: { level: rule.defaultLevel },
    ...(Object.keys(properties).length > 0 && { properties }),
  };
}

function placeholderDescriptor(finding: ReportFinding): ReportingDescriptor {
  return {
    id: finding.ruleId,
    name: pascalCase(finding.ruleId),
    shortDescription: { text: finding.ruleId },
    defaultConfiguration: { level: finding.level },
  };
}

function toResult(finding: ReportFinding, ruleIndex: number, seen: Map<string, number>, baseDir?: string): Result {
  const relative = repoRelativePath(finding.file, baseDir);
  const artifactLocation =
    relative !== undefined
      ? { uri: encodePathSegments(relative), uriBaseId: SRCROOT }
      : { uri: isAbsolute(finding.file) ? fileUri(finding.file, false) : encodePathSegments(finding.file.replace(/\\/g, '/')) };
  const region = regionOf(finding);
  const path = relative ?? finding.file;

  // Same rule, file and identity twice in one run (e.g. one secret pasted twice): number them, as
  // GitHub's own primaryLocationLineHash does, so the alerts stay apart.
  const identity = stableHash([finding.ruleId, path, finding.fingerprint ?? finding.snippet ?? finding.message]);
  const occurrence = (seen.get(identity) ?? 0) + 1;
  seen.set(identity, occurrence);

  return {
    ruleId: finding.ruleId,
    ruleIndex,
    level: finding.level,
    message: { text: finding.fix !== undefined ? `${finding.message}\n\nFix: ${finding.fix}` : finding.message },
    locations: [
      {
        physicalLocation: {
          artifactLocation,
          region: { ...region, ...(finding.snippet !== undefined && { snippet: { text: finding.snippet } }) },
        },
      },
    ],
    partialFingerprints: { [FINGERPRINT_KEY]: `${identity}:${occurrence}` },
    ...(finding.properties !== undefined && { properties: finding.properties }),
  };
}

function firstSentence(text: string): string {
  // A sentence ends at . ! ? before a capital or the end, so "e.g. x" does not cut it short.
  const match = /^(.+?[.!?])(?=\s+[A-Z]|\s*$)/s.exec(text.trim());
  return (match?.[1] ?? text).trim();
}

function pascalCase(id: string): string {
  return id
    .split(/[^A-Za-z0-9]+/)
    .filter((part) => part !== '')
    .map((part) => part[0].toUpperCase() + part.slice(1))
    .join('');
}

function isSemver(version: string): boolean {
  return /^\d+\.\d+\.\d+(?:-[0-9A-Za-z.-]+)?(?:\+[0-9A-Za-z.-]+)?$/.test(version);
}
