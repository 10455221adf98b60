// Format-independent rendering of findings: SARIF for code scanning, annotations within GitHub's
// limits, job-summary Markdown, terminal text, JSON report files.
export { LEVELS } from './types';
export type { CommitInfo, Level, LevelCounts, ReportFinding, ReportRule, ToolInfo, VerdictStatus } from './types';
export { describeCommit } from './commit';
export { compareByLocation, compareBySeverity, countByLevel, countByRule, describeCounts, groupByFile, verdictFor } from './findings';
export { buildSarif, FINGERPRINT_KEY, SARIF_SCHEMA_URI, SRCROOT } from './sarif';
export type { SarifOptions } from './sarif';
export {
  GITHUB_ANNOTATIONS_PER_JOB,
  GITHUB_ANNOTATIONS_PER_LEVEL,
  omittedAnnotationsNote,
  planAnnotations,
} from './annotations';
export type { AnnotationOptions, AnnotationPlan, AnnotationProperties, PlannedAnnotation } from './annotations';
export { escapeMarkdown, markdownTable, mdCode, mdLink } from './markdown';
export type { Cell, Markdown } from './markdown';
export { DEFAULT_SUMMARY_BYTES, DEFAULT_SUMMARY_ROWS, summarySection } from './summary';
export type { LinkBase, SummaryOptions } from './summary';
export { renderText, verdictLine } from './text';
export type { TextOptions, VerdictLineOptions } from './text';
export { formatProgress, ProgressBar } from './progress';
export type { ProgressOptions, ProgressState, ProgressStream } from './progress';
export { jsonReport } from './json-report';
export type { JsonReportOptions } from './json-report';
