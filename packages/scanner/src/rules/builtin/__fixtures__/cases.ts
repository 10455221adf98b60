// True- and false-positive examples for every built-in rule. Each true positive is a realistic
// snippet and the exact secret the rule must report; each false positive (placeholders, docs
// examples, variable references, hashes, UUIDs, lookalikes) must produce no finding from any
// built-in rule.
import {
  BASE32_UPPER,
  BASE36,
  BASE62,
  BASE64,
  BASE64URL,
  DIGITS,
  FakeSecrets,
  HEX,
} from './fake-secrets';

export interface TruePositive {
  text: string;
  secret: string;
}

export interface RuleCases {
  ruleId: string;
  truePositives: TruePositive[];
  falsePositives: string[];
}

const UPPER_ALNUM = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789';

/** Joins parts at run time so that no published example appears as one literal in the source. */
const join = (...parts: string[]): string => parts.join('');

function githubCases(f: FakeSecrets): RuleCases[] {
  const kinds: Array<[string, string]> = [
    ['github-pat', 'ghp'],
    ['github-oauth-token', 'gho'],
    ['github-app-user-token', 'ghu'],
    ['github-app-installation-token', 'ghs'],
    ['github-refresh-token', 'ghr'],
  ];
  const classic = kinds.map(([ruleId, prefix]): RuleCases => {
    const a = f.checksummedToken(prefix);
    const b = f.checksummedToken(prefix);
    return {
      ruleId,
      truePositives: [
        { text: `GITHUB_TOKEN=${a}\n`, secret: a },
        // The URL-credentials rule defers to the provider rule: one leak, one finding.
        { text: `git clone https://x-access-token:${b}@github.com/acme/app.git`, secret: b },
      ],
      falsePositives: [
        `token: ${prefix}_${'x'.repeat(36)}`,
        `token: ${prefix}_${f.chars(BASE62, 35)}`,
        `token: ${prefix}_${f.chars(BASE62, 37)}`,
        `token: ${prefix}_0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ`,
        'GITHUB_TOKEN: ${{ secrets.GITHUB_TOKEN }}',
      ],
    };
  });
  const fine = join('github', '_pat_', f.chars(BASE62, 22), '_', f.chars(BASE62, 59));
  return [
    ...classic,
    {
      ruleId: 'github-fine-grained-pat',
      truePositives: [{ text: `export GH_TOKEN="${fine}"`, secret: fine }],
      falsePositives: [
        join('GH_TOKEN=github', '_pat_', f.chars(BASE62, 22), '_', f.chars(BASE62, 58)),
        join('GH_TOKEN=github', '_pat_', 'X'.repeat(22), '_', 'X'.repeat(59)),
        'GH_TOKEN=github_pat_<your token>',
      ],
    },
  ];
}

function gitlabCases(f: FakeSecrets): RuleCases[] {
  const legacy = join('glpat', '-', f.chars(BASE64URL, 20));
  const routable = join('glpat', '-', f.chars(BASE64URL, 37), '.01.', f.chars(BASE36, 9));
  const deploy = join('gldt', '-', f.chars(BASE64URL, 20));
  const runner = join('glrt', '-t1_', f.chars(BASE64URL, 20));
  const registration = join('GR1348', '941', f.chars(BASE64URL, 20));
  const trigger = join('glptt', '-', f.chars(HEX, 40));
  const oauth = join('gloas', '-', f.chars(HEX, 64));
  return [
    {
      ruleId: 'gitlab-pat',
      truePositives: [
        { text: `GITLAB_TOKEN=${legacy}`, secret: legacy },
        { text: `curl --header "PRIVATE-TOKEN: ${routable}" https://gitlab.com/api/v4/user`, secret: routable },
      ],
      falsePositives: [
        'GITLAB_TOKEN=glpat-xxxxxxxxxxxxxxxxxxxx',
        `GITLAB_TOKEN=glpat-${f.chars(BASE62, 19)}`,
        'GITLAB_TOKEN=glpat-your_personal_token',
      ],
    },
    {
      ruleId: 'gitlab-deploy-token',
      truePositives: [{ text: `password: ${deploy}`, secret: deploy }],
      falsePositives: ['password: gldt-XXXXXXXXXXXXXXXXXXXX', `password: gldt-${f.chars(BASE62, 12)}`],
    },
    {
      ruleId: 'gitlab-runner-token',
      truePositives: [
        { text: `[[runners]]\n  token = "${runner}"\n`, secret: runner },
        { text: `gitlab-runner register --registration-token ${registration}`, secret: registration },
      ],
      falsePositives: ['token = "glrt-your_runner_token_here"', 'token = "GR1348941xxxxxxxxxxxxxxxxxxxx"'],
    },
    {
      ruleId: 'gitlab-token',
      truePositives: [
        { text: `curl -X POST -F token=${trigger} -F ref=main https://gitlab.example.com/api/v4/projects/9/trigger/pipeline`, secret: trigger },
        { text: `OAUTH_APP_SECRET: ${oauth}`, secret: oauth },
      ],
      falsePositives: ['feed: glft-abc123', 'token=glptt-0000000000000000000000000000000000000000'],
    },
  ];
}

