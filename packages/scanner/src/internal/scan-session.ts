// One scan: the compiled configuration, the suppressions, and the counters every source feeds.
import type { CompiledConfig } from './config/compiled';
import { isTargetAllowlisted } from './detect/allowlist-check';
import { detect, emptyDetectCounters, type DetectOptions, type TextOrigin } from './detect/detect';
import type { Finding } from './report/finding';
import type { DetectSecretsBaseline } from './suppress/detect-secrets-baseline';
import type { GitleaksIgnore } from './suppress/gitleaks-ignore';

export interface ScanStats {
  filesScanned: number;
  bytesScanned: number;
  commitsScanned: number;
  skipped: { binary: number; tooLarge: number; unreadable: number; symlinks: number; allowlistedPaths: number };
  suppressed: { allowlist: number; inline: number; placeholder: number; lowEntropy: number; ignoreFile: number; baseline: number };
  /** Regex windows clamped on over-long lines: matches spanning the cut may be missed. */
  truncatedWindows: number;
  findings: number;
  durationMs: number;
}

export interface ScanResult {
  findings: Finding[];
  /** Secrets of findings an ignore file or baseline suppressed: not reported, but redacted wherever their line is shown. */
  suppressedSecrets: string[];
  stats: ScanStats;
}

/** How far a scan has got (for a progress display). */
export interface ScanProgress {
  /** Files read so far (skipped ones included); in git history, file diffs. */
  files: number;
  bytes: number;
  /** Known when the files were listed up front (`git ls-files`). */
  totalFiles?: number;
}

/** At most one progress report per this many milliseconds. */
const PROGRESS_INTERVAL_MS = 100;

export interface SessionOptions extends DetectOptions {
  ignore?: GitleaksIgnore;
  baseline?: DetectSecretsBaseline;
  /** Milliseconds clock for durationMs and progress (injectable for tests). */
  now?: () => number;
  /** Called as the scan advances, at most every 100 ms. */
  onProgress?(state: ScanProgress): void;
}

export class ScanSession {
  readonly findings: Finding[] = [];
  private readonly suppressedSecrets = new Set<string>();
  private readonly detectCounters = emptyDetectCounters();
  private readonly startedAt: number;
  private readonly progressState: ScanProgress = { files: 0, bytes: 0 };
  private lastProgress = Number.NEGATIVE_INFINITY;
  readonly stats: ScanStats = {
    filesScanned: 0,
    bytesScanned: 0,
    commitsScanned: 0,
    skipped: { binary: 0, tooLarge: 0, unreadable: 0, symlinks: 0, allowlistedPaths: 0 },
    suppressed: { allowlist: 0, inline: 0, placeholder: 0, lowEntropy: 0, ignoreFile: 0, baseline: 0 },
    truncatedWindows: 0,
    findings: 0,
    durationMs: 0,
  };

  constructor(
    readonly config: CompiledConfig,
    private readonly options: SessionOptions,
  ) {
    this.startedAt = this.now();
  }

  private now(): number {
    return (this.options.now ?? Date.now)();
  }

  /** Scans one text (a file, or the lines a commit added) and keeps what survives suppression. */
  scan(text: string, origin: TextOrigin, bytes?: Uint8Array): void {
    this.stats.bytesScanned += bytes?.length ?? text.length;
    for (const f of detect(this.config, text, origin, this.options, this.detectCounters, bytes)) {
      if (this.options.ignore?.ignores(f) === true) this.suppress(f, 'ignoreFile');
      else if (this.options.baseline?.suppresses(f) === true) this.suppress(f, 'baseline');
      else this.findings.push(f);
    }
  }

  private suppress(f: Finding, by: 'ignoreFile' | 'baseline'): void {
    this.stats.suppressed[by]++;
    // An accepted finding may still be a live secret (a baseline lists known ones).
    if (f.Secret !== '') this.suppressedSecrets.add(f.Secret);
  }

  /** Announces the number of files the source will go through, when it knows it. */
  expectFiles(total: number): void {
    this.progressState.totalFiles = total;
  }

  /** One file (or file diff) done, scanned or skipped: reports progress when it is time to. */
  fileDone(): void {
    const onProgress = this.options.onProgress;
    if (onProgress === undefined) return;
    this.progressState.files++;
    // One clock read per file is cheap next to reading the file.
    const now = this.now();
    if (now - this.lastProgress < PROGRESS_INTERVAL_MS) return;
    this.lastProgress = now;
    this.progressState.bytes = this.stats.bytesScanned;
    onProgress({ ...this.progressState });
  }

  /** true (and counted) when a global allowlist excludes the path, so it need not even be read. */
  skipsPath(path: string): boolean {
    if (!isTargetAllowlisted(this.config.allowlists, path, '')) return false;
    this.stats.skipped.allowlistedPaths++;
    return true;
  }

  finish(): ScanResult {
    const c = this.detectCounters;
    const s = this.stats;
    s.suppressed.allowlist = c.allowlisted;
    s.suppressed.inline = c.inlineAllowed;
    s.suppressed.placeholder = c.placeholders;
    s.suppressed.lowEntropy = c.lowEntropy;
    s.skipped.allowlistedPaths += c.allowlistedTargets;
    s.truncatedWindows = c.truncated;
    s.findings = this.findings.length;
    s.durationMs = Math.max(0, this.now() - this.startedAt);
    return { findings: this.findings, suppressedSecrets: [...this.suppressedSecrets], stats: s };
  }
}
