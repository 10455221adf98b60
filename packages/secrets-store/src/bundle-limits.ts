import { ConfigurationError, maskablePieces } from '@mcp-secrets/ports';
import { VERSION_KEY, type Bundle } from './bundle';

/**
 * What one bundle may hold. A team's secrets fit many times over; beyond this a
 * source is broken or hostile, and masking, exporting and writing it would flood
 * the runner's masker and logs (every piece is one add-mask command) or leave an
 * environment too big for later steps to start (Linux caps it at a few MiB).
 */
export const BUNDLE_LIMITS = {
  maxKeys: 1000,
  maxBytes: 1024 * 1024,
  maxMaskPieces: 10_000,
};

/** Refuses a bundle over the limits, naming sizes and the source, never a value; call it before masking. */
export function checkBundleLimits(bundle: Bundle, source: string): void {
  const entries = Object.entries(bundle.entries);
  const hint = 'a secret bundle is for secrets: keep large or numerous non-secret values elsewhere';
  if (entries.length > BUNDLE_LIMITS.maxKeys) {
    throw new ConfigurationError(`${source} holds ${entries.length} keys, more than ${BUNDLE_LIMITS.maxKeys}`, { hint });
  }
  const bytes = entries.reduce((sum, [key, value]) => sum + Buffer.byteLength(key) + Buffer.byteLength(value), 0);
  if (bytes > BUNDLE_LIMITS.maxBytes) {
    throw new ConfigurationError(`${source} holds ${(bytes / (1024 * 1024)).toFixed(1)} MiB, more than ${BUNDLE_LIMITS.maxBytes / (1024 * 1024)} MiB`, { hint });
  }
  const pieces = new Set<string>();
  for (const [key, value] of entries) if (key !== VERSION_KEY) for (const piece of maskablePieces(value)) pieces.add(piece);
  if (pieces.size > BUNDLE_LIMITS.maxMaskPieces) {
    throw new ConfigurationError(
      `${source} would need ${pieces.size} masks (values, their lines and JSON leaves), more than ${BUNDLE_LIMITS.maxMaskPieces}`,
      { hint },
    );
  }
}
