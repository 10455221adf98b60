/**
 * An error the user fixes in their configuration: the message names the input,
 * file and line at fault, and the hint says what to do. Actions report it
 * without a stack trace; the CLI exits 2 on it.
 */
export class ConfigurationError extends Error {
  readonly input?: string;
  readonly file?: string;
  readonly line?: number;
  readonly hint?: string;

  constructor(message: string, where: { input?: string; file?: string; line?: number; hint?: string } = {}) {
    super(composeMessage(message, where));
    this.name = 'ConfigurationError';
    this.input = where.input;
    this.file = where.file;
    this.line = where.line;
    this.hint = where.hint;
  }
}

function composeMessage(message: string, where: { input?: string; file?: string; line?: number; hint?: string }): string {
  const place: string[] = [];
  if (where.input !== undefined) place.push(`input '${where.input}'`);
  if (where.file !== undefined) place.push(where.line !== undefined ? `${where.file}:${where.line}` : where.file);
  const prefix = place.length > 0 ? `${place.join(', ')}: ` : '';
  const hint = where.hint !== undefined ? ` (${where.hint})` : '';
  return `${prefix}${message}${hint}`;
}

/** Anything thrown (strings, objects, undefined) as an Error, so no throw leaves a step green. */
export function toError(thrown: unknown): Error {
  if (thrown instanceof Error || isErrorLike(thrown)) return thrown;
  if (typeof thrown === 'string') return new Error(thrown);
  try {
    return new Error(`non-error thrown: ${JSON.stringify(thrown)}`);
  } catch {
    return new Error(`non-error thrown: ${String(thrown)}`);
  }
}

/** An Error from another realm (vm contexts, test sandboxes) fails `instanceof Error` but is one. */
function isErrorLike(thrown: unknown): thrown is Error {
  if (typeof thrown !== 'object' || thrown === null) return false;
  const { name, message } = thrown as { name?: unknown; message?: unknown };
  return typeof name === 'string' && typeof message === 'string';
}
