/** The part of a stream the bar needs; process.stderr fits. */
export interface ProgressStream {
  write(chunk: string): unknown;
  isTTY?: boolean;
  columns?: number;
}

export interface ProgressOptions {
  stream: ProgressStream;
  /** Milliseconds; injectable so tests need no real time. */
  now?: () => number;
  /** Nothing is shown for scans shorter than this (default 1000 ms). */
  delayMs?: number;
  /** Redraw at most this often (default 100 ms). */
  intervalMs?: number;
  label?: string;
}

export interface ProgressState {
  files: number;
  bytes: number;
  /** When known, a bar and percentage are drawn. */
  totalFiles?: number;
}

const CLEAR_LINE = '\r\u001b[2K';
const BAR_WIDTH = 20;

/**
 * A one-line progress display for long scans on a terminal: files scanned and MB/s, drawn only once
 * the scan has run for `delayMs` and only on a TTY (a log file gets nothing, not a stream of `\r`).
 */
export class ProgressBar {
  private readonly now: () => number;
  private readonly started: number;
  private readonly enabled: boolean;
  private lastDraw = Number.NEGATIVE_INFINITY;
  private drawn = false;

  constructor(private readonly options: ProgressOptions) {
    this.now = options.now ?? Date.now;
    this.started = this.now();
    this.enabled = options.stream.isTTY === true;
  }

  update(state: ProgressState): void {
    if (!this.enabled) return;
    const now = this.now();
    if (now - this.started < (this.options.delayMs ?? 1000)) return;
    if (now - this.lastDraw < (this.options.intervalMs ?? 100)) return;
    this.lastDraw = now;
    this.drawn = true;
    this.options.stream.write(CLEAR_LINE + this.fit(formatProgress(state, now - this.started, this.options.label)));
  }

  /** Clears the line so the report that follows starts clean. */
  done(): void {
    if (!this.drawn) return;
    this.options.stream.write(CLEAR_LINE);
    this.drawn = false;
  }

  private fit(line: string): string {
    const columns = this.options.stream.columns;
    return columns !== undefined && columns > 1 && line.length >= columns ? line.slice(0, columns - 1) : line;
  }
}

export function formatProgress(state: ProgressState, elapsedMs: number, label = 'Scanning'): string {
  const mb = state.bytes / 1_000_000;
  const rate = elapsedMs > 0 ? mb / (elapsedMs / 1000) : 0;
  const size = `${mb.toFixed(1)} MB, ${rate.toFixed(1)} MB/s`;
  const files = state.files.toLocaleString('en-US');
  if (state.totalFiles === undefined || state.totalFiles <= 0) return `${label}: ${files} files, ${size}`;
  const ratio = Math.min(1, state.files / state.totalFiles);
  const filled = Math.round(ratio * BAR_WIDTH);
  const bar = `[${'#'.repeat(filled)}${'-'.repeat(BAR_WIDTH - filled)}]`;
  return `${label} ${bar} ${Math.floor(ratio * 100)}% ${files}/${state.totalFiles.toLocaleString('en-US')} files, ${size}`;
}
