import { basename } from 'node:path';
import { Findings, evidence } from '../findings';
import type { Check } from '../types';

interface Located {
  line: number;
  column: number;
}
interface Write extends Located {
  target: string;
}

const REDIRECT = /(?:^|[^<>&0-9])\d?>>?\|?\s*("[^"]*"|'[^']*'|[^\s;&|)<>]+)/g;
const TEE = /\btee\s+(?:(?:-a|--append|-i)\s+)*("[^"]*"|'[^']*'|[^\s;&|)<>]+)/g;
const UMASK = /\bumask\s+(?:0*77|u=rwx?,go?=)\b/;
const CHMOD = /\bchmod\s+(?:-[a-zA-Z]+\s+)*(?:0?[46]00|u=rw,go?=|go?-rwx|og-rwx)\s+(.+)$/;
const INSTALL = /\binstall\s.*-m\s*(?:0?[46]00|u=rw,go?=)\s.*?("[^"]*"|'[^']*'|[^\s;&|]+)\s*$/;

export function isScriptFile(path: string): boolean {
  const name = basename(path);
  return /\.(?:sh|bash)$/.test(name) || /^(?:GNUmakefile|[Mm]akefile)$/.test(name) || name.endsWith('.mk');
}

/** `.env`, `*.env`, `*secrets*.json`, or a variable named like one (`$ENV_FILE`, `${SECRETS_JSON}`, `$(ENV_FILE)`). */
export function isSecretTarget(target: string): boolean {
  const name = basename(target);
  if (name === '.env' || name.endsWith('.env')) return true;
  if (/secrets/i.test(name) && name.endsWith('.json')) return true;
  return /\$[{(]?[A-Z_]*(?:ENV_FILE|SECRETS?_(?:FILE|JSON|PATH))[A-Z_]*[})]?$/.test(target);
}

/** Quotes, `${X}` and make's `$(X)` do not change which file a word names. */
function normalize(word: string): string {
  return word.replace(/^["']|["']$/g, '').replace(/\$\{(\w+)\}/g, '$$$1').replace(/\$\((\w+)\)?/g, '$$$1');
}

export const secretFilePermissions: Check = {
  id: 'secret-file-permissions',
  title: 'Scripts create secret files private (umask 077 / chmod 600)',
  rationale:
    'A secret file created under the default umask is world-readable until someone tightens it; on a shared runner or laptop that is a leak.',
  remediation:
    'Put `umask 077` before the first write of a secret file (in a Makefile, in the same recipe line), or create it with `install -m 600 /dev/null FILE` before writing; a `chmod 600` after the write leaves a window.',
  severity: 'high',
  async run(ctx) {
    const findings = new Findings();
    let writers = 0;
    for (const file of (await ctx.git.lsFiles()).filter(isScriptFile)) {
      const text = ctx.files.readText(file);
      if (text === undefined) continue;
      const isMakefile = !/\.(?:sh|bash)$/.test(file);
      const verdicts = judgeScript(text, isMakefile && !/^\.ONESHELL:/m.test(text));
      if (verdicts.length > 0) writers += 1;
      for (const verdict of verdicts) {
        if (verdict.kind === 'unprotected') {
          findings.fail(`${file}:${verdict.write.line} writes ${verdict.write.target} without umask 077 or chmod 600`, evidence(file, verdict.write.line));
        } else if (verdict.kind === 'late-chmod') {
          findings.warn(
            `${file}:${verdict.write.line} writes ${verdict.write.target} before chmod 600 (line ${verdict.chmod.line})`,
            evidence(file, verdict.write.line),
            evidence(file, verdict.chmod.line),
          );
        }
      }
    }
    return findings.result(writers === 0 ? 'no shell script or Makefile writes a secret file' : `${writers} script(s) write secret files privately`);
  },
};

type Verdict =
  | { kind: 'protected'; write: Write }
  | { kind: 'unprotected'; write: Write }
  | { kind: 'late-chmod'; write: Write; chmod: Located };

/**
 * One verdict per secret file a script writes, judged at its first write. `perLineShell`: Makefile
 * recipes run each line in its own shell, so a umask only covers its own line.
 */
function judgeScript(text: string, perLineShell: boolean): Verdict[] {
  const writes: Write[] = [];
  const umasks: Located[] = [];
  const modes: Array<Located & { target: string }> = [];
  text.split('\n').forEach((raw, index) => {
    const line = index + 1;
    const code = raw.trimStart().startsWith('#') ? '' : raw;
    const umask = UMASK.exec(code);
    if (umask) umasks.push({ line, column: umask.index });
    const chmod = CHMOD.exec(code);
    if (chmod?.[1] !== undefined) {
      for (const word of chmod[1].split(/\s+|;|&&/).filter((w) => w !== '')) modes.push({ line, column: chmod.index, target: normalize(word) });
    }
    const install = INSTALL.exec(code);
    if (install?.[1] !== undefined) modes.push({ line, column: install.index, target: normalize(install[1]) });
    for (const pattern of [REDIRECT, TEE]) {
      for (const match of code.matchAll(pattern)) {
        const target = normalize(match[1] ?? '');
        if (isSecretTarget(target)) writes.push({ line, column: match.index ?? 0, target });
      }
    }
  });
  const firstWrites = new Map<string, Write>();
  for (const write of writes) if (!firstWrites.has(write.target)) firstWrites.set(write.target, write);
  return [...firstWrites.values()].map((write): Verdict => {
    const before = (at: Located): boolean => at.line < write.line || (at.line === write.line && at.column < write.column);
    const umaskCovers = umasks.some((umask) => before(umask) && (!perLineShell || umask.line === write.line));
    if (umaskCovers) return { kind: 'protected', write };
    const ownModes = modes.filter((mode) => mode.target === write.target);
    if (ownModes.some(before)) return { kind: 'protected', write };
    const late = ownModes.find((mode) => !before(mode));
    return late === undefined ? { kind: 'unprotected', write } : { kind: 'late-chmod', write, chmod: late };
  });
}
