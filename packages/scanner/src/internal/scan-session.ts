// One scan: the compiled configuration, the suppressions, and the counters every source feeds.
import type { CompiledConfig } from './config/compiled';
import { isTargetAllowlisted } from './detect/allowlist-check';
import { emptyDetectCounters, type DetectCounters, type TextOrigin } from './detect/detect';
import type { Finding } from './report/finding';
import type { DetectSecretsBaseline } from './suppress/detect-secrets-baseline';
import type { GitleaksIgnore } from './suppress/gitleaks-ignore';
import { WindowDetector, type Detected, type ScanWindow, type WindowDetectorOptions } from './window-detector';

/** Why a file (or a file of a commit) was not scanned. */
export type SkipReason = 'unreadable' | 'symlink' | 'special';

export interface SkippedFile {
  /** As findings name it (relative to the scan root or the repository top). */
  path: string;
  reason: SkipReason;
  /** In words, for the log and the summary: "symbolic link to outside the scanned folder, not followed". */
  detail: string;
  commit?: string;
}

/** Skipped files listed one by one; past this only counted (a huge unreadable tree must not fill memory). */
export const MAX_LISTED_SKIPPED = 1000;

export interface ScanStats {
  filesScanned: number;
  bytesScanned: number;
  commitsScanned: number;
  /** Files not scanned, by reason. Allowlisted paths are the configuration's choice, not a gap. */
  skipped: { unreadable: number; symlinks: number; special: number; allowlistedPaths: number };
  /** The files behind `skipped` (but allowlisted paths), the first MAX_LISTED_SKIPPED of them. */
  skippedFiles: SkippedFile[];
  /** Binary files (NUL bytes) scanned through their text runs: lines are exact, compressed content is not seen. */
  binaryFiles: number;
  suppressed: {
    allowlist: number;
    inline: number;
    placeholder: number;
    lowEntropy: number;
    /** Token-shaped values a built-in rule's checksum rejected (lookalikes, hand-made test tokens). */
    checksum: number;
    ignoreFile: number;
    baseline: number;
  };
  /** Regex windows clamped on over-long lines: matches spanning the cut may be missed. */
  truncatedWindows: number;
  findings: number;
  durationMs: number;
}

export interface ScanResult {
  findings: Finding[];
  /** Secrets of findings an ignore file or baseline suppressed: not reported, but redacted wherever their line is shown. */
  suppressedSecrets: string[];
  /** With `listInlineAllowed`: what `gitleaks:allow` comments suppressed (secrets included: never print them). */
  inlineAllowed: Finding[];
  stats: ScanStats;
  /** Threads the detection ran on (1 unless a file scan was given more jobs and had the files to share). */
  threads?: number;
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

export interface SessionOptions extends WindowDetectorOptions {
  ignore?: GitleaksIgnore;
  baseline?: DetectSecretsBaseline;
  /** Milliseconds clock for durationMs and progress (injectable for tests). */
  now?: () => number;
  /** Called as the scan advances, at most every 100 ms. */
  onProgress?(state: ScanProgress): void;
}

export class ScanSession {
  readonly findings: Finding[] = [];
  private readonly inlineAllowed: Finding[] = [];
  private readonly suppressedSecrets = new Set<string>();
  private readonly detectCounters = emptyDetectCounters();
  /** Detection on this thread (a source may detect in workers instead and hand the results to keepDetected). */
  readonly detector: WindowDetector;
  private readonly startedAt: number;
  private readonly progressState: ScanProgress = { files: 0, bytes: 0 };
  private lastProgress = Number.NEGATIVE_INFINITY;
  readonly stats: ScanStats = {
    filesScanned: 0,
    bytesScanned: 0,
    commitsScanned: 0,
    skipped: { unreadable: 0, symlinks: 0, special: 0, allowlistedPaths: 0 },
    skippedFiles: [],
    binaryFiles: 0,
    suppressed: { allowlist: 0, inline: 0, placeholder: 0, lowEntropy: 0, checksum: 0, ignoreFile: 0, baseline: 0 },
    truncatedWindows: 0,
    findings: 0,
    durationMs: 0,
  };

  constructor(
    readonly config: CompiledConfig,
    private readonly options: SessionOptions,
  ) {
    this.startedAt = this.now();
    this.detector = new WindowDetector(config, options, this.detectCounters);
  }

  private now(): number {
    return (this.options.now ?? Date.now)();
  }

  /** Scans one text (a file, or the lines a commit added) and keeps what survives suppression. */
  scan(text: string, origin: TextOrigin, bytes?: Uint8Array): void {
    this.stats.bytesScanned += bytes?.length ?? text.length;
    this.keepDetected(this.detector.text(text, origin, bytes));
  }

  /**
   * Scans one window of a longer text (whose first line is origin.firstLine) and keeps the
   * findings it owns; the source counts the bytes once for the whole text.
   */
  scanWindow(window: ScanWindow, origin: TextOrigin): void {
    this.keepDetected(this.detector.window(window, origin));
  }

  /** A file (or a commit's file) that could not be scanned, and why. */
  skip(path: string, reason: SkipReason, detail: string, commit?: string): void {
    this.stats.skipped[reason === 'symlink' ? 'symlinks' : reason]++;
    if (this.stats.skippedFiles.length < MAX_LISTED_SKIPPED) this.stats.skippedFiles.push({ path, reason, detail, ...(commit !== undefined && { commit }) });
  }

  /** Keeps what survives the inline marker, the ignore file and the baseline. */
  keepDetected({ found, allowedInline }: Detected): void {
    for (const f of found) {
      if (allowedInline.has(f)) {
        this.inlineAllowed.push(f);
        if (f.Secret !== '') this.suppressedSecrets.add(f.Secret);
      } else if (this.options.ignore?.ignores(f) === true) this.suppress(f, 'ignoreFile');
      else if (this.options.baseline?.suppresses(f) === true) this.suppress(f, 'baseline');
      else this.findings.push(f);
    }
  }

  private suppress(f: Finding, by: 'ignoreFile' | 'baseline'): void {
    this.stats.suppressed[by]++;
    // An accepted finding may still be a live secret (a baseline lists known ones).
    if (f.Secret !== '') this.suppressedSecrets.add(f.Secret);
  }

  /** Drops counted where detection ran elsewhere (a worker thread). */
  addDetectCounters(counters: DetectCounters): void {
    for (const key of Object.keys(counters) as (keyof DetectCounters)[]) this.detectCounters[key] += counters[key];
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
    s.suppressed.inline = c.inlineAllowed + this.inlineAllowed.length;
    s.suppressed.placeholder = c.placeholders;
    s.suppressed.lowEntropy = c.lowEntropy;
    s.suppressed.checksum = c.checksum;
    s.skipped.allowlistedPaths += c.allowlistedTargets;
    s.truncatedWindows = c.truncated;
    s.findings = this.findings.length;
    s.durationMs = Math.max(0, this.now() - this.startedAt);
    return { findings: this.findings, suppressedSecrets: [...this.suppressedSecrets], inlineAllowed: this.inlineAllowed, stats: s };
  }
}