function cloudCases(f: FakeSecrets): RuleCases[] {
  const akia = join('AK', 'IA', f.chars(BASE32_UPPER, 16));
  const asia = join('AS', 'IA', f.chars(BASE32_UPPER, 16));
  const awsSecret = f.chars(BASE64, 40);
  const awsSecret2 = f.chars(BASE64, 40);
  const accountKey = `${f.chars(BASE64, 86)}==`;
  const accountKey2 = `${f.chars(BASE64, 86)}==`;
  const sigRaw = f.chars(BASE64, 43);
  const sigEncoded = `${encodeURIComponent(sigRaw)}%3D`;
  const sigRaw2 = `${f.chars(BASE64, 43)}=`;
  const googleKey = join('AI', 'za', f.chars(BASE64URL, 35));
  const googleKey2 = join('AI', 'za', f.chars(BASE64URL, 35));
  const oauthSecret = join('GOC', 'SPX-', f.chars(BASE64URL, 28));
  const saKey = `-----BEGIN PRIVATE KEY-----\\n${f.pemBody(1216).join('\\n')}\\n-----END PRIVATE KEY-----\\n`;
  // Azurite, the local storage emulator, publishes one fixed development key.
  const azuriteKey = join('Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq', '/K1SZFPTOtr/KBHBeksoGMGw==');
  return [
    {
      ruleId: 'aws-access-key-id',
      truePositives: [
        { text: `[default]\naws_access_key_id = ${akia}\n`, secret: akia },
        { text: `{"AccessKeyId": "${asia}", "Expiration": "2030-01-01T00:00:00Z"}`, secret: asia },
      ],
      falsePositives: [
        join('aws_access_key_id = AKIA', 'IOSFODNN7EXAMPLE'),
        `aws_access_key_id = AKIA${f.chars(BASE32_UPPER, 15)}`,
        `aws_access_key_id = AKIA${f.chars(BASE32_UPPER, 8)}0189${f.chars(BASE32_UPPER, 4)}`,
        `"GroupId": "AGPA${f.chars(BASE32_UPPER, 16)}"`,
      ],
    },
    {
      ruleId: 'aws-secret-access-key',
      truePositives: [
        { text: `[default]\naws_secret_access_key = ${awsSecret}\n`, secret: awsSecret },
        { text: `new S3Client({ credentials: { secretAccessKey: '${awsSecret2}' } })`, secret: awsSecret2 },
      ],
      falsePositives: [
        join('aws_secret_access_key = wJalrXUtnFEMI/K7MDENG/bPxRfiCY', 'EXAMPLEKEY'),
        'aws_secret_access_key = ${AWS_SECRET_ACCESS_KEY}',
        `aws_sk_revision = ${f.chars(HEX, 40)}`,
      ],
    },
    {
      ruleId: 'azure-storage-account-key',
      truePositives: [
        {
          text: `DefaultEndpointsProtocol=https;AccountName=acmeprod;AccountKey=${accountKey};EndpointSuffix=core.windows.net`,
          secret: accountKey,
        },
        { text: `AZURE_STORAGE_KEY: "${accountKey2}"`, secret: accountKey2 },
      ],
      falsePositives: [
        `UseDevelopmentStorage=false;AccountName=devstoreaccount1;AccountKey=${azuriteKey}`,
        'DefaultEndpointsProtocol=https;AccountName=acme;AccountKey=<your-account-key>;EndpointSuffix=core.windows.net',
        'AccountKey=${STORAGE_ACCOUNT_KEY}',
      ],
    },
    {
      ruleId: 'azure-sas-token',
      truePositives: [
        {
          text: `https://acme.blob.core.windows.net/backups/db.bak?sv=2022-11-02&ss=b&srt=o&sp=r&se=2030-01-01T00:00:00Z&spr=https&sig=${sigEncoded}`,
          secret: sigEncoded,
        },
        {
          text: `BlobEndpoint=https://acme.blob.core.windows.net/;SharedAccessSignature=sv=2021-06-08&ss=bfqt&srt=sco&sp=rl&se=2030-01-01T00:00:00Z&sig=${sigRaw2}`,
          secret: sigRaw2,
        },
      ],
      falsePositives: [
        'https://acme.blob.core.windows.net/c/b?sv=2022-11-02&sp=r&sig=<signature>',
        `https://cdn.example.org/asset.js?sig=${f.chars(BASE64, 43)}=`,
        'https://acme.blob.core.windows.net/c/b?sv=2022-11-02&sp=r&sig=XXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXX%3D',
      ],
    },
    {
      ruleId: 'google-api-key',
      truePositives: [
        { text: `GEMINI_API_KEY=${googleKey}`, secret: googleKey },
        { text: `const firebaseConfig = {\n  apiKey: "${googleKey2}",\n  authDomain: "acme.firebaseapp.com",\n};`, secret: googleKey2 },
      ],
      falsePositives: [
        `GEMINI_API_KEY=AIza${f.chars(BASE64URL, 34)}`,
        'GEMINI_API_KEY=AIzaSyXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXX',
        'GOOGLE_API_KEY=${GOOGLE_API_KEY}',
      ],
    },
    {
      ruleId: 'google-oauth-client-secret',
      truePositives: [{ text: `{"web":{"client_id":"${f.chars(DIGITS, 12)}-${f.chars(BASE36, 32)}.apps.googleusercontent.com","client_secret":"${oauthSecret}"}}`, secret: oauthSecret }],
      falsePositives: ['"client_secret": "GOCSPX-xxxxxxxxxxxxxxxxxxxxxxxxxxxx"', `"client_secret": "GOCSPX-${f.chars(BASE64URL, 20)}"`],
    },
    {
      ruleId: 'gcp-service-account-key',
      truePositives: [
        {
          text: [
            '{',
            '  "type": "service_account",',
            '  "project_id": "acme-prod",',
            `  "private_key_id": "${f.chars(HEX, 40)}",`,
            `  "private_key": "${saKey}",`,
            '  "client_email": "deployer@acme-prod.iam.gserviceaccount.com",',
            `  "client_id": "${f.chars(DIGITS, 21)}"`,
            '}',
          ].join('\n'),
          secret: saKey,
        },
      ],
      falsePositives: [
        [
          '{',
          '  "type": "service_account",',
          '  "project_id": "my-project",',
          '  "private_key": "-----BEGIN PRIVATE KEY-----\\n...\\n-----END PRIVATE KEY-----\\n",',
          '  "client_email": "my-sa@my-project.iam.gserviceaccount.com"',
          '}',
        ].join('\n'),
      ],
    },
  ];
}

