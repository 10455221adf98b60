// Ordinary code and prose for the detection corpus's files, so that a scanner meets what it meets
// in a real repository around the planted secrets: code that talks about tokens and passwords
// without holding one, regexes, SQL, URLs, identifiers, version strings, comments.
import type { FileKind } from './detection-contexts';
import type { Rand } from './detection-contexts';

const NOUNS = ['token', 'password', 'secret', 'session', 'account', 'invoice', 'order', 'customer', 'credential', 'webhook', 'api key'];
const VERBS = ['refreshes', 'validates', 'rotates', 'loads', 'caches', 'masks', 'hashes', 'revokes', 'signs', 'parses'];

function sentence(r: Rand): string {
  return `This ${r.pick(['helper', 'module', 'job', 'handler', 'service'])} ${r.pick(VERBS)} the ${r.pick(NOUNS)} before it is ${r.pick(['stored', 'sent', 'logged (masked)', 'compared', 'returned'])}.`;
}

type Family = 'hash' | 'slash' | 'none';

/** Comment marker of a kind, or none for kinds that get no code. */
function family(kind: FileKind): Family {
  if (['python', 'ruby', 'shell', 'dockerfile', 'terraform'].includes(kind)) return 'hash';
  if (['javascript', 'typescript', 'go', 'java', 'php', 'csharp', 'rust', 'kotlin'].includes(kind)) return 'slash';
  return 'none';
}

const PY = [
  (r: Rand) => [`def ${r.pick(['load', 'check', 'mask'])}_${r.pick(['token', 'password', 'secret'])}(value: str) -> str:`, '    if not value:', '        raise ValueError("missing value")', '    return value[:4] + "..."'],
  () => ['TOKEN_RE = re.compile(r"^[A-Za-z0-9_-]{20,64}$")'],
  () => ['cursor.execute("SELECT id, password_hash FROM users WHERE email = %s", (email,))'],
  () => ['headers = {"Authorization": f"Bearer {token}", "Accept": "application/json"}'],
  (r: Rand) => [`logger.info("rotated %s keys in %.2fs", count, ${r.int(100) / 10})`],
  () => ['password = getpass.getpass("Password: ")'],
  () => ['api_key = os.environ["API_KEY"]'],
];
const JS = [
  (r: Rand) => [`export function ${r.pick(['mask', 'check', 'load'])}${r.pick(['Token', 'Password', 'Secret'])}(value) {`, "  if (!value) throw new Error('missing value');", '  return `${value.slice(0, 4)}...`;', '}'],
  () => ['const TOKEN_RE = /^[A-Za-z0-9_-]{20,64}$/;'],
  () => ["const headers = { Authorization: `Bearer ${token}`, 'Content-Type': 'application/json' };"],
  (r: Rand) => [`const RETRY_DELAYS_MS = [${r.int(200)}, ${r.int(2000)}, ${r.int(20000)}];`],
  () => ["if (password.length < MIN_PASSWORD_LENGTH) return { error: 'password too short' };"],
  () => ['const apiKey = process.env.API_KEY ?? config.get("apiKey");'],
  (r: Rand) => [`const BUILD = '${r.int(9)}.${r.int(30)}.${r.int(99)}+${r.chars('0123456789abcdef', 7)}';`],
];
const C_LIKE = [
  (r: Rand) => [`// ${sentence(r)}`],
  () => ['// The password is never logged: only its length and a hash prefix are.'],
  () => ['if (token == null || token.isEmpty()) { throw new IllegalStateException("no token configured"); }'],
  () => ['String sql = "UPDATE users SET password_hash = ? WHERE id = ?";'],
  (r: Rand) => [`final int MAX_SECRET_AGE_DAYS = ${30 + r.int(300)};`],
];
const SHELL = [
  (r: Rand) => [`# ${sentence(r)}`],
  () => ['if [ -z "${API_TOKEN:-}" ]; then echo "API_TOKEN is not set" >&2; exit 1; fi'],
  () => ['curl -fsS -H "Authorization: Bearer $API_TOKEN" "$API_URL/v1/health"'],
  () => ['read -rsp "Password: " PASSWORD && echo'],
  (r: Rand) => [`sha256sum dist/app-${r.int(9)}.${r.int(9)}.tar.gz > dist/SHA256SUMS`],
];

/** Lines of ordinary code or prose for a file of this kind (none for data formats). */
export function filler(kind: FileKind, r: Rand): string[] {
  const out: string[] = [''];
  const blocks = 3 + r.int(8);
  if (kind === 'markdown') {
    for (let i = 0; i < blocks; i++) out.push(sentence(r), `See \`${r.pick(['make rotate', 'scripts/check.sh', 'docs/security.md'])}\` for the details.`, '');
    return out;
  }
  const fam = family(kind);
  if (fam === 'none') return [];
  for (let i = 0; i < blocks; i++) {
    if (kind === 'python') out.push(...r.pick(PY)(r), '');
    else if (kind === 'javascript' || kind === 'typescript') out.push(...r.pick(JS)(r), '');
    else if (fam === 'slash') out.push(...r.pick(C_LIKE)(r));
    else if (kind === 'shell') out.push(...r.pick(SHELL)(r));
    else out.push(`# ${sentence(r)}`);
  }
  return out;
}
