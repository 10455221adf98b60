import { truncate } from './internal/text';
import type { CommitInfo } from './types';

/** Longest commit subject shown beside a finding. */
const SUBJECT_CHARS = 100;

/**
 * One line about a commit, for a terminal or a table cell: `<sha> by <author> <email> on <date>:
 * <subject>`, the subject being the message's first line (cut at 100 characters). Plain text: the
 * caller escapes it for where it goes (terminal sanitising, Markdown).
 */
export function describeCommit(commit: CommitInfo, options: { shortSha?: boolean } = {}): string {
  const sha = options.shortSha === true ? commit.sha.slice(0, 7) : commit.sha;
  const who = [commit.author, commit.email === '' ? '' : `<${commit.email}>`].filter((part) => part !== '').join(' ');
  const subject = truncate(commit.message.split(/\r?\n/, 1)[0]?.trim() ?? '', SUBJECT_CHARS);
  return `${sha}${who === '' ? '' : ` by ${who}`}${commit.date === '' ? '' : ` on ${commit.date}`}${subject === '' ? '' : `: ${subject}`}`;
}
