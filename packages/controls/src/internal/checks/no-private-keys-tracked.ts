import { BoundedReadError } from '@mcp-secrets/fs-safe';
import { Findings, evidence } from '../findings';
import { matchesAny } from '../path-patterns';
import type { RepoFiles } from '../repo-files';
import type { Check } from '../types';

// Whole keys only (bech32 body; PEM armour followed by key material), so docs and code that name
// the formats (scanner rules, this file) do not trip the check.
const AGE_KEY = /AGE-SECRET-KEY-(?:PQ-)?1[02-9AC-HJ-NP-Z]{58,}/;
const PEM_BEGIN = /-----BEGIN ((?:RSA|EC|DSA|OPENSSH|ENCRYPTED|PGP) )?PRIVATE KEY( BLOCK)?-----/;
/** Key material right after the armour: an escaped newline then base64 (JSON credential files). */
const INLINE_BODY = /^(?:\\r)?\\n[A-Za-z0-9+/=]{40}/;
/** The line after the armour: base64, or the headers of a legacy encrypted key. */
const NEXT_LINE_BODY = /^\s*(?:Proc-Type:|Version:|Comment:|[A-Za-z0-9+/=]{16,}\s*$)/;
const MAX_BYTES = 10 * 1024 * 1024;

export const noPrivateKeysTracked: Check = {
  id: 'no-private-keys-tracked',
  title: 'No private key is tracked',
  rationale: 'An age identity or a PEM private key in git decrypts or impersonates for anyone with a clone.',
  remediation:
    'Remove the key from the repository (and its history), rotate it (`sops updatekeys` after a new `age-keygen`), and keep keys in the CI secret store; list genuine test fixtures under `private-key-allowlist`.',
  severity: 'critical',
  async run(ctx) {
    const findings = new Findings();
    let allowlisted = 0;
    for (const file of await ctx.git.lsFiles()) {
      const bytes = readTracked(ctx.files, file);
      if (bytes === undefined || isBinary(bytes)) continue;
      const hits = findKeys(Buffer.from(bytes).toString('utf8'));
      if (hits.length === 0) continue;
      if (matchesAny(file, ctx.options.privateKeyAllowlist)) {
        allowlisted += 1;
        continue;
      }
      for (const hit of hits) findings.fail(`${hit.kind} in ${file}:${hit.line}`, evidence(file, hit.line));
    }
    const note = allowlisted > 0 ? ` (${allowlisted} allowlisted fixture file${allowlisted === 1 ? '' : 's'})` : '';
    return findings.result(`no tracked file holds a private key${note}`);
  },
};

function findKeys(text: string): Array<{ kind: string; line: number }> {
  const hits: Array<{ kind: string; line: number }> = [];
  if (!text.includes('AGE-SECRET-KEY-') && !text.includes('PRIVATE KEY')) return hits;
  const lines = text.split('\n');
  lines.forEach((line, index) => {
    if (AGE_KEY.test(line)) hits.push({ kind: 'age secret key', line: index + 1 });
    const pem = PEM_BEGIN.exec(line);
    if (pem === null) return;
    const rest = line.slice(pem.index + pem[0].length);
    const bodyFollows = INLINE_BODY.test(rest) || (/^["',\s]*$/.test(rest) && NEXT_LINE_BODY.test(lines[index + 1] ?? ''));
    if (bodyFollows) hits.push({ kind: 'PEM private key', line: index + 1 });
  });
  return hits;
}

/** A tracked file's bytes; undefined for one not scanned: larger than MAX_BYTES, or a symlink out of the repository (not its content). */
function readTracked(files: RepoFiles, file: string): Uint8Array | undefined {
  try {
    return files.readBytes(file, MAX_BYTES);
  } catch (error) {
    if (error instanceof BoundedReadError && (error.reason === 'too-large' || error.reason === 'outside')) return undefined;
    throw error;
  }
}

function isBinary(bytes: Uint8Array): boolean {
  return bytes.subarray(0, 8000).includes(0);
}