function aiCases(f: FakeSecrets): RuleCases[] {
  const marker = join('T3Blbk', 'FJ');
  const project = join('sk-', 'proj-', f.chars(BASE64URL, 74), marker, f.chars(BASE64URL, 74));
  const service = join('sk-', 'svcacct-', f.chars(BASE64URL, 74), marker, f.chars(BASE64URL, 74));
  const legacy = join('sk-', f.chars(BASE62, 20), marker, f.chars(BASE62, 20));
  const admin = join('sk-', 'admin-', f.chars(BASE64URL, 120));
  const anthropic = join('sk-ant-', 'api03-', f.chars(BASE64URL, 93), 'AA');
  const anthropicAdmin = join('sk-ant-', 'admin01-', f.chars(BASE64URL, 93), 'AA');
  const zhipu = `${f.chars(HEX, 32)}.${f.chars(BASE62, 16)}`;
  const zhipu2 = `${f.chars(HEX, 32)}.${f.chars(BASE62, 16)}`;
  return [
    {
      ruleId: 'openai-api-key',
      truePositives: [
        { text: `OPENAI_API_KEY=${project}`, secret: project },
        { text: `codex:\n  api_key: "${service}"\n`, secret: service },
        { text: `openai.api_key = "${legacy}"`, secret: legacy },
        { text: `Authorization: Bearer ${admin}`, secret: admin },
      ],
      falsePositives: [
        'OPENAI_API_KEY=sk-proj-xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx',
        `OPENAI_API_KEY=sk-proj-${f.chars(BASE64URL, 40)}`,
        'OPENAI_API_KEY=sk-...',
        'api_key = os.environ["OPENAI_API_KEY"]',
      ],
    },
    {
      ruleId: 'anthropic-api-key',
      truePositives: [{ text: `ANTHROPIC_API_KEY="${anthropic}"`, secret: anthropic }],
      falsePositives: [
        'ANTHROPIC_API_KEY="sk-ant-api03-YOUR_KEY_HERE"',
        `ANTHROPIC_API_KEY="sk-ant-api03-${f.chars(BASE64URL, 60)}"`,
        'ANTHROPIC_API_KEY=${{ secrets.ANTHROPIC_API_KEY }}',
      ],
    },
    {
      ruleId: 'anthropic-admin-key',
      truePositives: [{ text: `x-api-key: ${anthropicAdmin}`, secret: anthropicAdmin }],
      falsePositives: ['x-api-key: sk-ant-admin01-...', `x-api-key: sk-ant-admin01-${'x'.repeat(93)}AA`],
    },
    {
      ruleId: 'zhipu-api-key',
      truePositives: [
        { text: `ZHIPUAI_API_KEY=${zhipu}`, secret: zhipu },
        { text: `GLM_API_KEY: "${zhipu2}"`, secret: zhipu2 },
      ],
      falsePositives: [
        'ZHIPUAI_API_KEY=your-api-key',
        `build_id = ${f.chars(HEX, 32)}.${f.chars(BASE62, 16)}`,
        'ZHIPUAI_API_KEY=${ZHIPUAI_API_KEY}',
      ],
    },
  ];
}

