// For text no audit has scanned (a workflow line shown under a workflow finding): whatever the
// built-in rules find in it is redacted before it is shown.
import type { CompiledConfig } from '../config/compiled';
import { scanText } from '../scan-api';
import { secretRedactor } from './redactor';

/** `text` with every secret the rules (built-in by default) find in it, and URL credentials, redacted. */
export function redactDetectedSecrets(text: string, config?: CompiledConfig): string {
  const { findings } = scanText(text, { config });
  return secretRedactor(findings.map((f) => f.Secret)).redact(text);
}
