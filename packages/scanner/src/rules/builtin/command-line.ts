// Credentials on command lines (shell scripts, Dockerfiles, CI steps, cron lines, READMEs):
// password options of database, registry, directory and key-store tools, passwords piped into a
// login, and `NAME=value command` prefixes; tokens given as `--token`/`--api-key` options.
import type { AllowlistSpec } from '../../types';
import type { BuiltinRule } from './builtin-rule';
import { PLACEHOLDER_ALLOWLIST } from './common';
import { PASSWORD_VALUE_ALLOWLIST, quotedOrBare } from './credential-values';

/** An option's value: quoted, or bare up to a space, a quote or a shell operator. */
const VALUE = quotedOrBare('[^\\s"\'\\x60;&|)]', 3, 64);

/** A bare value that is not the next option (`-p -h host` leaves -p without a value). */
const ARG_VALUE = `(?:"([^"\\r\\n]{3,64})"|'([^'\\r\\n]{3,64})'|([^\\s"'\\x60;&|)-][^\\s"'\\x60;&|)]{2,63}))`;

/** The rest of one command, before the option: no line break, pipe or command separator. */
const SAME_COMMAND = '[^\\r\\n|;&]{0,120}?\\s';

/** Tools and the option that takes a password right after them (space-separated). */
const PASSWORD_OPTIONS: Array<[tools: string, option: string]> = [
  ['login|sshpass|mongo|mongosh|mongodump|mongorestore|mongoexport|mongoimport|mongostat|mongotop', '(?-i:-p)'],
  ['redis-cli', '-a'],
  ['ldap(?:search|add|modify|delete|whoami|passwd|compare|modrdn|exop)', '-w'],
  ['keytool|jarsigner', '-(?:storepass|keypass|srcstorepass|deststorepass|srckeypass|destkeypass|new)'],
  ['openssl', '-(?:pass|passin|passout|password|k)[ \\t]+(?:pass:)?'],
  ['sqlcmd|bcp|osql|isql', '(?-i:-P)'],
  ['zip|unzip', '(?-i:-P)'],
];

const toolOption = ([tools, option]: [string, string]): string => `\\b(?:${tools})\\b${SAME_COMMAND}${option}[ \\t]*${ARG_VALUE}`;

/** Values that name where a password comes from rather than holding it (openssl `env:`/`file:`/`fd:`, `stdin`). */
const SOURCE_VALUE: AllowlistSpec = {
  description: 'password sources, not passwords (openssl env:/file:/fd:/stdin, keytool :env/:file)',
  regexes: ['(?i)^(?:env|file|fd):', '(?i)^stdin$'],
};

