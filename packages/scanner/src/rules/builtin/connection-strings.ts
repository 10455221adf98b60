// Credentials inside connection strings: a password in a URL's userinfo (any scheme: PostgreSQL,
// MySQL, MongoDB and +srv, Redis and rediss, AMQP, LDAP, SMTP, FTP/SFTP, HTTP), key=value
// connection strings (ADO.NET, ODBC, JDBC, libpq), Oracle `user/password@db`, Go MySQL DSNs, and
// the Bundler/Sidekiq Enterprise gem-server credentials.
import type { BuiltinRule } from './builtin-rule';
import { PLACEHOLDER_ALLOWLIST } from './common';
import { PASSWORD_VALUE_ALLOWLIST, quotedOrBare } from './credential-values';

/** Sidekiq Pro/Enterprise gem servers; their credentials are the sidekiq-* rules' findings. */
const CONTRIBSYS_HOST = '(?:gems|enterprise)\\.contribsys\\.com';

/** A Bundler credential key: BUNDLE_ + the gem server's host, dots written `__` (BUNDLE_GEMS__ACME__COM). */
const BUNDLE_HOST_KEY = 'BUNDLE_(?:[A-Z0-9-]+__)+[A-Z0-9-]+';

/**
 * Userinfo characters: no `/?#@` (RFC 3986), no `;` (JDBC's `host:port;key=value` is no userinfo),
 * no quotes, angle brackets or backslashes (escaped test strings).
 */
const USERINFO = '[^\\s:/?#@;"\'<>\\x60\\\\]';

/** Connection-string keys that name the server, the database or the user (ADO.NET, ODBC, JDBC, libpq). */
const CONN_KEY =
  '(?:server|data source|datasource|host|hostname|hostaddr|address|addr|network address|user id|userid|uid|user name|username|user|' +
  'initial catalog|database|dbname|port|provider|driver|dsn|sslmode|encrypt|trusted_connection|integrated security)';

/** The password keys of connection strings. */
const CONN_PASSWORD_KEY = '(?:password|pwd|passwd|pass|user password)';

/** A connection-string value: `{braced}` (ODBC), quoted, or up to the next `;`. */
const CONN_VALUE = `(?:\\{([^}\\r\\n]{1,128})\\}|${quotedOrBare('[^;"\'\\s]', 1, 128)})`;

/**
 * A connection string from a server/database/user key to the password key: up to 300 characters
 * of `key=value;` pairs in between (one bounded run, so each start costs at most that much).
 */
const CONN_BEFORE_PASSWORD = `${CONN_KEY}\\s{0,3}=[^"'\\r\\n]{0,300}?;\\s{0,3}`;

/** The credential exclusions every rule of this file shares. */
const VALUE_ALLOWLISTS = [PLACEHOLDER_ALLOWLIST, PASSWORD_VALUE_ALLOWLIST];