function messagingCases(f: FakeSecrets): RuleCases[] {
  const bot = join('xo', 'xb-', f.chars(DIGITS, 12), '-', f.chars(DIGITS, 13), '-', f.chars(BASE62, 24));
  const user = join('xo', 'xp-', f.chars(DIGITS, 12), '-', f.chars(DIGITS, 12), '-', f.chars(DIGITS, 13), '-', f.chars(HEX, 32));
  const rotating = join('xo', 'xe.xoxp-1-', f.chars(BASE62, 160));
  const refresh = join('xo', 'xe-1-', f.chars(BASE62, 150));
  const app = join('xa', 'pp-1-A', f.chars(UPPER_ALNUM, 10), '-', f.chars(DIGITS, 13), '-', f.chars(HEX, 64));
  const trigger = join('hooks.slack.com/triggers/T', f.chars(UPPER_ALNUM, 10), '/', f.chars(DIGITS, 13), '/', f.chars(HEX, 32));
  const hook = join('hooks.slack.com/services/T', f.chars(UPPER_ALNUM, 10), '/B', f.chars(UPPER_ALNUM, 10), '/', f.chars(BASE62, 24));
  const twilioKey = join('S', 'K', f.chars(HEX, 32));
  const twilioToken = f.chars(HEX, 32);
  const twilioSecret = f.chars(BASE62, 32);
  const sendgrid = join('S', 'G.', f.chars(BASE64URL, 22), '.', f.chars(BASE64URL, 43));
  return [
    {
      ruleId: 'slack-bot-token',
      truePositives: [{ text: `SLACK_BOT_TOKEN=${bot}`, secret: bot }],
      falsePositives: ['SLACK_BOT_TOKEN=xoxb-your-bot-token', 'SLACK_BOT_TOKEN=xoxb-0000000000-0000000000-xxxxxxxxxxxxxxxxxxxxxxxx'],
    },
    {
      ruleId: 'slack-user-token',
      truePositives: [{ text: `slack:\n  user_token: '${user}'`, secret: user }],
      falsePositives: [`slack:\n  user_token: 'xoxp-${f.chars(DIGITS, 12)}-${f.chars(DIGITS, 12)}'`],
    },
    {
      ruleId: 'slack-rotating-token',
      truePositives: [
        { text: `access_token: ${rotating}`, secret: rotating },
        { text: `refresh_token: ${refresh}`, secret: refresh },
      ],
      falsePositives: [`refresh_token: xoxe-1-${f.chars(BASE62, 40)}`],
    },
    {
      ruleId: 'slack-app-token',
      truePositives: [{ text: `SLACK_APP_TOKEN=${app}`, secret: app }],
      falsePositives: ['SLACK_APP_TOKEN=xapp-1-A0000000000-0000000000000-xxxxxxxx'],
    },
    {
      ruleId: 'slack-webhook-url',
      truePositives: [
        { text: `SLACK_WEBHOOK_URL=https://${hook}`, secret: hook },
        { text: `curl -X POST https://${trigger} -d '{"text":"deployed"}'`, secret: trigger },
      ],
      falsePositives: [
        'SLACK_WEBHOOK_URL=https://hooks.slack.com/services/T00000000/B00000000/XXXXXXXXXXXXXXXXXXXXXXXX',
        'url: https://hooks.slack.com/services/${{ secrets.SLACK_WEBHOOK }}',
      ],
    },
    {
      ruleId: 'twilio-api-key',
      truePositives: [{ text: `TWILIO_API_KEY=${twilioKey}`, secret: twilioKey }],
      falsePositives: [`sku: SK${f.chars('0123456789ABCDEF', 32)}`, 'TWILIO_API_KEY=SKxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx'],
    },
    {
      ruleId: 'twilio-auth-token',
      truePositives: [
        { text: `TWILIO_AUTH_TOKEN=${twilioToken}`, secret: twilioToken },
        { text: `TWILIO_API_SECRET="${twilioSecret}"`, secret: twilioSecret },
      ],
      falsePositives: [
        'TWILIO_AUTH_TOKEN=${TWILIO_AUTH_TOKEN}',
        // The account SID identifies an account; alone it grants nothing.
        `TWILIO_ACCOUNT_SID=AC${f.chars(HEX, 32)}`,
      ],
    },
    {
      ruleId: 'sendgrid-api-key',
      truePositives: [{ text: `SENDGRID_API_KEY='${sendgrid}'`, secret: sendgrid }],
      falsePositives: ['SENDGRID_API_KEY=SG.xxxxxxxx.yyyyyyyy', `SENDGRID_API_KEY=SG.${f.chars(BASE64URL, 22)}`],
    },
  ];
}