export const COMMAND_LINE_RULES: BuiltinRule[] = [
  {
    id: 'cli-password',
    description:
      'Password on a command line: --password/--*-password options, mysql -p<password>, login/sshpass/mongo -p, redis-cli -a, ' +
      'ldap* -w, keytool -storepass, openssl pass:, sqlcmd -P, smbclient -U user%password, htpasswd -b, rabbitmqctl, lftp -u, ' +
      'zip -P, a password echoed into a login, or PASSWORD=value before a command',
    regex:
      '(?i)' +
      [
        `(?:^|\\s)--(?:[a-z0-9]+-)*(?:password|passwd|pass|passphrase|pwd)(?:=|[ \\t]+)${VALUE}`,
        `\\b(?:mysql|mysqldump|mysqladmin|mysqlimport|mysqlcheck|mysqlpump|mysqlsh|mariadb(?:-dump|-admin)?|mycli)\\b${SAME_COMMAND}` +
          `(?-i:-p)${ARG_VALUE}`,
        ...PASSWORD_OPTIONS.map(toolOption),
        `\\b(?:smbclient|rpcclient|smbcacls|smbget|smbmap)\\b${SAME_COMMAND}(?:-U|--user(?:name)?=?)[ \\t]*["']?[^\\s%"']{1,64}%([^\\s"',;]{3,64})`,
        `\\b(?:cifs|smb3?|smbfs)\\b[^\\r\\n]{0,200}?[\\s,]password=([^,\\s"']{3,64})`,
        `\\bhtpasswd\\s+(?:-[a-z]+\\s+)*-[a-z]*b[a-z]*\\s+(?:-[a-z]+\\s+)*(?:[^\\s-]\\S*\\s+)?[^\\s-]\\S*\\s+${ARG_VALUE}`,
        `\\brabbitmqctl\\s+(?:add_user|change_password)\\s+\\S+\\s+${ARG_VALUE}`,
        `\\blftp\\b${SAME_COMMAND}-u[ \\t]+["']?[^\\s,"']{1,64},([^\\s"']{3,64})`,
        `\\b7za?\\b${SAME_COMMAND}(?-i:-p)([^\\s"']{3,64})`,
        `\\becho\\s+(?:-[ne]+\\s+)?${VALUE}\\s{0,3}\\|\\s{0,3}(?:sudo\\s+-S\\b|(?:sudo\\s+)?(?:docker|podman|helm\\s+registry|oras|crane|skopeo|buildah|nerdctl|regctl)\\s+login\\b[^\\r\\n|;&]*--password-stdin)`,
        `(?:^|[\\s;&|(])(?-i:[A-Z][A-Z0-9_]*(?:PASSWORD|PASSWD|_PASS|_PWD)|MYSQL_PWD)=${VALUE}[ \\t]+[a-z./]`,
      ].join('|'),
    entropy: 2.5,
    keywords: [
      '--pass', '-password', '--pwd', 'mysql', 'mariadb', 'mycli', ' -p ', " -p'", ' -p"', ' -p\t', 'redis-cli', 'ldapsearch', 'ldapadd', 'ldapmodify',
      'ldapdelete', 'ldapwhoami', 'ldappasswd', 'ldapcompare', 'ldapmodrdn', 'ldapexop', 'keytool', 'jarsigner', ' pass:', ' -k ', 'smbclient', 'rpcclient', 'smbcacls', 'smbget', 'smbmap', 'cifs', 'smbfs', 'smb3', 'htpasswd', 'rabbitmqctl', 'lftp', '7z ', '7za ',
      '--password-stdin', 'sudo -s', 'password=', 'passwd=', '_pass=', '_pwd=',
    ],
    tags: ['cli', 'password'],
    allowlists: [PLACEHOLDER_ALLOWLIST, PASSWORD_VALUE_ALLOWLIST, SOURCE_VALUE],
  },
  {
    id: 'cli-token',
    description: 'Token or API key on a command line: --token/--api-key/--access-token/--client-secret options, Go-style -token=, or TOKEN=value before a command',
    regex:
      '(?i)' +
      [
        '(?:^|\\s)--(?:[a-z0-9]+-)*(?:token|api-?key|apikey|access-key|secret-key|secret-access-key|client-secret|auth-token|access-token|bearer-token|private-token)' +
          `(?:=|[ \\t]+)${quotedOrBare('[A-Za-z0-9_+/=.~:-]', 12, 512)}(?:[\\s\\\\]|$)`,
        `(?:^|\\s)-(?:[a-z]+-)*token=${quotedOrBare('[A-Za-z0-9_+/=.~:-]', 12, 512)}(?:[\\s\\\\]|$)`,
        `(?:^|[\\s;&|(])(?-i:[A-Z][A-Z0-9_]*(?:TOKEN|API_KEY|APIKEY|SECRET|SECRET_KEY|ACCESS_KEY))=${quotedOrBare('[A-Za-z0-9_+/=.~:-]', 12, 512)}[ \\t]+[a-z./]`,
      ].join('|'),
    entropy: 3.2,
    keywords: [
      '-token', '-api-key', '-apikey', '-access-key', '-secret-key', '-secret-access-key', '-client-secret', 'token=', 'api_key=',
      'apikey=', 'secret=', 'secret_key=', 'access_key=',
    ],
    tags: ['cli', 'token'],
    allowlists: [PLACEHOLDER_ALLOWLIST, PASSWORD_VALUE_ALLOWLIST],
  },
];
