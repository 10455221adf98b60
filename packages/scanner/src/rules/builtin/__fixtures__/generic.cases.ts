// True- and false-positive examples of the generic rules (see rule-cases.ts).
import { BASE62, BASE64, BASE64URL, FakeSecrets, HEX } from './fake-secrets';
import { join, type RuleCases } from './rule-cases';

export function genericCases(f: FakeSecrets): RuleCases[] {
  const rs256 = f.jwt({ alg: 'RS256', typ: 'JWT' });
  const kidFirst = f.jwt({ kid: f.chars(BASE62, 8), alg: 'ES256' });
  const dbPassword = f.chars(BASE64URL, 24);
  const redisPassword = f.chars(BASE62, 32);
  const railsSecret = f.chars(HEX, 64);
  const clientSecret = f.chars(BASE64URL, 40);
  const apiToken = f.chars(BASE62, 40);
  const queryToken = f.chars(BASE62, 32);
  // A value with slashes that is not a path (no file name with an extension at its end).
  const slashedSecret = `${f.chars(BASE62, 20)}/${f.chars(BASE62, 12)}`;
  const slashedDotted = `${f.chars(BASE62, 18)}/${f.chars(BASE62, 10)}.${f.chars(BASE62, 9)}`;
  const dbPass = `${f.chars(BASE62, 10)}!#${f.chars(BASE62, 8)}`;
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
      ],
      falsePositives: [
        `Authorization: Bearer ${jwtIo}`,
        `token: ${b64({ alg: 'none' })}.${b64({ sub: 'x' })}.`,
        `token: ${b64({ typ: 'JWT' })}.${b64({ sub: 'x', n: f.chars(BASE62, 12) })}.${f.chars(BASE64URL, 43)}`,
        'Authorization: Bearer eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxIn0.<signature>',
      ],
    },
    {
      ruleId: 'url-credentials',
      truePositives: [
        { text: `DATABASE_URL=postgres://app:${dbPassword}@db.acme.internal:5432/app`, secret: dbPassword },
        { text: `REDIS_URL=redis://:${redisPassword}@cache.acme.internal:6379/0`, secret: redisPassword },
      ],
      falsePositives: [
        'DATABASE_URL=postgres://user:password@localhost:5432/app',
        'git clone https://oauth2:${GITLAB_TOKEN}@gitlab.com/acme/app.git',
        'amqp://guest:guest@localhost:5672/',
        'ftp://anonymous:anonymous@ftp.acme.internal/pub',
        'see http://localhost:8080/docs or git@github.com:acme/app.git',
        'mongodb://admin:****@mongo:27017',
        ':pserver:anoncvs@cvs.acme.internal:/cvsroot co module',
        'cvs://:pserver:anoncvs@sources.acme.internal',
      ],
    },
    {
      ruleId: 'generic-secret',
      truePositives: [
        { text: `SECRET_KEY_BASE = "${railsSecret}"`, secret: railsSecret },
        { text: `{"client_id": "acme-web", "client_secret": "${clientSecret}"}`, secret: clientSecret },
        { text: `API_TOKEN=${apiToken}`, secret: apiToken },
        { text: `database:\n  password: "${dbPass}"\n`, secret: dbPass },
        { text: `fetch("https://api.acme.internal/v1/items?access_token=${queryToken}&limit=10")`, secret: queryToken },
        { text: `SESSION_SECRET="${slashedSecret}"`, secret: slashedSecret },
        { text: `client_secret: ${slashedDotted}`, secret: slashedDotted },
      ],
      falsePositives: [
        'const password = process.env.DB_PASSWORD_PRODUCTION;',
        'token: ${{ secrets.DEPLOY_TOKEN }}',
        'api_key = os.environ["PAYMENTS_API_KEY"]',
        `public_key = "${f.chars(BASE64, 44)}"`,
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
        'body = "access_token=2YotnFZFEjr1zCsicMWpAA&token_type=example&expires_in=3600"',
        "  consoleSecretsFile: '~/.mcp/console-secrets.json',",
        '  secrets-inventory: docs/secrets-inventory.txt',
        'TOKEN_CACHE=../state/cache/tokens-v2.db',
        'client_secret_json: ./config/google/client-secret.prod.json',
        'SSH_PRIVATE_KEY=~/.ssh/id_ed25519_deploy',
      ],
    },
  ];
}
