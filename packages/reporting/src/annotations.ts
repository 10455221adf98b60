import { compareBySeverity, plural } from './findings';
import { repoRelativePath } from './internal/paths';
import { regionOf } from './internal/region';
import { LEVELS, type Level, type LevelCounts, type ReportFinding } from './types';

/** GitHub shows at most 10 annotations of each level per step and 50 per job; the rest are dropped
 * (limits listed in actions/toolkit docs/problem-matchers.md). */
export const GITHUB_ANNOTATIONS_PER_LEVEL = 10;
export const GITHUB_ANNOTATIONS_PER_JOB = 50;

/** The properties GitHub's annotation commands take (the action kit escapes and emits them). */
export interface AnnotationProperties {
  title: string;
  file: string;
  startLine: number;
  endLine: number;
  startColumn?: number;
  endColumn?: number;
}

export interface PlannedAnnotation {
  level: Level;
  message: string;
  properties: AnnotationProperties;
}

export interface AnnotationPlan {
  /** Most severe first, then by file and line. */
  annotations: PlannedAnnotation[];
  /** Findings left out by the limits, per level. */
  omitted: LevelCounts;
  omittedTotal: number;
}

export interface AnnotationOptions {
  /** Per-level cap: one number for every level, or per level (default 10 each). */
  maxPerLevel?: number | Partial<LevelCounts>;
  /** Overall cap (default 50, GitHub's per-job limit). */
  maxTotal?: number;
  /** Repository root, to make absolute finding paths relative as GitHub needs them. */
  baseDir?: string;
  /** Annotation title; the rule id by default. */
  title?: (finding: ReportFinding) => string;
}

/**
 * Chooses which findings become annotations: every level keeps its most important ones within
 * GitHub's limits, errors before warnings before notes, so nothing GitHub would silently drop is
 * emitted and the summary can say how many were left out.
 */
export function planAnnotations(findings: readonly ReportFinding[], options: AnnotationOptions = {}): AnnotationPlan {
  const maxTotal = options.maxTotal ?? GITHUB_ANNOTATIONS_PER_JOB;
  const used: LevelCounts = { error: 0, warning: 0, note: 0 };
  const omitted: LevelCounts = { error: 0, warning: 0, note: 0 };
  const annotations: PlannedAnnotation[] = [];

  for (const finding of [...findings].sort(compareBySeverity)) {
    if (used[finding.level] >= levelCap(options.maxPerLevel, finding.level) || annotations.length >= maxTotal) {
      omitted[finding.level] += 1;
      continue;
    }
    used[finding.level] += 1;
    annotations.push(toAnnotation(finding, options));
  }
  return { annotations, omitted, omittedTotal: LEVELS.reduce((sum, level) => sum + omitted[level], 0) };
}

/** "12 more findings not annotated (…), see the report", or undefined when nothing was left out. */
export function omittedAnnotationsNote(plan: AnnotationPlan, where = 'the report'): string | undefined {
  if (plan.omittedTotal === 0) return undefined;
  const parts = LEVELS.filter((level) => plan.omitted[level] > 0).map((level) => plural(plan.omitted[level], level));
  const noun = plan.omittedTotal === 1 ? 'finding' : 'findings';
  return `${plan.omittedTotal} more ${noun} not annotated (${parts.join(', ')}); see ${where}.`;
}

function levelCap(maxPerLevel: AnnotationOptions['maxPerLevel'], level: Level): number {
  if (typeof maxPerLevel === 'number') return maxPerLevel;
  return maxPerLevel?.[level] ?? GITHUB_ANNOTATIONS_PER_LEVEL;
}

function toAnnotation(finding: ReportFinding, options: AnnotationOptions): PlannedAnnotation {
  const region = regionOf(finding);
  const properties: AnnotationProperties = {
    title: options.title?.(finding) ?? finding.ruleId,
    file: repoRelativePath(finding.file, options.baseDir) ?? finding.file,
    startLine: region.startLine,
    endLine: region.endLine,
  };
  // GitHub ignores columns on a multi-line annotation; sending them would only mislead a reader of the log.
  if (region.startLine === region.endLine && region.startColumn !== undefined) {
    properties.startColumn = region.startColumn;
    if (region.endColumn !== undefined) properties.endColumn = region.endColumn;
  }
  const message = finding.fix !== undefined ? `${finding.message}\nFix: ${finding.fix}` : finding.message;
  return { level: finding.level, message, properties };
}
