// .gitleaksignore: one fingerprint per line (`file:rule:line` or `commit:file:rule:line`), `#` comments.
import type { Finding } from '../report/finding';

export class GitleaksIgnore {
  private readonly entries: Set<string>;

  constructor(fingerprints: Iterable<string>) {
    this.entries = new Set([...fingerprints].map(normalize));
  }

  static parse(text: string): GitleaksIgnore {
    const lines = text
      .split(/\r?\n/)
      .map((l) => l.trim())
      .filter((l) => l !== '' && !l.startsWith('#'));
    return new GitleaksIgnore(lines);
  }

  get size(): number {
    return this.entries.size;
  }

  /** As gitleaks: the exact fingerprint, or (for history findings) the commit-less `file:rule:line`. */
  ignores(f: Pick<Finding, 'Commit' | 'File' | 'RuleID' | 'StartLine' | 'Fingerprint'>): boolean {
    if (this.entries.has(normalize(f.Fingerprint))) return true;
    return this.entries.has(normalize(`${f.File}:${f.RuleID}:${f.StartLine}`));
  }
}

// Windows paths in a fingerprint compare equal to their `/` form, as gitleaks does.
function normalize(fingerprint: string): string {
  return fingerprint.replace(/\\/g, '/');
}
