import { escapeMarkdown, markdownTable, mdCode } from '@mcp-secrets/reporting';
import type { GateResult, PartOutcome, PartStatus } from './outcome';

/** GitHub rejects a step summary over 1 MiB; a little is kept for the totals on top. */
export const SUMMARY_LIMIT_BYTES = 1024 * 1024 - 16 * 1024;

const STATUS: Record<PartStatus, string> = {
  pass: '✅ pass',
  warn: '⚠️ warn',
  fail: '❌ fail',
  error: '❌ error',
};

const VERDICT: Record<GateResult['status'], string> = {
  pass: '✅ **Passed**',
  warn: '⚠️ **Passed with warnings**',
  fail: '❌ **Failed**',
};

/** The combined job summary: the gate's verdict and one row per part on top, then each part's own section. */
export function gateSummary(result: Omit<GateResult, 'failureMessage'>, notes: readonly string[] = []): string {
  const failing = result.parts.filter((part) => part.status === 'fail' || part.status === 'error').length;
  const headline = failing === 0 ? `all ${result.parts.length} parts passed` : `${failing} of ${result.parts.length} parts failed`;
  const rows = result.parts.map((part) => [
    { markdown: `${escapeMarkdown(part.title)}<br>${mdCode(`${part.prefix}*`).markdown}` },
    STATUS[part.status],
    part.headline,
  ]);
  const top = [
    '## Security gate\n',
    `${VERDICT[result.status]}: ${escapeMarkdown(headline)}\n`,
    markdownTable(['Part', 'Result', 'Totals'], rows),
    ...notes.map((note) => `${escapeMarkdown(note)}\n`),
  ].join('\n');
  const sections = fitSections(result.parts.map(partSection), SUMMARY_LIMIT_BYTES - Buffer.byteLength(top));
  return [top, ...sections].join('\n');
}

function partSection(part: PartOutcome): string {
  if (part.error === undefined) return part.summary;
  const kind = part.error.configuration ? 'Configuration error' : 'Could not run';
  const what = `❌ **${kind}**: ${escapeMarkdown(part.error.message)}\n`;
  // A part that stopped early may have written nothing of its own.
  return part.summary === '' ? `## ${escapeMarkdown(part.title)}\n\n${what}` : `${what}\n${part.summary}`;
}

/**
 * Keeps the sections within the byte budget: when they do not fit, each gets an equal share
 * (what a small section leaves unused goes to the others) and the too-long ones are cut at a
 * line, with a note saying where the full list is.
 */
export function fitSections(sections: readonly string[], budget: number): string[] {
  const sizes = sections.map((section) => Buffer.byteLength(section));
  if (sizes.reduce((sum, size) => sum + size, 0) <= budget) return [...sections];
  const shares = sizes.map(() => 0);
  let left = budget;
  let open = sections.map((_, index) => index);
  while (open.length > 0) {
    const share = Math.floor(left / open.length);
    const small = open.filter((index) => sizes[index] <= share);
    if (small.length === 0) {
      for (const index of open) shares[index] = share;
      break;
    }
    for (const index of small) {
      shares[index] = sizes[index];
      left -= sizes[index];
    }
    open = open.filter((index) => !small.includes(index));
  }
  return sections.map((section, index) => (sizes[index] <= shares[index] ? section : cut(section, shares[index])));
}

const CUT_NOTE = '\n_Section cut to fit GitHub\'s 1 MiB job summary limit: the report files and the log hold everything._\n';

function cut(section: string, bytes: number): string {
  const room = Math.max(0, bytes - Buffer.byteLength(CUT_NOTE) - 8);
  let text = Buffer.from(section).subarray(0, room).toString('utf8').replace(/\uFFFD+$/, '');
  text = text.slice(0, Math.max(0, text.lastIndexOf('\n') + 1));
  // An unclosed code fence would swallow the note and everything after it.
  if ((text.match(/^```/gm) ?? []).length % 2 === 1) text += '```\n';
  return `${text}${CUT_NOTE}`;
}