export const CONNECTION_STRING_RULES: BuiltinRule[] = [
  {
    id: 'url-credentials',
    description: 'Password embedded in a URL or connection URI (scheme://user:password@host; postgres, mysql, mongodb+srv, redis, amqp, ldap, smtp, ftp, http...)',
    // Userinfo cannot hold unescaped `/?#@`, so those bound the password; a second `:` means
    // another syntax (cvs://:pserver:user@host).
    regex: `\\b[A-Za-z][A-Za-z0-9+.-]{1,20}://${USERINFO}{0,64}:(${USERINFO}{3,128})@[A-Za-z0-9][A-Za-z0-9.-]*[A-Za-z0-9]`,
    secretGroup: 1,
    entropy: 2.5,
    keywords: ['://'],
    tags: ['url', 'password'],
    allowlists: [
      ...VALUE_ALLOWLISTS,
      {
        description: 'Sidekiq gem-server URLs (sidekiq-sensitive-url) and template host names',
        regexTarget: 'match',
        regexes: [`@${CONTRIBSYS_HOST}`, '(?i)@(?:host|hostname|server|your[\\w-]*)$'],
      },
    ],
  },
  {
    id: 'url-token-username',
    description:
      'Token used as the username of an HTTP(S) URL, with no password or a token-auth password word ' +
      '(https://<token>@host, https://<token>:x-oauth-basic@host, as Git hosts accept tokens)',
    // A person's username is a word or an e-mail local part; a token is 20+ characters of one
    // alphabet with digits in it. The password, when present, is one of the words Git hosts take
    // beside a token, so the username is the credential.
    regex: `(?i)\\bhttps?://([A-Za-z0-9_-]{20,100})(?::(?:x-oauth-basic|x-oauth|oauth2|x-access-token))?@[A-Za-z0-9][A-Za-z0-9.-]*[A-Za-z0-9]`,
    secretGroup: 1,
    entropy: 3,
    keywords: ['http://', 'https://'],
    tags: ['url', 'token'],
    allowlists: [
      PLACEHOLDER_ALLOWLIST,
      { description: 'user names and words, not tokens: no digit in them', regexes: ['^[^0-9]+$'] },
      // A Sentry DSN's key only lets a client send events: it ships inside every browser bundle.
      { description: 'Sentry DSN public keys', regexTarget: 'match', regexes: ['(?i)@[\\w.-]*\\bsentry\\.io$'] },
    ],
  },
  {
    id: 'connection-string-password',
    description:
      'Password in a key=value connection string (ADO.NET/ODBC `Server=...;Password=...`, JDBC `;password=` and ' +
      '`?password=` parameters, libpq `host=... password=...`), an Oracle `user/password@db` or a Go MySQL DSN `user:password@tcp(...)`',
    regex:
      '(?i)' +
      [
        // Pairs before the password, `;`-separated (ADO.NET, ODBC, JDBC SQL Server).
        `(?:^|[;"'\\s(])${CONN_BEFORE_PASSWORD}${CONN_PASSWORD_KEY}\\s{0,3}=\\s{0,3}${CONN_VALUE}`,
        // The password first, a connection key right after it.
        `(?:^|[;"'\\s(])${CONN_PASSWORD_KEY}\\s{0,3}=\\s{0,3}${CONN_VALUE}\\s{0,3};\\s{0,3}${CONN_KEY}\\s{0,3}=`,
        // libpq keyword/value strings, space-separated.
        `\\b(?:host|hostaddr|dbname|user|port)=[^\\s'"]{1,100}\\s+(?:[a-z_]{1,20}=[^\\s'"]{1,100}\\s+){0,8}?password=([^\\s'"]{1,128})`,
        // JDBC and URL query parameters.
        `(?:jdbc:[a-z0-9]{1,20}:|://)[^\\s"'<>]{0,300}?[?&;](?:password|pwd|passwd|pass)=([^&;\\s"'<>]{1,128})`,
        // Oracle thin URLs and sqlplus-style logons: user/password@database (the last `@` ends the password).
        `(?:jdbc:oracle:[a-z]{1,10}:|\\b(?:sqlplus|sqlldr|expdp|impdp|rman|dgmgrl)[ \\t]+(?:-[a-z]+[ \\t]+)*(?:userid=|target[ \\t]+)?)` +
          `[\\w$#]{1,30}/([^\\s"'/]{1,128})@`,
        // Go MySQL driver DSNs: user:password@tcp(host:port)/db (the driver splits at the last `@`).
        `["'\\x60\\s][\\w.-]{1,64}:([^\\s"'\\x60/]{1,128})@(?:tcp|unix)\\(`,
      ].join('|'),
    entropy: 2.5,
    keywords: [
      'password=', 'password =', 'pwd=', 'pwd =', 'passwd=', 'pass=', 'jdbc:oracle', 'sqlplus', 'sqlldr', 'expdp', 'impdp', 'rman target', 'dgmgrl', '@tcp(', '@unix(',
    ],
    tags: ['connection-string', 'password'],
    allowlists: VALUE_ALLOWLISTS,
  },
  {
    id: 'sidekiq-secret',
    description: 'Sidekiq Pro/Enterprise gem-server credential (8 hex:8 hex) in BUNDLE_GEMS__CONTRIBSYS__COM / BUNDLE_ENTERPRISE__CONTRIBSYS__COM or `bundle config`',
    regex:
      // The variable set in .env/YAML/shell, a Kubernetes env entry (`value:` on the next line),
      // PHP/Ruby `=>`, a call's second argument or an XML element.
      '(?i)(?:\\bBUNDLE_(?:GEMS|ENTERPRISE)__CONTRIBSYS__COM["\']?\\s{0,5}(?:,?\\s{1,40}value\\s{0,3}:|=>?|:|,|>|\\s)\\s{0,5}|' +
      `\\bbundle\\s+config\\s+(?:set\\s+)?(?:--[a-z]+\\s+)*${CONTRIBSYS_HOST}\\s+)` +
      '["\']?([0-9a-f]{8}:[0-9a-f]{8})(?:[^0-9a-z]|$)',
    secretGroup: 1,
    keywords: ['bundle_gems__contribsys__com', 'bundle_enterprise__contribsys__com', 'contribsys.com'],
    tags: ['sidekiq', 'ruby', 'password'],
    allowlists: [PLACEHOLDER_ALLOWLIST],
    equivalents: { gitleaks: 'sidekiq-secret', betterleaks: 'sidekiq-secret' },
  },
  {
    id: 'sidekiq-sensitive-url',
    description: 'Sidekiq Pro/Enterprise gem-server URL with its credential (https://8hex:8hex@gems.contribsys.com)',
    regex: `(?i)\\bhttps?://([0-9a-f]{8}:[0-9a-f]{8})@${CONTRIBSYS_HOST}(?:[/#?:"'\\s]|$)`,
    secretGroup: 1,
    keywords: ['gems.contribsys.com', 'enterprise.contribsys.com'],
    tags: ['sidekiq', 'ruby', 'url', 'password'],
    allowlists: [PLACEHOLDER_ALLOWLIST],
    equivalents: { gitleaks: 'sidekiq-sensitive-url', betterleaks: 'sidekiq-sensitive-url' },
  },
  {
    id: 'bundler-credentials',
    description: 'Private gem-server credential for Bundler: BUNDLE_<HOST>=user:password or `bundle config <host> user:password`',
    regex:
      `(?:\\b${BUNDLE_HOST_KEY}["']?\\s{0,5}[=:]\\s{0,5}|\\bbundle\\s+config\\s+(?:set\\s+)?(?:--[a-z]+\\s+)*[\\w-]+(?:\\.[\\w-]+)+\\s+)` +
      `["']?[^\\s:"'/]{1,64}:([^\\s"'/][^\\s"']{2,127})`,
    secretGroup: 1,
    entropy: 2.5,
    keywords: ['bundle_', 'bundle config'],
    tags: ['bundler', 'ruby', 'password'],
    allowlists: [
      ...VALUE_ALLOWLISTS,
      {
        description: 'Sidekiq gem servers (sidekiq-secret)',
        regexTarget: 'match',
        regexes: ['(?i)contribsys'],
      },
    ],
  },
];
