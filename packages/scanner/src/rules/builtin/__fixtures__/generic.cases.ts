// True- and false-positive examples of the generic rules: JWTs, generic-api-key and
// generic-password (see rule-cases.ts).
import { BASE62, BASE64, BASE64URL, DIGITS, FakeSecrets, HEX } from './fake-secrets';
import { placed } from './provider-fakes';
import { join, type RuleCases } from './rule-cases';

/** A generated password: letters and digits around a digit and a symbol, 12 characters. */
export function fakePassword(f: FakeSecrets): string {
  return join(f.chars(BASE62, 5), f.chars(DIGITS, 1), f.chars('!#%+-.@_', 1), f.chars(BASE62, 5));
}

export function genericCases(f: FakeSecrets): RuleCases[] {
  const rs256 = f.jwt({ alg: 'RS256', typ: 'JWT' });
  const kidFirst = f.jwt({ kid: f.chars(BASE62, 8), alg: 'ES256' });
  const encodedJwt = Buffer.from(f.jwt({ alg: 'HS256', typ: 'JWT' })).toString('base64');
  const dbPassword = f.chars(BASE64URL, 24);
  const railsSecret = f.chars(HEX, 64);
  const clientSecret = f.chars(BASE64URL, 40);
  const apiToken = f.chars(BASE62, 40);
  const queryToken = f.chars(BASE62, 32);
  // A value with slashes that is not a path (no file name with an extension at its end).
  const slashedSecret = `${f.chars(BASE62, 20)}/${f.chars(BASE62, 12)}`;
  const slashedDotted = `${f.chars(BASE62, 18)}/${f.chars(BASE62, 10)}.${f.chars(BASE62, 9)}`;
  const dbPass = `${f.chars(BASE62, 10)}!#${f.chars(BASE62, 8)}`;
  // Generated secrets with the punctuation of WordPress salts and Django keys.
  const salt = join(f.chars(BASE62, 8), '$&', f.chars(BASE62, 8), '(]|', f.chars(BASE62, 8), ':?', f.chars(BASE62, 8));
  const xmlKey = f.chars(BASE62, 32);
  const pw = [fakePassword(f), fakePassword(f), fakePassword(f), fakePassword(f), fakePassword(f), fakePassword(f), fakePassword(f)] as const;
  const encodedPassword = fakePassword(f);
  // 16 to 19 characters under a password name: generic-password's (its entropy threshold fits passwords).
  const midPassword = f.chars(BASE62, 17);
  const midToken = f.chars(BASE62, 18);
  // Generated passwords may open with the characters references start with.
  const [dollarPw, bracketPw, atPw, dashPw] = ['$', '[', '@', '-'].map((c) => `${c}${f.chars(DIGITS, 1)}${fakePassword(f)}`) as [string, string, string, string];
  const aligned = f.chars(BASE62, 32);
  const tok = [0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11].map(() => f.chars(BASE64URL, 32));
  // jwt.io's example token, printed in countless tutorials.
  const jwtIo = join(
    'eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9',
    '.eyJzdWIiOiIxMjM0NTY3ODkwIiwibmFtZSI6IkpvaG4gRG9lIiwiaWF0IjoxNTE2MjM5MDIyfQ',
    '.SflKxwRJSMeKKF2QT4fwpMeJf36POk6yJV_adQssw5c',
  );
  const b64 = (value: object): string => Buffer.from(JSON.stringify(value)).toString('base64url');
  return [
    {
      ruleId: 'jwt',
      truePositives: [
        { text: `curl -H "Authorization: Bearer ${rs256}" https://api.acme.internal/`, secret: rs256 },
        { text: `id_token = "${kidFirst}"`, secret: kidFirst },
        { text: `headers: { Authorization: 'Bearer ${rs256}' },\n`, secret: rs256 },
      ],
      falsePositives: [
        `Authorization: Bearer ${jwtIo}`,
        `token: ${b64({ alg: 'none' })}.${b64({ sub: 'x' })}.`,
        `token: ${b64({ typ: 'JWT' })}.${b64({ sub: 'x', n: f.chars(BASE62, 12) })}.${f.chars(BASE64URL, 43)}`,
        'Authorization: Bearer eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxIn0.<signature>',
      ],
    },
    {
      ruleId: 'jwt-base64',
      truePositives: [
        { text: `apiVersion: v1\nkind: ConfigMap\ndata:\n  session: ${encodedJwt}\n`, secret: encodedJwt },
        { text: `{"cachedToken": "${encodedJwt}"}`, secret: encodedJwt },
      ],
      falsePositives: [
        // base64 of JSON that is not a JWT (no encoded `.eyJ` payload).
        `blob: ${Buffer.from(b64({ alg: 'HS256', typ: 'JWT' })).toString('base64')}`,
        `token: ${Buffer.from(b64({ alg: 'none' }) + '.' + b64({ sub: 'x' }) + '.').toString('base64')}`,
      ],
    },
    {
      ruleId: 'generic-api-key',
      truePositives: [
        { text: `SECRET_KEY_BASE = "${railsSecret}"`, secret: railsSecret },
        { text: `{"client_id": "acme-web", "client_secret": "${clientSecret}"}`, secret: clientSecret },
        { text: `API_TOKEN=${apiToken}`, secret: apiToken },
        { text: `database:\n  password: "${dbPass}"\n`, secret: dbPass },
        { text: `fetch("https://api.acme.internal/v1/items?access_token=${queryToken}&limit=10")`, secret: queryToken },
        { text: `SESSION_SECRET="${slashedSecret}"`, secret: slashedSecret },
        { text: `client_secret: ${slashedDotted}`, secret: slashedDotted },
        { text: `SECRET_KEY = '${salt}'\n`, secret: salt },
        { text: `<settings>\n  <apiKey>${xmlKey}</apiKey>\n</settings>\n`, secret: xmlKey },
        { text: `<appSettings>\n  <add key="PaymentsApiSecret" value="${xmlKey}" />\n</appSettings>\n`, secret: xmlKey },
        { text: `api_key = os.environ.get("ACME_API_KEY", "${apiToken}")\n`, secret: apiToken },
        { text: `DB_PASSWORD=${dbPassword}\n`, secret: dbPassword },
        // Terraform and YAML align their operators in columns.
        { text: `region                 = "eu-west-1"\napi_token              = "${aligned}"\n`, secret: aligned },
        { text: `api_token: ${midToken}\n`, secret: midToken },
        // Typed declarations.
        { text: `pub const SERVICE_API_TOKEN: &str = "${tok[0]}";\n`, secret: tok[0]! },
        { text: `static SIGNING_SECRET: &'static str = "${tok[1]}";\n`, secret: tok[1]! },
        { text: `export const SERVICE_SECRET: string = "${tok[2]}";\n`, secret: tok[2]! },
        { text: `API_TOKEN: str = "${tok[3]}"\n`, secret: tok[3]! },
        // Assign-if-unset and fallback literals.
        { text: `  ENV['SERVICE_API_KEY'] ||= '${tok[4]}'\n`, secret: tok[4]! },
        { text: `  apiKey: process.env.SERVICE_API_KEY || "${tok[5]}",\n`, secret: tok[5]! },
        { text: `const token = process.env.SERVICE_TOKEN ?? '${tok[6]}';\n`, secret: tok[6]! },
        { text: `api_key = os.getenv("SERVICE_API_KEY") or "${tok[7]}"\n`, secret: tok[7]! },
        { text: `export API_TOKEN="\${API_TOKEN:-${tok[8]}}"\n`, secret: tok[8]! },
        { text: `app.api-token=\${APP_API_TOKEN:${tok[9]}}\n`, secret: tok[9]!, path: 'application.properties' },
        // Name/value pairs: a Kubernetes env entry (block and flow) and an ECS container definition.
        { text: `        env:\n          - name: SERVICE_API_KEY\n            value: "${tok[9]}"\n`, secret: tok[9]! },
        { text: `          - { name: SERVICE_SECRET, value: "${tok[10]}" }\n`, secret: tok[10]! },
        { text: `{"name": "SERVICE_API_TOKEN", "value": "${tok[11]}"}`, secret: tok[11]! },
        // Setters and builders given the literal.
        { text: `sgMail.setApiKey("${tok[1]}");\n`, secret: tok[1]! },
        { text: `    .withClientSecret('${tok[2]}')\n    .build();\n`, secret: tok[2]! },
        // Android and Java XML elements named by an attribute, a YAML block scalar, PowerShell's environment.
        { text: `<resources>\n    <string name="maps_api_key">${tok[4]}</string>\n</resources>\n`, secret: tok[4]!, path: 'res/values/strings.xml' },
        { text: `<entry key="client.secret">${tok[5]}</entry>\n`, secret: tok[5]! },
        { text: `signing_secret: >-\n  ${tok[6]}\n`, secret: tok[6]! },
        { text: `$env:SERVICE_API_TOKEN = "${tok[7]}"\n`, secret: tok[7]!, path: 'deploy.ps1' },
        // A notebook's code cell: JSON strings holding the lines.
        { text: `   "source": [\n    "os.environ['SERVICE_API_KEY'] = '${tok[0]}'\\n",\n    "print('ok')"\n   ]\n`, secret: tok[0]!, path: 'notebooks/explore.ipynb' },
      ],
      falsePositives: [
        'const password = process.env.DB_PASSWORD_PRODUCTION;',
        'token: ${{ secrets.DEPLOY_TOKEN }}',
        'api_key = os.environ["PAYMENTS_API_KEY"]',
        `public_key = "${f.chars(BASE64, 44)}"`,
        `publicToken = "${f.chars(BASE62, 40)}"`,
        'token_type = "bearer_access_token_v2"',
        `password_hash = "sha256:${f.chars(HEX, 64)}"`,
        `password_sha256 = "${f.chars(HEX, 64)}"`,
        'api_key: 123e4567-e89b-42d3-a456-426614174000',
        'secret = "correct-horse-battery-staple"',
        'SECRET_NAME=DATABASE_PASSWORD_PROD',
        'password = "aaaaaaaaaaaaaaaaaaaaaaaa"',
        'tokenizer_path = "models/llama-3/tokenizer.model"',
        'accessToken = getAccessTokenFromStore(user)',
        'secret_key = "your-secret-key-here"',
        'API_KEY=<your-api-key>',
        '    private_key: "_EllipticCurvePrivateKey",',
        'TSPrivateKeyword = "TSPrivateKeyword"',
        'body = "access_token=2YotnFZFejr1zCsicMWpAA&token_type=example&expires_in=3600"',
        "  consoleSecretsFile: '~/.mcp/console-secrets.json',",
        '  secrets-inventory: docs/secrets-inventory.txt',
        'TOKEN_CACHE=../state/cache/tokens-v2.db',
        'client_secret_json: ./config/google/client-secret.prod.json',
        'SSH_PRIVATE_KEY=~/.ssh/id_ed25519_deploy',
        'secretlintrc=.secretlintrc.custom.json',
        'GITHUB_API_KEY=\nDYNATRACE_API_KEY=\n',
        `credentialsId: '${f.chars(BASE62, 22)}'`,
        `token_endpoint: https://login.acme.internal/oauth2/${f.chars(BASE62, 16)}/token`,
        'secret_key: "${APP_SECRET_KEY:-dev-only-not-secret}"',
        `api_secret = "{{ lookup('env', 'ACME_API_SECRET') }}"`,
        `csrf_token = "${f.chars(BASE64, 40)}"`,
        `auth_host: auth-${f.chars(DIGITS, 2)}.eu.acme.io`,
        // A setting name inside a value (an ARN's resource path) is no setting.
        `SECRET_ARN=arn:aws:secretsmanager:eu-west-1:123456789012:secret:prod/api_token:${f.chars(BASE62, 24)}`,
        '        - name: SERVICE_API_KEY\n          valueFrom:\n            secretKeyRef:\n              name: service\n              key: api-key\n',
        '  - name: SERVICE_API_KEY\n    value: "${SERVICE_API_KEY}"\n',
        'const token = process.env.SERVICE_TOKEN || "";',
        '  apiKey: process.env.SERVICE_API_KEY || "your-api-key-here",',
        'let api_key: &str = &args.api_key;',
        'export const API_TOKEN: string = process.env.API_TOKEN!;',
        'TOKEN="${TOKEN:-}"',
        'api_key = os.getenv("SERVICE_API_KEY") or default_key',
        'const token = await vault.getSecret("payments-api-token-prod");',
        'String key = System.getenv().getOrDefault("API_KEY", fallbackKey);',
        'password = config.getPassword("DATABASE_PASSWORD_PRODUCTION")',
        'tokens = tokenizer.tokenize("The quick brown fox jumps over")',
        // Minified code: an assignment inside braces is no shell default.
        `;this.token=${f.chars(BASE62, 8)},this.authorizationScheme=${f.chars(BASE62, 6)}}`,
        '{token=lex(),parseStates[parseState]()}',
        // A block scalar under a name that is no secret.
        `description: |\n  ${f.chars(BASE62, 24)}\n`,
        `<string name="api_key_hint">${f.chars(BASE62, 8)} ${f.chars(BASE62, 8)}</string>`,
      ],
    },
    {
      ruleId: 'generic-password',
      truePositives: [
        ...placed('DB_PASSWORD', pw[0]),
        { text: `spring.datasource.username=orders\nspring.datasource.password=${pw[1]}\n`, secret: pw[1] },
        { text: `[client]\nuser = backup\npassword = ${pw[2]}\n`, secret: pw[2] },
        { text: `<servers>\n  <server>\n    <id>nexus</id>\n    <username>deploy</username>\n    <password>${pw[3]}</password>\n  </server>\n</servers>\n`, secret: pw[3] },
        { text: `services:\n  db:\n    environment:\n      - POSTGRES_PASSWORD=${pw[4]}\n`, secret: pw[4] },
        { text: `define( 'DB_PASSWORD', '${pw[5]}' );\n`, secret: pw[5] },
        { text: `[pypi]\nusername = acme-release\npassword = ${pw[6]}\n`, secret: pw[6] },
        { text: `RABBITMQ_DEFAULT_PASS=${pw[0]}\n`, secret: pw[0] },
        { text: `ansible_become_pass: "${pw[1]}"\n`, secret: pw[1] },
        { text: `apiVersion: v1\nkind: Secret\nstringData:\n  password: ${pw[2]}\n`, secret: pw[2] },
        { text: `conn = pymysql.connect(host="db", user="app", password="${pw[3]}", database="orders")\n`, secret: pw[3] },
        { text: `  password: ${Buffer.from(encodedPassword).toString('base64')}\n`, secret: encodedPassword },
        { text: `DB_PASSWORD=${midPassword}\n`, secret: midPassword },
        { text: `db_password           = "${pw[4]}"\n`, secret: pw[4] },
        { text: `password: "${dollarPw}"\n`, secret: dollarPw },
        { text: `password: "${bracketPw}"\n`, secret: bracketPw },
        { text: `password: "${atPw}"\n`, secret: atPw },
        { text: `DB_PASSWORD=${dashPw}\n`, secret: dashPw },
        // A camelCase password word, typed and assign-if-unset forms, a Kubernetes env entry.
        { text: `const ansibleBecomePass = "${pw[5]}";\n`, secret: pw[5] },
        { text: `let db_password: &str = "${pw[6]}";\n`, secret: pw[6] },
        { text: `  ENV['DB_PASSWORD'] ||= '${pw[0]}'\n`, secret: pw[0] },
        { text: `    - name: POSTGRES_PASSWORD\n      value: "${pw[1]}"\n`, secret: pw[1] },
        { text: `POSTGRES_PASSWORD: \${POSTGRES_PASSWORD:-${pw[2]}}\n`, secret: pw[2] },
        { text: `spring:\n  datasource:\n    password: \${DB_PASSWORD:${pw[3]}}\n`, secret: pw[3] },
        // One regex-like piece by chance is still a password (a regex has a group and a class or count).
        { text: "SMTP_PASSWORD='Zq{3}x9!Lmw'\n", secret: 'Zq{3}x9!Lmw' },
      ],
      falsePositives: [
        'DB_PASSWORD=${DB_PASSWORD}',
        // A scanner's own rule source: a regex that matches password names.
        "const PASSWORD_HUMP = '(?-i:[a-z0-9](?:Pass|Pwd))(?:[A-Z0-9_.-]{1,20})?';",
        "password_pattern = '(?i)[a-z]{2,}pw'",
        'password: "{{ vault_db_password }}"',
        'password: changeme',
        'POSTGRES_PASSWORD=postgres',
        'MYSQL_ROOT_PASSWORD=my-secret-pw',
        'password: P@ssw0rd!',
        'db_admin_password = "Password123!"',
        'password = None',
        'password = get_password(user)',
        'password: !vault |',
        'spring.datasource.password=ENC(G6N718UuyPE5bHyWKyuLQSm02auQPUtm)',
        `password_hash: $2b$12$${f.chars(BASE62, 53)}`,
        'password: ""',
        'password: <your-password>',
        'password: hunter2',
        'password: "********"',
        'PASSWORD=xxxxxxxx',
        'db_password: arn:aws:secretsmanager:eu-west-1:123456789012:secret:prod/db-AbCdEf',
        'password: op://Production/postgres/password',
        'password: process.env.DB_PASSWORD',
        'password: example',
        'bypass: deadbeef1234',
        'pass: true',
        'password_min_length: 12',
        'passwordless: enabled',
        'new_password: "Sup3r-Secret-99"',
        'password: hashedPassword',
        'password = self.password',
        'password: required',
        'password = args.db_password',
        '"password": "[REDACTED]",',
        '    self.password = @password',
        'password: "@db.password@"',
        '$Password = $env:DB_PASSWORD',
        'password: $DB_PASSWORD',
        'password: "%DB_PASSWORD%"',
        `const compass = "${fakePassword(f)}";`,
        'POSTGRES_PASSWORD: ${POSTGRES_PASSWORD:-postgres}',
        'spring.datasource.password=${DB_PASSWORD:}',
        'password: ${DB_PASSWORD:changeme}',
        '  user.password ||= generate_password',
        '    - name: POSTGRES_PASSWORD\n      valueFrom:\n        secretKeyRef: { name: pg, key: password }\n',
        '    ownPass: !!ownPass,',
      ],
    },
    {
      ruleId: 'terraform-variable-default',
      truePositives: [
        { text: `variable "api_token" {\n  type      = string\n  sensitive = true\n  default   = "${tok[3]}"\n}\n`, secret: tok[3]!, path: 'variables.tf' },
        { text: `variable "db_password" {\n  default = "${pw[4]}"\n}\n`, secret: pw[4], path: 'modules/db/variables.tf' },
      ],
      falsePositives: [
        // Another variable's default, a reference, a weak password, and the same text outside a .tf file.
        { text: `variable "api_token" {\n  type = string\n}\nvariable "release_name" {\n  default = "${f.chars(BASE62, 24)}"\n}\n`, path: 'variables.tf' },
        { text: 'variable "api_token" {\n  default = "${var.vault_token}"\n}\n', path: 'variables.tf' },
        { text: 'variable "db_password" {\n  default = "changeme123"\n}\n', path: 'variables.tf' },
        { text: `variable "api_token" {\n  default = "${f.chars(BASE62, 24)}"\n}\n`, path: 'notes.txt' },
      ],
    },
  ];
}
