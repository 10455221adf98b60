// Reading the suppression files: an absent file means "none"; anything else that is not a
// regular file of bounded size (inside the repository, when `root` is given) is an error naming it.
import { readBoundedTextIfPresent } from '@mcp-secrets/fs-safe';
import { DetectSecretsBaseline } from './detect-secrets-baseline';
import { GitleaksIgnore } from './gitleaks-ignore';

/** Far above real files: ~100 bytes a fingerprint, ~200 bytes a baseline entry (80,000 of either). */
export const SUPPRESSION_LIMITS = {
  ignoreFileBytes: 8 * 1024 * 1024,
  baselineBytes: 16 * 1024 * 1024,
} as const;

export interface SuppressionFileOptions {
  /** The folder the file must stay inside (the repository); undefined for a file the user named outside it. */
  root?: string;
  /** How errors name the file (default: its path). */
  display?: string;
  /** The input that named it, for errors. */
  input?: string;
}

/** The `.gitleaksignore` at `file`, or undefined when there is none. */
export function readGitleaksIgnore(file: string, options: SuppressionFileOptions = {}): GitleaksIgnore | undefined {
  const text = readBoundedTextIfPresent(file, { ...options, what: 'the gitleaks ignore file', maxBytes: SUPPRESSION_LIMITS.ignoreFileBytes });
  return text === undefined ? undefined : GitleaksIgnore.parse(text);
}

/** The detect-secrets baseline at `file`, or undefined when there is none. */
export function readDetectSecretsBaseline(file: string, options: SuppressionFileOptions = {}): DetectSecretsBaseline | undefined {
  const text = readBoundedTextIfPresent(file, { ...options, what: 'the detect-secrets baseline', maxBytes: SUPPRESSION_LIMITS.baselineBytes });
  return text === undefined ? undefined : DetectSecretsBaseline.parse(text, options.display ?? file);
}
