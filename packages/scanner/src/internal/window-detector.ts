// Detection of one text or window, placed and owned as in the whole text: the part of a scan
// that needs only the configuration, so it runs the same on the main thread and in a worker.
import type { CompiledConfig } from './config/compiled';
import { detect, type DetectCounters, type DetectOptions, type TextOrigin } from './detect/detect';
import { LineIndex } from './detect/line-index';
import type { Finding } from './report/finding';
import { ownsPosition, type TextWindow } from './sources/text-windows';

/** A window of a longer text, as the sources cut them (see sources/text-windows). */
export interface ScanWindow extends TextWindow {
  bytes?: Uint8Array;
  /** Text runs of a binary: findings keep the line but not the column. */
  extracted?: boolean;
}

/** What a text holds, before the ignore file and baseline (the session's part) are applied. */
export interface Detected {
  found: Finding[];
  /** Those of `found` a `gitleaks:allow` marker hides (only with listInlineAllowed). */
  allowedInline: Set<Finding>;
}

export interface WindowDetectorOptions extends DetectOptions {
  /** Keep the findings `gitleaks:allow` suppresses, to list them (e.g. comments a pull request adds). */
  listInlineAllowed?: boolean;
}

const INLINE_ALLOW = 'gitleaks:allow';
/** Same length, so every position in the text stays where it was. */
const INLINE_ALLOW_NEUTRALISED = ' '.repeat(INLINE_ALLOW.length);

/**
 * Findings of a window as a scan of the whole text would have placed them: columns on the
 * window's first line move by what the window cut off; gitleaks' columns on lines but the text's
 * first are one higher (see Finding.columns).
 */
function placeInText(f: Finding, window: ScanWindow, textFirstLine: number): void {
  if (f.StartLine === 0 || (window.firstColumn === 0 && window.firstLine === textFirstLine)) return;
  const reportShift = window.firstColumn + (window.firstLine === textFirstLine ? 0 : 1);
  if (f.StartLine === window.firstLine) {
    f.columns.start += window.firstColumn;
    f.StartColumn += reportShift;
  }
  if (f.EndLine === window.firstLine) {
    f.columns.end += window.firstColumn;
    f.EndColumn += reportShift;
  }
}

/** Whether the finding is this window's to report (path-only findings: the first window's). */
function ownedBy(f: Finding, window: ScanWindow): boolean {
  if (f.StartLine === 0) return window.offset === 0;
  return ownsPosition(window, { line: f.StartLine, column: f.columns.start - 1 });
}

export class WindowDetector {
  constructor(
    readonly config: CompiledConfig,
    private readonly options: WindowDetectorOptions,
    /** Where the drops (allowlisted, placeholders, ...) are counted. */
    readonly counters: DetectCounters,
  ) {}

  /** One whole text (a file, or the lines a commit added). */
  text(text: string, origin: TextOrigin, bytes?: Uint8Array): Detected {
    return this.detectIn(text, origin, bytes);
  }

  /** One window of a longer text whose first line is origin.firstLine: the findings it owns. */
  window(window: ScanWindow, origin: TextOrigin): Detected {
    const textFirstLine = origin.firstLine ?? 1;
    const detected = this.detectIn(window.text, { ...origin, firstLine: window.firstLine }, window.bytes);
    const found = detected.found.filter((f) => {
      placeInText(f, window, textFirstLine);
      return ownedBy(f, window);
    });
    if (window.extracted === true) {
      for (const f of found) {
        // A column in extracted text is not one in the file: the annotation names the line only.
        f.columns = { start: 0, end: 0 };
        f.Tags.push('binary-text');
      }
    }
    return { found, allowedInline: detected.allowedInline };
  }

  /**
   * detect(), and with listInlineAllowed what `gitleaks:allow` would hide: the marker is blanked
   * so detect reports those findings too (with every other suppression applied), and they are
   * told apart by the marker on their lines.
   */
  private detectIn(text: string, origin: TextOrigin, bytes: Uint8Array | undefined): Detected {
    if (this.options.listInlineAllowed !== true || !text.includes(INLINE_ALLOW)) {
      return { found: detect(this.config, text, origin, this.options, this.counters, bytes), allowedInline: new Set() };
    }
    const blanked = text.replaceAll(INLINE_ALLOW, INLINE_ALLOW_NEUTRALISED);
    const found = detect(this.config, blanked, origin, this.options, this.counters);
    const lines = new LineIndex(text);
    const first = origin.firstLine ?? 1;
    const onMarkedLine = (f: Finding): boolean =>
      f.StartLine > 0 && text.slice(lines.lineStart(f.StartLine - first), lines.lineEnd(f.EndLine - first)).includes(INLINE_ALLOW);
    return { found, allowedInline: new Set(found.filter(onMarkedLine)) };
  }
}
