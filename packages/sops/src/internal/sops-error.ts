/** What went wrong, so callers (the sync action, the CLI, the compliance checker) can react without parsing text. */
export type SopsErrorKind =
  | 'mac-mismatch'
  | 'no-matching-identity'
  | 'not-sops'
  | 'parse'
  | 'bad-identity'
  | 'decrypt'
  | 'unsupported';

export interface SopsErrorDetails {
  fileName?: string;
  line?: number;
  /** The key path, joined with ':' as in sops' authenticated data (never a value). */
  keyPath?: string;
  /** Age recipients (public keys) the file expects, for 'no-matching-identity'. */
  recipients?: readonly string[];
}

/** The one error type of this package. Messages name the file (and line/key path) and never contain a secret. */
export class SopsError extends Error {
  readonly kind: SopsErrorKind;
  readonly fileName: string | undefined;
  readonly line: number | undefined;
  readonly keyPath: string | undefined;
  readonly recipients: readonly string[];

  constructor(kind: SopsErrorKind, message: string, details: SopsErrorDetails = {}) {
    super(withLocation(message, details));
    this.name = 'SopsError';
    this.kind = kind;
    this.fileName = details.fileName;
    this.line = details.line;
    this.keyPath = details.keyPath;
    this.recipients = details.recipients ?? [];
  }
}

function withLocation(message: string, { fileName, line }: SopsErrorDetails): string {
  if (fileName === undefined) return message;
  return `${fileName}${line === undefined ? '' : `:${line}`}: ${message}`;
}
