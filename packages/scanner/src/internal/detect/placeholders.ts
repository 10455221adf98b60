// Values that look like secrets to a regex but are documentation or indirection.
// Checked on the secret only, so a real token on a line that also says "example" still counts.

const PLACEHOLDER_WORDS = /example|changeme|change[_-]me|placeholder|redacted|dummy|your[_-]?(?:api[_-]?)?(?:key|token|secret|password)|xxxx|\*\*\*\*/i;
const TEMPLATE = /^(?:\$\{\{.*\}\}|\{\{.*\}\}|<[^<>]*>|%[A-Za-z_][A-Za-z0-9_]*%|@[A-Za-z_]+@)$/s;
const ENV_REFERENCE = /^(?:\$[A-Za-z_][A-Za-z0-9_]*|\$\{[A-Za-z_][A-Za-z0-9_]*(?:[:?-][^}]*)?\}|(?:process\.env|import\.meta\.env|os\.environ|ENV)(?:\.[A-Za-z_][A-Za-z0-9_]*|\[[^\]]+\]|\.get\(.*\))|os\.getenv\(.*\)|System\.getenv\(.*\))$/s;
const SEQUENCE_LENGTH = 8;

/** true when the secret is a placeholder, a template or environment reference, or a trivial run. */
export function isPlaceholder(secret: string): boolean {
  const s = secret.trim();
  if (s === '') return true;
  if (PLACEHOLDER_WORDS.test(s) || TEMPLATE.test(s) || ENV_REFERENCE.test(s)) return true;
  return isRepetitive(s) || hasSequence(s);
}

/** One character repeated, or a short unit repeated (`abcabcabc`). */
function isRepetitive(s: string): boolean {
  for (let unit = 1; unit <= 4 && unit * 3 <= s.length; unit++) {
    const head = s.slice(0, unit);
    if (head.repeat(Math.ceil(s.length / unit)).slice(0, s.length) === s) return true;
  }
  return false;
}

/** A run like `12345678` or `abcdefgh` (ascending or descending by one). */
function hasSequence(s: string): boolean {
  let up = 1;
  let down = 1;
  for (let i = 1; i < s.length; i++) {
    const d = s.charCodeAt(i) - s.charCodeAt(i - 1);
    up = d === 1 ? up + 1 : 1;
    down = d === -1 ? down + 1 : 1;
    if (up >= SEQUENCE_LENGTH || down >= SEQUENCE_LENGTH) return true;
  }
  return false;
}
