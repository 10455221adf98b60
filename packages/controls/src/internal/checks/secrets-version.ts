import { evidence } from '../findings';
import { readBundleFields } from '../bundle-fields';
import { parseWithPositions } from '../yaml-positions';
import type { Check, CheckContext } from '../types';
import { bundleMissing } from './sops-usage';

const VERSION_KEY = 'MCP_SECRETS_VERSION';

/** Numeric-aware order: `10` > `9`, `1.10` > `1.9`, `2026-06-01` > `2026-05-30`. */
export function compareVersions(a: string, b: string): number {
  return a.localeCompare(b, 'en', { numeric: true });
}

export const secretsVersion: Check = {
  id: 'secrets-version',
  title: 'The bundle carries MCP_SECRETS_VERSION and it never goes down',
  rationale:
    'Consumers use `min-version` to refuse stale secrets; a missing or lowered version means an older bundle was restored over a newer one.',
  remediation: `Add \`${VERSION_KEY}\` to the bundle and raise it on every change (\`sops set\` or edit with \`sops\`), never below the previous commit's value.`,
  severity: 'medium',
  async run(ctx) {
    const path = ctx.options.bundlePath;
    const text = ctx.files.readText(path);
    if (text === undefined) return bundleMissing(ctx);
    const fields = readBundleFields(text);
    if (fields === undefined) {
      // Parsed again only to say why: a syntax error or YAML refused for its cost, at its line.
      const { error } = parseWithPositions(text);
      return { status: 'fail', details: `${path} does not parse as a YAML/JSON mapping${error ? ` (${error.description})` : ''}`, evidence: [evidence(path, error?.line ?? null)] };
    }
    const entry = fields.entry(VERSION_KEY);
    if (entry === undefined) return { status: 'fail', details: `${path} has no \`${VERSION_KEY}\``, evidence: [evidence(path)] };
    const where = [evidence(path, entry.line)];
    const previous = await previousCommitContent(ctx, path, text);
    if (previous === undefined) return { status: 'pass', details: `${VERSION_KEY} present; no earlier version of ${path} in history`, evidence: where };
    const current = await versionOf(ctx, path, text);
    const before = await versionOf(ctx, path, previous.content);
    if (current === undefined || before === undefined) {
      return {
        status: 'skip',
        details: `${VERSION_KEY} is present but encrypted and no age key was given, so it cannot be compared with commit ${previous.commit.slice(0, 7)}`,
        evidence: where,
      };
    }
    if (current === null) return { status: 'fail', details: `${VERSION_KEY} in ${path} is not a plain value`, evidence: where };
    if (before === null) return { status: 'pass', details: `${VERSION_KEY} ${current} (commit ${previous.commit.slice(0, 7)} had none)`, evidence: where };
    if (compareVersions(current, before) < 0) {
      return { status: 'fail', details: `${VERSION_KEY} went down from ${before} (commit ${previous.commit.slice(0, 7)}) to ${current}`, evidence: where };
    }
    return { status: 'pass', details: `${VERSION_KEY} ${current}, previously ${before} (commit ${previous.commit.slice(0, 7)})`, evidence: where };
  },
};

/** The newest commit whose copy of the file differs from the working tree (so uncommitted edits count too). */
async function previousCommitContent(ctx: CheckContext, path: string, current: string): Promise<{ commit: string; content: string } | undefined> {
  for (const commit of await ctx.git.logForPath(path)) {
    const content = await ctx.git.showFile(commit, path);
    if (content !== undefined && content !== current) return { commit, content };
  }
  return undefined;
}

/** The version as text; null when the key is absent; undefined when it is encrypted and cannot be decrypted. */
async function versionOf(ctx: CheckContext, path: string, text: string): Promise<string | null | undefined> {
  const entry = readBundleFields(text)?.entry(VERSION_KEY);
  if (entry === undefined) return null;
  if (!entry.encrypted) return entry.plaintext ?? null;
  if (ctx.decryptBundle === undefined) return undefined;
  const value = (await ctx.decryptBundle(text, path))[VERSION_KEY];
  return value === undefined || value === null ? null : String(value);
}
