// True- and false-positive examples of the configuration-file rules (see rule-cases.ts).
import { BASE62, BASE64, FakeSecrets, HEX } from './fake-secrets';
import { fakePassword } from './generic.cases';
import type { RuleCases } from './rule-cases';

const basic = (user: string, password: string): string => Buffer.from(`${user}:${password}`).toString('base64');

export function configFileCases(f: FakeSecrets): RuleCases[] {
  const pw = Array.from({ length: 16 }, () => fakePassword(f));
  const identityToken = f.chars(BASE62, 48);
  const generated = `${f.chars(BASE62, 6)}!#${f.chars(BASE62, 6)}$%${f.chars(BASE62, 4)}`;
  // WordPress's secret-key service: 64 characters of letters, digits, punctuation and spaces.
  const wpSalt = (): string => `${f.chars(BASE62, 14)} $&${f.chars(BASE62, 14)}(]|${f.chars(BASE62, 14)}:? ${f.chars(BASE62, 13)}`;
  const wp = [wpSalt(), wpSalt(), wpSalt()];
  return [
    {
      ruleId: 'wordpress-auth-key',
      truePositives: [
        { text: `define( 'AUTH_KEY',         '${wp[0]}' );\n`, secret: wp[0]!, path: 'wp-config.php' },
        { text: `define('SECURE_AUTH_SALT', '${wp[1]}');`, secret: wp[1]!, path: 'wp-config.php' },
        { text: `<?php\ndefine("NONCE_SALT", "${wp[2]}");\n`, secret: wp[2]! },
      ],
      falsePositives: [
        "define( 'AUTH_KEY',         'put your unique phrase here' );",
        "define( 'LOGGED_IN_KEY', getenv( 'WP_LOGGED_IN_KEY' ) );",
        "define( 'NONCE_KEY', $_ENV['NONCE_KEY'] );",
        `define( 'AUTH_KEY', '${'x'.repeat(64)}' );`,
      ],
    },
    {
      ruleId: 'netrc-password',
      truePositives: [
        { text: `machine git.acme.internal\n  login deploy\n  password ${pw[0]}\n`, secret: pw[0]!, path: 'home/ci/.netrc' },
        { text: `machine artifacts.acme.internal login ci password ${pw[1]}\n`, secret: pw[1]!, path: '_netrc' },
        { text: `RUN echo "machine files.acme.internal login build password ${pw[2]}" > /root/.netrc\n`, secret: pw[2]!, path: 'Dockerfile' },
        { text: `machine a.acme.internal login x password $A_PASS\ndefault login ci-bot password ${pw[4]}\n`, secret: pw[4]! },
      ],
      falsePositives: [
        'machine github.com login x-access-token password ${GITHUB_TOKEN}',
        'machine api.acme.internal login me@acme.io password <your-password>',
        'default login anonymous password user@site',
        'machine learning models need a password manager',
      ],
    },
    {
      ruleId: 'docker-config-auth',
      truePositives: [
        { text: `{\n  "auths": {\n    "registry.acme.internal": {\n      "auth": "${basic('ci', pw[5]!)}"\n    }\n  }\n}\n`, secret: pw[5]!, path: '.docker/config.json' },
        { text: `{"auths":{"ghcr.io":{},"quay.io":{"auth":"${basic('acme+robot', pw[7]!)}"}}}`, secret: pw[7]! },
        { text: `{\n  "auths": {\n    "acr.azurecr.io": {\n      "auth": "",\n      "identitytoken": "${identityToken}"\n    }\n  }\n}\n`, secret: identityToken },
      ],
      falsePositives: [
        '{"auths": {"registry.acme.internal": {}}, "credsStore": "desktop"}',
        `{"auths": {"registry.acme.internal": {"auth": "${basic('username', 'password')}"}}}`,
        '{"auth": "oauth2", "provider": "github"}',
        '"identitytoken": "<token>"',
      ],
    },
    {
      ruleId: 'pgpass-password',
      truePositives: [
        { text: `# host:port:database:user:password\ndb.acme.internal:5432:orders:orders_app:${pw[8]}\n`, secret: pw[8]!, path: 'home/app/.pgpass' },
        { text: `*:*:*:replicator:${pw[9]}\n`, secret: pw[9]!, path: 'pgpass.conf' },
      ],
      falsePositives: [
        { text: `db.acme.internal:5432:orders:orders_app:${pw[8]}\n`, path: 'notes.txt' },
        { text: 'localhost:5432:*:postgres:postgres\n', path: '.pgpass' },
        { text: '# hostname:port:database:username:password\n', path: '.pgpass' },
      ],
    },
    {
      ruleId: 'redis-requirepass',
      truePositives: [
        { text: `bind 0.0.0.0\nport 6379\nrequirepass ${pw[10]}\n`, secret: pw[10]!, path: 'redis.conf' },
        { text: `    command: redis-server --appendonly yes --requirepass "${pw[11]}"\n`, secret: pw[11]! },
        { text: `redis-cli CONFIG SET requirepass ${pw[12]}\n`, secret: pw[12]! },
        { text: `masterauth ${pw[13]}\n`, secret: pw[13]! },
      ],
      falsePositives: ['# requirepass foobared', 'requirepass ${REDIS_PASSWORD}', 'command: redis-server --requirepass $REDIS_PASSWORD', 'requirepass yourpassword'],
    },
    {
      ruleId: 'sql-password',
      truePositives: [
        { text: `CREATE USER app_rw WITH PASSWORD '${pw[14]}';\nGRANT ALL ON DATABASE app TO app_rw;\n`, secret: pw[14]! },
        { text: `ALTER USER 'reporting'@'%' IDENTIFIED BY '${pw[15]}';`, secret: pw[15]! },
        { text: `CREATE LOGIN etl_user\n  WITH PASSWORD = '${pw[0]}', CHECK_POLICY = OFF;\n`, secret: pw[0]! },
        { text: `create role analytics login password '${pw[1]}';`, secret: pw[1]! },
        { text: `SET PASSWORD FOR 'app'@'localhost' = '${pw[2]}';`, secret: pw[2]! },
      ],
      falsePositives: [
        "CREATE USER app WITH PASSWORD 'password';",
        "CREATE USER app WITH PASSWORD :'app_password';",
        "CREATE USER app WITH PASSWORD '{{ db_password }}';",
        `CREATE USER 'app'@'%' IDENTIFIED BY PASSWORD '*${f.chars(HEX, 40).toUpperCase()}';`,
        `ALTER ROLE app PASSWORD 'SCRAM-SHA-256$4096:${f.chars(BASE64, 24)}';`,
        "ALTER USER app WITH PASSWORD NULL;",
        'CREATE USER app IDENTIFIED BY $APP_PASSWORD;',
      ],
    },
    {
      ruleId: 'terraform-state-password',
      truePositives: [
        {
          text: [
            '{',
            '  "resources": [',
            '    {',
            '      "mode": "managed",',
            '      "type": "random_password",',
            '      "name": "db",',
            '      "instances": [',
            '        {',
            '          "attributes": {',
            `            "bcrypt_hash": "$2a$10$${f.chars(BASE62, 53)}",`,
            '            "id": "none",',
            '            "length": 16,',
            `            "result": "${generated}",`,
            '            "special": true',
            '          }',
            '        }',
            '      ]',
            '    }',
            '  ]',
            '}',
            '',
          ].join('\n'),
          secret: generated,
          path: 'envs/prod/terraform.tfstate',
        },
      ],
      falsePositives: [
        { text: '{ "type": "random_password", "instances": [{ "attributes": { "result": "" } }] }', path: 'terraform.tfstate' },
        { text: `resource "random_password" "db" {\n  length  = 16\n  special = true\n}\n`, path: 'main.tf' },
        { text: `{ "type": "random_password", "instances": [{ "attributes": { "result": "${generated}" } }] }`, path: 'fixtures/state.json' },
      ],
    },
    {
      ruleId: 'code-password-argument',
      truePositives: [
        { text: `Connection conn = DriverManager.getConnection("jdbc:mysql://db.acme.internal:3306/orders", "orders", "${pw[3]}");`, secret: pw[3]! },
        { text: `with smtplib.SMTP_SSL("smtp.acme.io", 465) as server:\n    server.login(sender, "${pw[4]}")\n`, secret: pw[4]! },
        { text: `r = requests.get(url, auth=("reporter", "${pw[5]}"), timeout=10)`, secret: pw[5]! },
        { text: `var creds = new NetworkCredential("svc-backup", "${pw[6]}");`, secret: pw[6]! },
        { text: `dataSource.setPassword("${pw[7]}");`, secret: pw[7]! },
        { text: `auth = HTTPBasicAuth('exporter', '${pw[8]}')`, secret: pw[8]! },
      ],
      falsePositives: [
        'conn = DriverManager.getConnection(url, user, password);',
        'server.login(sender, password)',
        'server.login(sender, os.environ["SMTP_PASSWORD"])',
        'auth=("user", "password")',
        'dataSource.setPassword("${db.password}");',
        'builder.password("changeme");',
        'client.login("admin", "admin")',
      ],
    },
  ];
}
