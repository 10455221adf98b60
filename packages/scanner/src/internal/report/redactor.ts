// One redactor for every rendering of scanned text. It knows every secret the scan found (reported
// or suppressed by an ignore file or baseline), so a line holding two secrets never shows the second
// in clear whichever finding it is shown for; and it blanks credentials inside URLs, whose username
// can be the secret (`https://<token>:x-oauth-basic@host`) although no rule reports it as such.

export const REDACTED = 'REDACTED';

/**
 * gitleaks' `--redact[=N]`: the secret is replaced by its first (100-N)% of characters plus
 * `...`, or by `REDACTED` at 100%, in both Secret and Match.
 */
export function redactSecret(secret: string, percent = 100): string {
  if (percent >= 100 || secret === '') return REDACTED;
  const exact = (secret.length * (100 - Math.max(0, percent))) / 100;
  return `${secret.slice(0, roundHalfToEven(exact))}...`;
}

// Go's math.RoundToEven, which gitleaks uses for the kept length.
function roundHalfToEven(x: number): number {
  const floor = Math.floor(x);
  const diff = x - floor;
  if (diff !== 0.5) return Math.round(x);
  return floor % 2 === 0 ? floor : floor + 1;
}

export interface SecretRedactor {
  /**
   * `text` with every known secret and every URL credential replaced as gitleaks' `--redact=percent`
   * replaces a secret (100: `REDACTED`; 0: nothing is redacted, as the user asked for).
   */
  redact(text: string, percent?: number): string;
}

/** Secrets are looked up by their first characters, so a text is read once whatever their number. */
const KEY_LENGTH = 4;
/** Lines of a multi-line secret (a PEM body) at least this long are redacted on their own too. */
const MIN_LINE_PIECE = 8;

/** A redactor for these secrets (empty strings ignored); a multi-line secret's lines count one by one. */
export function secretRedactor(secrets: Iterable<string>): SecretRedactor {
  const index = new SecretIndex(withLines(secrets));
  return {
    redact(text, percent = 100) {
      if (percent <= 0 || text === '') return text;
      return redactUrlCredentials(index.redact(text, percent), percent);
    },
  };
}

function* withLines(secrets: Iterable<string>): Iterable<string> {
  for (const secret of secrets) {
    yield secret;
    if (!/[\r\n]/.test(secret)) continue;
    for (const line of secret.split(/\r\n|\r|\n/)) if (line.trim().length >= MIN_LINE_PIECE) yield line.trim();
  }
}

/** Leftmost-longest replacement of many literal secrets in one pass over the text. */
class SecretIndex {
  /** Per key length (1..KEY_LENGTH): the secrets starting with a key, longest first. */
  private readonly byKey = new Map<number, Map<string, string[]>>();

  constructor(secrets: Iterable<string>) {
    for (const secret of new Set(secrets)) {
      if (secret === '') continue;
      const size = Math.min(KEY_LENGTH, secret.length);
      let keyed = this.byKey.get(size);
      if (keyed === undefined) this.byKey.set(size, (keyed = new Map()));
      const key = secret.slice(0, size);
      const list = keyed.get(key);
      if (list === undefined) keyed.set(key, [secret]);
      else list.push(secret);
    }
    for (const keyed of this.byKey.values()) for (const list of keyed.values()) list.sort((a, b) => b.length - a.length);
  }

  redact(text: string, percent: number): string {
    if (this.byKey.size === 0) return text;
    let out = '';
    let copied = 0;
    for (let i = 0; i < text.length; ) {
      const secret = this.longestAt(text, i);
      if (secret === undefined) {
        i++;
        continue;
      }
      out += text.slice(copied, i) + redactSecret(secret, percent);
      i += secret.length;
      copied = i;
    }
    return copied === 0 ? text : out + text.slice(copied);
  }

  private longestAt(text: string, at: number): string | undefined {
    let best: string | undefined;
    for (const [size, keyed] of this.byKey) {
      const candidates = keyed.get(text.slice(at, at + size));
      const found = candidates?.find((secret) => text.startsWith(secret, at));
      if (found !== undefined && (best === undefined || found.length > best.length)) best = found;
    }
    return best;
  }
}

// `scheme://userinfo@`: userinfo holds neither `/?#@` nor blanks (RFC 3986), and quotes or
// backslashes end it in code.
const URL_USERINFO = /\b([A-Za-z][A-Za-z0-9+.-]{0,30}:\/\/)([^\s/?#@"'<>`\\]{1,256})@/g;
// Query parameters that carry a credential by name (`?access_token=`, `&sig=`, `&password=`).
const URL_SECRET_PARAM =
  /([?&](?:access[_-]?token|id[_-]?token|refresh[_-]?token|auth[_-]?token|token|api[_-]?key|apikey|key|secret|client[_-]?secret|password|passwd|pwd|sig|signature|x-amz-signature|x-amz-security-token|x-goog-signature|code)=)([^&#\s"'<>`\\]+)/gi;
/** A username that names someone rather than authenticates them: a word, maybe with a short number. */
const PLAIN_USERNAME = /^[A-Za-z][A-Za-z._-]{0,31}\d{0,4}$/;

/**
 * Every password in a URL's userinfo, any username that is not a plain name (a token used as the
 * username), and credential query parameters, redacted.
 */
export function redactUrlCredentials(text: string, percent = 100): string {
  if (!text.includes('://') && !text.includes('=')) return text;
  return text
    .replace(URL_USERINFO, (_all, scheme: string, userinfo: string) => {
      const colon = userinfo.indexOf(':');
      const user = colon < 0 ? userinfo : userinfo.slice(0, colon);
      const shownUser = isPlainUsername(user) ? user : redactSecret(user, percent);
      return colon < 0 ? `${scheme}${shownUser}@` : `${scheme}${shownUser}:${redactSecret(userinfo.slice(colon + 1), percent)}@`;
    })
    .replace(URL_SECRET_PARAM, (_all, name: string, value: string) => `${name}${redactSecret(value, percent)}`);
}

function isPlainUsername(user: string): boolean {
  // A long mixed-case run is a token however word-like it is.
  return user === '' || (PLAIN_USERNAME.test(user) && !(user.length >= 16 && /[a-z]/.test(user) && /[A-Z]/.test(user)));
}