function paymentCases(f: FakeSecrets): RuleCases[] {
  const live = join('sk', '_live_', f.chars(BASE62, 99));
  const restricted = join('rk', '_live_', f.chars(BASE62, 99));
  const test = join('sk', '_test_', f.chars(BASE62, 99));
  const webhook = join('wh', 'sec_', f.chars(BASE62, 32));
  return [
    {
      ruleId: 'stripe-live-secret-key',
      truePositives: [
        { text: `STRIPE_SECRET_KEY=${live}`, secret: live },
        { text: `Stripe.api_key = "${restricted}"`, secret: restricted },
      ],
      falsePositives: [
        `STRIPE_PUBLISHABLE_KEY=pk_live_${f.chars(BASE62, 99)}`,
        'STRIPE_SECRET_KEY=sk_live_xxxxxxxxxxxxxxxxxxxxxxxx',
      ],
    },
    {
      ruleId: 'stripe-test-secret-key',
      truePositives: [{ text: `STRIPE_SECRET_KEY=${test}`, secret: test }],
      falsePositives: [join('stripe.api_key = "sk', '_test_', '4eC39HqLyjWDarjtT1zdp7dc"')],
    },
    {
      ruleId: 'stripe-webhook-secret',
      truePositives: [{ text: `STRIPE_WEBHOOK_SECRET=${webhook}`, secret: webhook }],
      falsePositives: ['STRIPE_WEBHOOK_SECRET=whsec_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx', 'STRIPE_WEBHOOK_SECRET=whsec_...'],
    },
  ];
}

