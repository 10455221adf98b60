// `mcp-secrets audit --triage`: detect-secrets' interactive `audit`, without Python. Each baseline
// entry not audited yet (no `is_secret`) is shown - file, line, and the line with the secrets
// redacted - and marked a real secret (it still fails the audit) or not a secret (suppressed), or
// skipped. The baseline is rewritten whole (temp + rename) after every answer, so quitting, or an
// interrupted terminal, keeps everything answered so far.
import { createInterface } from 'node:readline';
import { ConfigurationError } from '@mcp-secrets/ports';
import { readDetectSecretsBaseline, type BaselineEntry, type DetectSecretsBaselineFile } from '@mcp-secrets/scanner';
import { saveBaseline, type AuditResult, type InputFile } from '@mcp-secrets/audit';
import { EXIT, type CommandContext } from '../command';
import { entryPlaces, printable, type ShowEntry } from './audit-triage-source';

export type Answer = 'secret' | 'not-secret' | 'skip' | 'quit';

export interface TriageIo {
  out: (text: string) => void;
  /** The next line typed; undefined once the input has ended. */
  readLine: () => Promise<string | undefined>;
}

export interface TriageTally {
  secret: number;
  notSecret: number;
  skipped: number;
  /** Entries still without a verdict when the session ended (skipped ones included). */
  unaudited: number;
}

const QUESTION = 'Is this a real secret? [y]es / [n]o, not a secret / [s]kip / [q]uit: ';

/** An answer in any case, as a letter or a word; undefined for anything else. */
export function parseAnswer(text: string): Answer | undefined {
  const word = text.trim().toLowerCase();
  if (word === 'y' || word === 'yes') return 'secret';
  if (word === 'n' || word === 'no') return 'not-secret';
  if (word === 's' || word === 'skip') return 'skip';
  if (word === 'q' || word === 'quit') return 'quit';
  return undefined;
}

/** Asks until the answer is understood; the end of input quits. */
async function ask(io: TriageIo): Promise<Answer> {
  for (;;) {
    io.out(QUESTION);
    const line = await io.readLine();
    if (line === undefined) {
      io.out('\n');
      return 'quit';
    }
    const answer = parseAnswer(line);
    if (answer !== undefined) return answer;
    io.out('Please answer y, n, s or q.\n');
  }
}

function unaudited(baseline: DetectSecretsBaselineFile): Array<{ filename: string; entry: BaselineEntry }> {
  return Object.entries(baseline.results).flatMap(([filename, entries]) => entries.filter((entry) => entry.is_secret === undefined).map((entry) => ({ filename, entry })));
}

/** Walks the unaudited entries in file order, saving the baseline after every verdict. */
export async function triageBaseline(baseline: DetectSecretsBaselineFile, show: ShowEntry, io: TriageIo, save: (baseline: DetectSecretsBaselineFile) => void): Promise<TriageTally> {
  const pending = unaudited(baseline);
  const tally = { secret: 0, notSecret: 0, skipped: 0 };
  for (const [index, { filename, entry }] of pending.entries()) {
    const place = show(filename, entry);
    const where = `${printable(filename)}${place.line === undefined ? '' : `:${place.line}`}`;
    const kind = entry.type === undefined ? '' : `  ${printable(entry.type)}`;
    const text =
      place.text !== undefined
        ? `    ${place.line ?? ''} | ${place.text}`
        : '    (no current finding is this secret, so its line cannot be redacted and is not shown)';
    io.out(`\n[${index + 1}/${pending.length}] ${where}${kind}\n${text}\n`);
    const answer = await ask(io);
    if (answer === 'quit') break;
    if (answer === 'skip') {
      tally.skipped += 1;
      continue;
    }
    entry.is_secret = answer === 'secret';
    save(baseline);
    if (entry.is_secret) tally.secret += 1;
    else tally.notSecret += 1;
  }
  return { ...tally, unaudited: unaudited(baseline).length };
}

/** Lines of a stream (a terminal in cooked mode: each line once Enter is pressed). */
export function lineReader(input: NodeJS.ReadableStream): { readLine: () => Promise<string | undefined>; close: () => void } {
  const rl = createInterface({ input, terminal: false, crlfDelay: Infinity });
  const lines = rl[Symbol.asyncIterator]();
  return {
    readLine: async () => {
      const next = await lines.next();
      return next.done === true ? undefined : next.value;
    },
    close: () => rl.close(),
  };
}

export interface TriageRun {
  ctx: CommandContext;
  /** The baseline to triage (`--baseline`, else the repository's). */
  target: InputFile;
  /** The working tree scanned without the baseline, so every entry's secret can be found and redacted. */
  scan: () => Promise<AuditResult>;
  /** The folder findings are named from. */
  workspace: string;
  /** Where answers are read: a terminal, or the command refuses to start. */
  stdin: NodeJS.ReadableStream & { isTTY?: boolean };
}

/** `audit --triage`: exit 0 once the session ends (all answered, or quit), 2 without a terminal or a baseline. */
export async function runTriage({ ctx, target, scan, workspace, stdin }: TriageRun): Promise<number> {
  if (stdin.isTTY !== true) {
    throw new ConfigurationError('--triage asks about each entry on a terminal, and stdin is not one', {
      hint: `run it in a terminal, or set "is_secret" to true or false on each entry of ${target.display}`,
    });
  }
  const baseline = readDetectSecretsBaseline(target.file, { display: target.display });
  if (baseline === undefined) {
    throw new ConfigurationError(`no baseline at ${target.display}`, { hint: 'write one with `mcp-secrets audit --write-baseline` first' });
  }
  if (unaudited(baseline.file).length === 0) {
    ctx.io.out(`Every entry of ${target.display} is audited already.\n`);
    return EXIT.ok;
  }
  const result = await scan();
  const show: ShowEntry = result.target.kind === 'files' ? entryPlaces(result.findings, result.redactor, workspace) : (_file, entry) => ({ line: entry.line_number });
  const reader = lineReader(stdin);
  try {
    const tally = await triageBaseline(baseline.file, show, { out: ctx.io.out, readLine: reader.readLine }, (file) => saveBaseline(target.file, file));
    ctx.io.out(
      `\n${target.display}: ${tally.secret} marked secret, ${tally.notSecret} not a secret, ${tally.skipped} skipped; ${tally.unaudited} not audited yet.\n`,
    );
  } finally {
    reader.close();
  }
  return EXIT.ok;
}
