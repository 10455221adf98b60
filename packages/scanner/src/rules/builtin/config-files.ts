// Passwords in the files and statements that hold them by format rather than by a setting name:
// .netrc, Docker's config.json `auths`, ~/.pgpass, redis.conf, SQL user statements, Terraform
// state (random_password results), WordPress keys and salts, and password arguments in code
// (JDBC getConnection, SMTP login, HTTP basic-auth helpers, password setters).
import type { BuiltinRule } from './builtin-rule';
import { PLACEHOLDER_ALLOWLIST } from './common';
import { PASSWORD_VALUE_ALLOWLIST } from './credential-values';

/** Password hashes, which SQL and configuration accept in place of a password (MySQL `*<40 hex>`, PostgreSQL md5 and SCRAM, crypt). */
const PASSWORD_HASH: string[] = ['^\\*[0-9A-Fa-f]{40}$', '(?i)^md5[0-9a-f]{32}$', '(?i)^scram-sha-256\\$', '^\\$(?:1|2[abxy]?|5|6|apr1|argon2\\w*|y)\\$'];

/** A quoted argument of a call: double or single quotes, no line break. */
const STRING_ARG = `["'][^"'\\r\\n]{1,100}["']`;

/** An argument before the password: a string literal or an expression without commas or parentheses. */
const ARG = `(?:${STRING_ARG}|[^,()"'\\r\\n]{1,200})`;

/** Calls whose arguments are a user name then a password (JDBC, SMTP/IMAP/FTP login, HTTP basic auth, credential objects). */
const LOGIN_CALL =
  '(?:getConnection|login|authenticate|basicAuth|setBasicAuth|HTTPBasicAuth|HTTPDigestAuth|HttpBasicAuth|BasicAuth|' +
  'UsernamePasswordCredentials|UsernamePasswordAuthenticationToken|PasswordAuthentication|NetworkCredential|PasswordCredential|' +
  'SimpleCredentials|PlainCredentials|ftp_login|imap_open|ldap_bind|bind_s|simple_bind_s)';

