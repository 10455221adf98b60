import { isNeverSecret, MIN_MASK_LENGTH, type ActionPorts } from '@mcp-secrets/ports';
import { VERSION_KEY, checkBundleLimits, showKeyNames, type Bundle } from '@mcp-secrets/secrets-store';

/**
 * Registers every value (each line, each JSON leaf) with the masker. Sources
 * call it the moment a bundle is decoded, before they log anything else; a
 * bundle too big to mask is refused first, naming sizes only.
 */
export function maskBundle(ports: ActionPorts, bundle: Bundle, source: string): Bundle {
  checkBundleLimits(bundle, source);
  for (const [key, value] of Object.entries(bundle.entries)) {
    if (key !== VERSION_KEY) ports.mask(value);
  }
  return bundle;
}

/**
 * Names, by key and never by value, what the masking policy left unmasked in the bundle delivered
 * (after `keys` selected it: a key left out is not named at all).
 */
export function reportUnmasked(ports: ActionPorts, bundle: Bundle): void {
  const notSecrets: string[] = [];
  const tooShort: string[] = [];
  for (const [key, value] of Object.entries(bundle.entries)) {
    if (key === VERSION_KEY) continue;
    if (isNeverSecret(value)) notSecrets.push(key);
    else if (value.trim().length < MIN_MASK_LENGTH && value.trim() !== '') tooShort.push(key);
  }
  if (notSecrets.length > 0) {
    ports.log.info(`Not masked, as values no one keeps secret (true/false/null/yes/no/on/off, numbers under 10000): ${showKeyNames(notSecrets)}`);
  }
  if (tooShort.length > 0) {
    ports.log.warning(
      `Not masked, shorter than ${MIN_MASK_LENGTH} characters: ${showKeyNames(tooShort)}. The runner hides every occurrence of a masked ` +
        'string, inside words too, so masking these would blank the log; a value this short is no secret anyway: give it a longer one.',
    );
  }
}
