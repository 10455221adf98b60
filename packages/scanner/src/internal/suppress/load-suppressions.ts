// Reading the suppression files: an absent file means "none", an unreadable one is an error
// naming it.
import { readFileSync } from 'node:fs';
import { ConfigurationError } from '@mcp-secrets/ports';
import { DetectSecretsBaseline } from './detect-secrets-baseline';
import { GitleaksIgnore } from './gitleaks-ignore';

function readIfPresent(file: string, what: string): string | undefined {
  try {
    return readFileSync(file, 'utf8');
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw new ConfigurationError(`cannot read ${what}: ${(err as Error).message}`, { file, hint: 'check the file permissions' });
  }
}

/** The `.gitleaksignore` at `file`, or undefined when there is none. */
export function readGitleaksIgnore(file: string): GitleaksIgnore | undefined {
  const text = readIfPresent(file, 'the gitleaks ignore file');
  return text === undefined ? undefined : GitleaksIgnore.parse(text);
}

/** The detect-secrets baseline at `file`, or undefined when there is none. */
export function readDetectSecretsBaseline(file: string): DetectSecretsBaseline | undefined {
  const text = readIfPresent(file, 'the detect-secrets baseline');
  return text === undefined ? undefined : DetectSecretsBaseline.parse(text, file);
}