export const CONFIG_FILE_RULES: BuiltinRule[] = [
  {
    id: 'netrc-password',
    description: '.netrc / _netrc credential: `machine <host> login <user> password <password>` on one line or several (also `default`)',
    regex:
      '\\b(?:machine[ \\t]+[\\w.:-]+\\s+(?:(?:login|account)[ \\t]+\\S+\\s+){0,2}|default[ \\t]+login[ \\t]+\\S+\\s+(?:account[ \\t]+\\S+\\s+)?)' +
      'password[ \\t]+([^\\s"\'\\x60]+)',
    secretGroup: 1,
    entropy: 2.5,
    keywords: ['machine', 'default login'],
    tags: ['netrc', 'password'],
    allowlists: [
      PLACEHOLDER_ALLOWLIST,
      PASSWORD_VALUE_ALLOWLIST,
      // Anonymous FTP asks for an e-mail address as the password.
      { description: 'an e-mail address given as an anonymous password', regexes: ['^[\\w.+-]+@[\\w-]+(?:\\.[\\w-]+)+$'] },
      { description: 'anonymous logins', regexTarget: 'match', regexes: ['(?i)\\blogin[ \\t]+(?:anonymous|ftp)\\b'] },
    ],
  },
  {
    id: 'docker-config-auth',
    description:
      'Registry credential in a Docker config.json (`auths` entry): `auth` is base64 user:password, read decoded; ' +
      'identitytoken / registrytoken are tokens',
    // `auth` is matched where the engine has decoded it (`"auth": "user:password"`), so a real pair is
    // reported once, as its password; the raw base64 matches nothing here.
    regex:
      '"auth"\\s{0,5}:\\s{0,5}"[^"\\s:]{1,128}:([^"\\s]{3,128})"' +
      '|"(?:identitytoken|registrytoken)"\\s{0,5}:\\s{0,5}"([^"\\s]{16,1000})"',
    entropy: 2.5,
    keywords: ['"auth"', 'identitytoken', 'registrytoken'],
    tags: ['docker', 'registry', 'password'],
    allowlists: [PLACEHOLDER_ALLOWLIST, PASSWORD_VALUE_ALLOWLIST],
  },
  {
    id: 'pgpass-password',
    description: 'Password field of a PostgreSQL password file (~/.pgpass, pgpass.conf): host:port:database:user:password',
    path: '(?i)(?:^|/)(?:\\.pgpass|pgpass\\.conf)$',
    regex: '(?m)^[^:#\\s][^:\\r\\n]*:[^:\\r\\n]*:[^:\\r\\n]*:[^:\\r\\n]*:([^\\r\\n]*?)[ \\t]*\\r?$',
    secretGroup: 1,
    entropy: 2.5,
    keywords: [':'],
    tags: ['postgresql', 'password'],
    allowlists: [PLACEHOLDER_ALLOWLIST, PASSWORD_VALUE_ALLOWLIST],
  },
  {
    id: 'redis-requirepass',
    description: 'Redis password: `requirepass` / `masterauth` in redis.conf, `--requirepass` on the server command line, or `CONFIG SET requirepass`',
    regex:
      '(?im)(?:^[ \\t]*|--|\\bconfig\\s+set\\s+)(?:requirepass|masterauth)[ \\t]+(?:"([^"\\r\\n]{3,128})"|\'([^\'\\r\\n]{3,128})\'|([^\\s"\']{3,128}))',
    entropy: 2.5,
    keywords: ['requirepass', 'masterauth'],
    tags: ['redis', 'password'],
    allowlists: [PLACEHOLDER_ALLOWLIST, PASSWORD_VALUE_ALLOWLIST],
  },
  {
    id: 'sql-password',
    description:
      "Password in an SQL statement: CREATE/ALTER USER|ROLE|LOGIN ... PASSWORD '...' or IDENTIFIED BY '...', SET PASSWORD, GRANT ... IDENTIFIED BY",
    regex:
      "(?i)\\b(?:(?:create|alter)\\s+(?:user|role|login)\\b|grant\\b)[^;]{0,300}?" +
      "\\b(?:password\\s{0,3}=?|identified\\s+(?:with\\s+['\"\\w]+\\s+)?by(?:\\s+password)?)\\s{0,3}N?'([^'\\r\\n]{3,128})'" +
      "|\\bset\\s+password\\s+(?:for\\s+[^=;\\r\\n]{1,100})?=\\s{0,3}(?:password\\s{0,3}\\(\\s{0,3})?'([^'\\r\\n]{3,128})'",
    entropy: 2.5,
    keywords: ['create user', 'alter user', 'create role', 'alter role', 'create login', 'alter login', 'identified by', 'set password'],
    tags: ['sql', 'database', 'password'],
    allowlists: [
      PLACEHOLDER_ALLOWLIST,
      PASSWORD_VALUE_ALLOWLIST,
      { description: 'password hashes (MySQL, PostgreSQL md5/SCRAM, crypt)', regexes: PASSWORD_HASH },
    ],
  },
  {
    id: 'terraform-state-password',
    description: 'Generated password in Terraform state: the `result` of a random_password resource (terraform.tfstate, .tfstate.backup)',
    path: '(?i)\\.tfstate(?:\\.backup)?$',
    regex: '"type"\\s{0,5}:\\s{0,5}"random_password"(?:[^\\n]*\\n){0,200}?[^\\n]*?"result"\\s{0,5}:\\s{0,5}"((?:[^"\\\\\\r\\n]|\\\\.){6,256})"',
    secretGroup: 1,
    entropy: 3,
    keywords: ['random_password'],
    tags: ['terraform', 'password'],
    allowlists: [PLACEHOLDER_ALLOWLIST],
  },
  {
    id: 'wordpress-auth-key',
    description: "WordPress authentication key or salt in wp-config.php: define('AUTH_KEY'|'SECURE_AUTH_SALT'|..., '<64 random characters>')",
    // The secret-key service draws 64 characters from letters, digits, punctuation and the space,
    // so only the quote ends the value.
    regex: `\\bdefine\\(\\s{0,5}['"](?:AUTH|SECURE_AUTH|LOGGED_IN|NONCE)_(?:KEY|SALT)['"]\\s{0,5},\\s{0,20}(?:'([^'\\r\\n]{32,200})'|"([^"\\r\\n]{32,200})")\\s{0,5}\\)`,
    entropy: 4,
    // wp-config-sample.php's 'put your unique phrase here' is shorter than any generated value.
    keywords: ['auth_key', 'auth_salt', 'logged_in_key', 'logged_in_salt', 'nonce_key', 'nonce_salt'],
    tags: ['wordpress', 'php', 'key'],
    allowlists: [PLACEHOLDER_ALLOWLIST],
  },
  {
    id: 'code-password-argument',
    description:
      'Password passed as a string literal to a login call (JDBC getConnection, SMTP/FTP/LDAP login, HTTP basic auth, ' +
      'credential constructors, requests auth=(user, password)) or to a password setter (setPassword, withPassword)',
    regex:
      `(?i)\\b${LOGIN_CALL}\\s{0,3}\\(\\s{0,5}(?:${ARG}\\s{0,5},\\s{0,5})?${ARG}\\s{0,5},\\s{0,5}["']([^"'\\s]{4,128})["']` +
      `|\\bauth\\s{0,3}=\\s{0,3}\\(\\s{0,5}${STRING_ARG}\\s{0,5},\\s{0,5}["']([^"'\\s]{4,128})["']` +
      `|\\.(?:set|with)?password\\s{0,3}\\(\\s{0,5}["']([^"'\\s]{4,128})["']\\s{0,5}(?:\\.tochararray\\(\\s{0,3}\\))?\\)`,
    entropy: 2.5,
    keywords: [
      'getconnection', 'login(', 'login (', 'authenticate(', 'basicauth', 'credential(', 'credentials(', 'passwordauthentication', 'auth=(',
      'auth = (', 'ldap_bind', 'bind_s', 'imap_open', 'password(',
    ],
    tags: ['code', 'password'],
    allowlists: [PLACEHOLDER_ALLOWLIST, PASSWORD_VALUE_ALLOWLIST],
  },
];
