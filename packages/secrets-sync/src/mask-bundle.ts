import type { ActionPorts } from '@mcp-secrets/ports';
import { VERSION_KEY, checkBundleLimits, type Bundle } from '@mcp-secrets/secrets-store';

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
