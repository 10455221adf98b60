// Values that look like secrets to a regex but are documentation or indirection.
// Checked on the secret only, so a real token on a line that also says "example" still counts.
//
// The secret is judged whole: a placeholder is mostly filler (`ghp_xxxx...`, `AKIA1234567890ABCDEF`,
// `sk_live_...XXXX`), while a random token or a PEM body may hold a short run such as `1234` or
// `xXxX` by chance (a 1,600-character PEM body does about once in a few hundred keys). Runs count
// only by the share of the secret they fill, so chance runs never drop a real secret.

/** Words that mark documentation anywhere in a secret: too long to occur in a random token by chance. */
const PLACEHOLDER_WORDS = /example|changeme|change[_-]me|placeholder|redacted|dummy|your[_-]?(?:api[_-]?)?(?:key|token|secret|password)|\*\*\*\*/i;
const TEMPLATE = /^(?:\$\{\{.*\}\}|\{\{.*\}\}|<[^<>]*>|%[A-Za-z_][A-Za-z0-9_]*%|@[A-Za-z_]+@)$/s;
const ENV_REFERENCE = /^(?:\$[A-Za-z_][A-Za-z0-9_]*|\$\{[A-Za-z_][A-Za-z0-9_]*(?:[:?-][^}]*)?\}|(?:process\.env|import\.meta\.env|os\.environ|ENV)(?:\.[A-Za-z_][A-Za-z0-9_]*|\[[^\]]+\]|\.get\(.*\))|os\.getenv\(.*\)|System\.getenv\(.*\))$/s;
/** A value masked at either end (`sk_live_4eC3...XXXX`, `xxxx-1a2b`): the rest is not the secret. */
const MASKED_END = /^(?:[xX]{4,}|[*#•]{3,})|(?:[xX]{4,}|[*#•]{3,})$/;
/** A run shorter than this is not filler (`12`, `aa`, `xyz` occur in any token). */
const MIN_RUN = 4;
/** A secret this much filler is a placeholder. */
const FILLER_SHARE = 0.5;

/** true when the secret is a placeholder, a template or environment reference, or mostly filler. */
export function isPlaceholder(secret: string): boolean {
  const s = secret.trim();
  if (s === '') return true;
  if (PLACEHOLDER_WORDS.test(s) || TEMPLATE.test(s) || ENV_REFERENCE.test(s) || MASKED_END.test(s)) return true;
  return isRepetitive(s) || fillerShare(s) >= FILLER_SHARE;
}

/** One character repeated, or a short unit repeated (`abcabcabc`). */
function isRepetitive(s: string): boolean {
  for (let unit = 1; unit <= 4 && unit * 3 <= s.length; unit++) {
    const head = s.slice(0, unit);
    if (head.repeat(Math.ceil(s.length / unit)).slice(0, s.length) === s) return true;
  }
  return false;
}

const isX = (c: number): boolean => c === 120 || c === 88;

/**
 * The share of the secret's characters in filler runs of MIN_RUN or more: one character repeated
 * (`0000`, `....`), x's in either case (`xXxX`), and steps of one up or down (`1234`, `abcd`, `9876`).
 */
export function fillerShare(s: string): number {
  const n = s.length;
  if (n === 0) return 0;
  const filler = new Uint8Array(n);
  const mark = (from: number, to: number): void => {
    if (to - from >= MIN_RUN) filler.fill(1, from, to);
  };
  let same = 0;
  let xs = 0;
  let up = 0;
  let down = 0;
  for (let i = 1; i <= n; i++) {
    const d = i < n ? s.charCodeAt(i) - s.charCodeAt(i - 1) : NaN;
    // Each kind of run: when it stops at i, the run [start, i) is marked if long enough.
    if (d !== 0) {
      mark(same, i);
      same = i;
    }
    if (!(i < n && isX(s.charCodeAt(i)) && isX(s.charCodeAt(i - 1)))) {
      mark(xs, i);
      xs = i;
    }
    if (d !== 1) {
      mark(up, i);
      up = i;
    }
    if (d !== -1) {
      mark(down, i);
      down = i;
    }
  }
  let count = 0;
  for (let i = 0; i < n; i++) count += filler[i] as number;
  return count / n;
}
