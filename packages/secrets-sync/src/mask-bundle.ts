import type { ActionPorts } from '@mcp-secrets/ports';
import { VERSION_KEY, type Bundle } from '@mcp-secrets/secrets-store';

/**
 * Registers every value (each line, each JSON leaf) with the masker. Sources
 * call it the moment a bundle is decoded, before they log anything else.
 */
export function maskBundle(ports: ActionPorts, bundle: Bundle): Bundle {
  for (const [key, value] of Object.entries(bundle.entries)) {
    if (key !== VERSION_KEY) ports.mask(value);
  }
  return bundle;
}