function packageRegistryCases(f: FakeSecrets): RuleCases[] {
  const npm = f.checksummedToken('npm');
  const pypi = join('pypi-', 'AgEIcHlwaS5vcmc', f.chars(BASE64URL, 160));
  const testPypi = join('pypi-', 'AgENdGVzdC5weXBpLm9yZw', f.chars(BASE64URL, 160));
  return [
    {
      ruleId: 'npm-access-token',
      truePositives: [{ text: `//registry.npmjs.org/:_authToken=${npm}`, secret: npm }],
      falsePositives: [
        'npm_config_registry=https://registry.npmjs.org/',
        'echo "$npm_package_version"',
        `//registry.npmjs.org/:_authToken=npm_${'x'.repeat(36)}`,
        '//registry.npmjs.org/:_authToken=${NPM_TOKEN}',
      ],
    },
    {
      ruleId: 'pypi-upload-token',
      truePositives: [
        { text: `[pypi]\n  username = __token__\n  password = ${pypi}\n`, secret: pypi },
        { text: `TWINE_PASSWORD=${testPypi}`, secret: testPypi },
      ],
      falsePositives: ['password = pypi-AgEIcHlwaS5vcmc...', `password = pypi-${f.chars(BASE64URL, 60)}`],
    },
  ];
}

function vaultCases(f: FakeSecrets): RuleCases[] {
  const service = join('hv', 's.CAESI', f.chars(BASE64URL, 90));
  const batch = join('hv', 'b.AAAAAQ', f.chars(BASE64URL, 130));
  const legacyBatch = join('b', '.AAAAAQ', f.chars(BASE64URL, 130));
  const recovery = join('hv', 'r.', f.chars(BASE62, 24));
  const legacy = join('s', '.', f.chars(BASE62, 24));
  const legacy2 = join('s', '.', f.chars(BASE62, 24));
  return [
    {
      ruleId: 'vault-service-token',
      truePositives: [{ text: `VAULT_TOKEN=${service}`, secret: service }],
      falsePositives: [
        'VAULT_TOKEN=hvs.xxxxxxxxxxxxxxxxxxxxxxxx',
        'id  hvs.CAESIABcDeFgHiJkLmNoPqRsTuVwXyZ',
        `VAULT_TOKEN=hvs.${f.chars(BASE62, 12)}`,
      ],
    },
    {
      ruleId: 'vault-batch-token',
      truePositives: [
        { text: `token: ${batch}`, secret: batch },
        { text: `"client_token": "${legacyBatch}"`, secret: legacyBatch },
      ],
      falsePositives: [`token: hvb.${f.chars(BASE64URL, 40)}`],
    },
    {
      ruleId: 'vault-recovery-token',
      truePositives: [{ text: `VAULT_RECOVERY_TOKEN=${recovery}`, secret: recovery }],
      falsePositives: ['recovery: hvr.<generated>'],
    },
    {
      ruleId: 'vault-legacy-service-token',
      truePositives: [
        { text: `export VAULT_TOKEN=${legacy}`, secret: legacy },
        { text: `curl -H "X-Vault-Token: ${legacy2}" https://vault.acme.internal/v1/secret/data/app`, secret: legacy2 },
      ],
      falsePositives: [`session = s.${f.chars(BASE62, 24)}`, 'VAULT_TOKEN=s.xxxxxxxxxxxxxxxxxxxxxxxx'],
    },
  ];
}

