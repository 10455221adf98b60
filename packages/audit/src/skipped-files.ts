// Files the scan could not read are never passed over in silence: each is named with the reason in
// the log, the first few as warnings on the file, all of them (up to a cap) in the job summary.
import { untrustedText, type ActionPorts } from '@mcp-secrets/ports';
import { escapeMarkdown, markdownTable, mdCode } from '@mcp-secrets/reporting';
import type { ScanStats, SkippedFile } from '@mcp-secrets/scanner';

/** Warning annotations for skipped files (GitHub shows 10 warnings a step: findings keep the rest). */
const SKIPPED_ANNOTATIONS = 3;
const LOGGED = 50;
const SUMMARY_ROWS = 100;

/** Files not scanned, all reasons together (allowlisted paths are the configuration's choice, not counted). */
export function skippedCount(stats: ScanStats): number {
  const { unreadable, symlinks, special } = stats.skipped;
  return unreadable + symlinks + special;
}

export function describeSkipped(count: number): string {
  return `${count} file${count === 1 ? '' : 's'} not scanned`;
}

/** The repository names its files: on one line and without `::`, a name cannot pose as a workflow command. */
function where(file: SkippedFile): string {
  const path = untrustedText(file.path);
  return file.commit === undefined ? path : `${path} in commit ${file.commit.slice(0, 7)}`;
}

/**
 * Logs every listed file (up to LOGGED), and warns on the first ones at their file (a history file
 * has no place in the checkout: named in the message only), the last warning saying how many more.
 * Returns the number of warnings made (at most SKIPPED_ANNOTATIONS).
 */
export function reportSkipped(ports: ActionPorts, stats: ScanStats): number {
  const total = skippedCount(stats);
  if (total === 0) return 0;
  const listed = stats.skippedFiles;
  ports.log.info(`${describeSkipped(total)}:`);
  for (const file of listed.slice(0, LOGGED)) ports.log.info(`  ${where(file)}: ${untrustedText(file.detail)}`);
  if (total > LOGGED) ports.log.info(`  and ${total - LOGGED} more`);
  const annotated = listed.slice(0, total > SKIPPED_ANNOTATIONS ? SKIPPED_ANNOTATIONS - 1 : SKIPPED_ANNOTATIONS);
  for (const file of annotated) {
    const place = file.commit === undefined ? { file: file.path } : {};
    ports.log.warning(`${where(file)} not scanned: ${untrustedText(file.detail)}`, { title: 'audit: file not scanned', ...place });
  }
  if (total > annotated.length) ports.log.warning(`${total - annotated.length} more file(s) not scanned; the job summary lists them`, { title: 'audit: files not scanned' });
  return Math.min(total, SKIPPED_ANNOTATIONS);
}

/** The summary's "Not scanned" section: every listed file with its reason, cut after SUMMARY_ROWS. */
export function skippedSection(stats: ScanStats, failOnSkipped: boolean): string {
  const total = skippedCount(stats);
  if (total === 0) return '';
  const rows = stats.skippedFiles.slice(0, SUMMARY_ROWS).map((f) => [mdCode(f.path), f.commit === undefined ? '' : mdCode(f.commit.slice(0, 7)), f.detail]);
  const consequence = failOnSkipped ? 'fail-on-skipped is set: the audit fails.' : 'Set fail-on-skipped to fail the audit on them.';
  const more = total > rows.length ? `\n${escapeMarkdown(`and ${total - rows.length} more (the log names up to ${LOGGED}).`)}\n` : '';
  return `### Not scanned (${total})\n\n${escapeMarkdown(`These files could not be read, so a secret in them would go unseen. ${consequence}`)}\n\n${markdownTable(['File', 'Commit', 'Why'], rows)}${more}\n`;
}
