import type { Level } from '../types';

export type Style = 'bold' | 'dim' | 'red' | 'yellow' | 'cyan' | 'green';

const CODES: Record<Style, [open: number, close: number]> = {
  bold: [1, 22],
  dim: [2, 22],
  red: [31, 39],
  yellow: [33, 39],
  cyan: [36, 39],
  green: [32, 39],
};

export const LEVEL_STYLE: Record<Level, Style> = { error: 'red', warning: 'yellow', note: 'cyan' };

/** A styling function that is the identity when colour is off, so plain output has no escape codes. */
export function painter(color: boolean): (style: Style, text: string) => string {
  if (!color) return (_style, text) => text;
  return (style, text) => `\u001b[${CODES[style][0]}m${text}\u001b[${CODES[style][1]}m`;
}

/**
 * Control characters from scanned files or rule configs replaced one-for-one (columns stay aligned),
 * so a file cannot move the cursor, retitle the terminal or hide output; bidi controls too, so it
 * cannot reorder what is shown ("Trojan Source").
 */
export function sanitizeForTerminal(text: string): string {
  return text.replace(/[\u0000-\u0008\u000a-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g, '\ufffd');
}