function cryptoKeyCases(f: FakeSecrets): RuleCases[] {
  const pem = (label: string, lines: string[], headers: string[] = []): string =>
    [`-----BEGIN ${label}-----`, ...headers, ...lines, `-----END ${label}-----`].join('\n');
  const rsa = pem('RSA PRIVATE KEY', f.pemBody(1190));
  const openssh = pem('OPENSSH PRIVATE KEY', f.pemBody(400));
  const encrypted = pem('RSA PRIVATE KEY', f.pemBody(1190), [
    'Proc-Type: 4,ENCRYPTED',
    `DEK-Info: AES-128-CBC,${f.chars(HEX, 32).toUpperCase()}`,
    '',
  ]);
  const escaped = `-----BEGIN EC PRIVATE KEY-----\\n${f.pemBody(121).join('\\n')}\\n-----END EC PRIVATE KEY-----`;
  const age = f.ageIdentity(false);
  const agePq = f.ageIdentity(true);
  const recipient = `age1${f.chars('qpzry9x8gf2tvdw0s3jn54khce6mua7l', 58)}`;
  return [
    {
      ruleId: 'private-key',
      truePositives: [
        { text: `${rsa}\n`, secret: rsa },
        { text: `deploy_key: |\n  ${openssh.split('\n').join('\n  ')}\n`, secret: openssh.split('\n').join('\n  ') },
        { text: encrypted, secret: encrypted },
        { text: `SIGNING_KEY="${escaped}"`, secret: escaped },
      ],
      falsePositives: [
        pem('PUBLIC KEY', f.pemBody(294)),
        pem('CERTIFICATE', f.pemBody(600)),
        '-----BEGIN RSA PRIVATE KEY-----\n...\n-----END RSA PRIVATE KEY-----',
        '-----BEGIN PRIVATE KEY-----\n<your private key>\n-----END PRIVATE KEY-----',
      ],
    },
    {
      ruleId: 'age-secret-key',
      truePositives: [
        { text: `# created: 2024-05-01T10:00:00Z\n# public key: ${recipient}\n${age}\n`, secret: age },
        { text: `SOPS_AGE_KEY=${agePq}`, secret: agePq },
      ],
      falsePositives: [
        `SOPS_AGE_KEY=AGE-SECRET-KEY-1${'X'.repeat(58)}`,
        `SOPS_AGE_KEY=AGE-SECRET-KEY-1${f.chars('QPZRY9X8GF2TVDW0S3JN54KHCE6MUA7L', 29)}BIO${f.chars('QPZRY9X8GF2TVDW0S3JN54KHCE6MUA7L', 26)}`,
        `recipients: ${recipient}`,
      ],
    },
  ];
}

function genericCases(f: FakeSecrets): RuleCases[] {
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

/** Every case, generated from one fixed seed. */
export function buildRuleCases(seed = 0x5ec2e75): RuleCases[] {
  const f = new FakeSecrets(seed);
  return [
    ...githubCases(f),
    ...gitlabCases(f),
    ...cloudCases(f),
    ...aiCases(f),
    ...messagingCases(f),
    ...paymentCases(f),
    ...packageRegistryCases(f),
    ...vaultCases(f),
    ...cryptoKeyCases(f),
    ...genericCases(f),
  ];
}

export const BUILTIN_RULE_CASES: RuleCases[] = buildRuleCases();
