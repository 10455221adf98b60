import { editDistance } from './nearest';

/**
 * GitHub-hosted runner labels (GitHub's "GitHub-hosted runners" reference and actions/runner-images,
 * late 2026), retired ones included: a retired label is no typo.
 */
const HOSTED_LABELS: readonly string[] = [
  'ubuntu-latest', 'ubuntu-slim', 'ubuntu-26.04', 'ubuntu-24.04', 'ubuntu-22.04', 'ubuntu-20.04', 'ubuntu-18.04',
  'ubuntu-26.04-arm', 'ubuntu-24.04-arm', 'ubuntu-22.04-arm',
  'windows-latest', 'windows-2025', 'windows-2022', 'windows-2019', 'windows-11-arm',
  'macos-latest', 'macos-26', 'macos-15', 'macos-14', 'macos-13', 'macos-12', 'macos-26-intel', 'macos-15-intel',
  'macos-latest-large', 'macos-26-large', 'macos-15-large', 'macos-14-large', 'macos-13-large',
  'macos-latest-xlarge', 'macos-26-xlarge', 'macos-15-xlarge', 'macos-14-xlarge', 'macos-13-xlarge',
];

/** Versions of the hosted families not (yet) listed above are taken as real labels, not typos. */
const HOSTED_FAMILIES: readonly RegExp[] = [
  /^ubuntu-\d{2}\.\d{2}(?:-arm)?$/,
  /^windows-\d{4}(?:-vs\d{4})?$/,
  /^windows-\d{2}-arm$/,
  /^macos-(?:\d{2}|\d{2}\.\d{1,2}|latest)(?:-(?:intel|large|xlarge|xl))?$/,
];

/**
 * The hosted label `label` is most likely a misspelling of (`ubuntu-lates` → `ubuntu-latest`), or
 * undefined. Self-hosted and larger-runner labels are free names: only one or two edits away from a
 * hosted label (one for short labels), and not a hosted label with a suffix (`ubuntu-latest-16core`).
 */
export function misspelledHostedLabel(label: string): string | undefined {
  const lower = label.toLowerCase();
  if (HOSTED_LABELS.includes(lower) || HOSTED_FAMILIES.some((family) => family.test(lower))) return undefined;
  const max = lower.length > 10 ? 2 : 1;
  let best: string | undefined;
  let bestDistance = max + 1;
  for (const hosted of HOSTED_LABELS) {
    if (lower.startsWith(`${hosted}-`)) return undefined;
    const distance = editDistance(lower, hosted, max);
    if (distance < bestDistance) {
      best = hosted;
      bestDistance = distance;
    }
  }
  return best;
}
