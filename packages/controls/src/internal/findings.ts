import type { CheckResult, Evidence } from './types';

const MAX_MESSAGES_IN_DETAILS = 15;

/** Collects a check's fail/warn findings and turns them into one result (fail beats warn beats pass). */
export class Findings {
  private readonly fails: Array<{ message: string; evidence: Evidence[] }> = [];
  private readonly warns: Array<{ message: string; evidence: Evidence[] }> = [];
  private readonly notes: string[] = [];

  fail(message: string, ...evidence: Evidence[]): void {
    this.fails.push({ message, evidence });
  }

  warn(message: string, ...evidence: Evidence[]): void {
    this.warns.push({ message, evidence });
  }

  /** Something the check could not look at, and why: appended to the details whatever the status. */
  note(message: string): void {
    this.notes.push(message);
  }

  get failed(): boolean {
    return this.fails.length > 0;
  }

  result(passDetails: string, passEvidence: Evidence[] = [], remediation?: string): CheckResult {
    const all = [...this.fails, ...this.warns];
    const suffix = this.notes.length > 0 ? ` (${this.notes.join('; ')})` : '';
    if (all.length === 0) return { status: 'pass', details: passDetails + suffix, evidence: dedupe(passEvidence) };
    const messages = all.map((finding) => finding.message);
    const shown = messages.slice(0, MAX_MESSAGES_IN_DETAILS);
    if (messages.length > shown.length) shown.push(`and ${messages.length - shown.length} more (see evidence)`);
    const result: CheckResult = {
      status: this.fails.length > 0 ? 'fail' : 'warn',
      details: shown.join('; ') + suffix,
      evidence: dedupe(all.flatMap((finding) => finding.evidence)),
    };
    return remediation === undefined ? result : { ...result, remediation };
  }
}

export function evidence(file: string, line: number | null = null): Evidence {
  return { file, line };
}

function dedupe(items: Evidence[]): Evidence[] {
  const seen = new Set<string>();
  return items.filter((item) => {
    const key = `${item.file}\0${item.line}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/** 1-based line of a character offset. */
export function lineAtOffset(text: string, offset: number): number {
  let line = 1;
  for (let i = 0; i < offset && i < text.length; i += 1) if (text.charCodeAt(i) === 10) line += 1;
  return line;
}
