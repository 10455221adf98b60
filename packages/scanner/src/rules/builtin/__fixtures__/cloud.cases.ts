// True- and false-positive examples of the cloud rules: AWS and Google Cloud (see rule-cases.ts).
import { BASE32_UPPER, BASE36, BASE64, BASE64URL, DIGITS, FakeSecrets, HEX } from './fake-secrets';
import { base64, placed, word } from './provider-fakes';
import { join, UPPER_ALNUM, type RuleCases } from './rule-cases';

/** An STS session token: base64 of its binary form, which starts with a length, `\n` and a marker. */
function sessionToken(f: FakeSecrets, regional: boolean): string {
  const marker = regional ? [0x21, 0x0a, 0x09, ...Buffer.from('origin_ec')] : [0x17, 0x0a, 0x06, ...Buffer.from('er/aws')];
  return base64(Uint8Array.from([...marker, ...f.bytes(regional ? 420 : 300)]));
}

/** 40 base64 characters with upper case, lower case and a digit, as every AWS secret key has. */
function randomBase64(f: FakeSecrets, n: number): string {
  for (;;) {
    const v = f.chars(BASE64, n);
    if (/[A-Z]/.test(v) && /[a-z]/.test(v) && /[0-9]/.test(v)) return v;
  }
}

export function cloudCases(f: FakeSecrets): RuleCases[] {
  const akia = join('AK', 'IA', f.chars(BASE32_UPPER, 16));
  const asia = join('AS', 'IA', f.chars(BASE32_UPPER, 16));
  const abia = join('AB', 'IA', f.chars(BASE32_UPPER, 16));
  const awsSecret = f.chars(BASE64, 40);
  const awsSecret2 = f.chars(BASE64, 40);
  const pairId = join('AK', 'IA', f.chars(BASE32_UPPER, 16));
  const pairSecret = randomBase64(f, 40);
  const pairId2 = join('AS', 'IA', f.chars(BASE32_UPPER, 16));
  const pairSecret2 = randomBase64(f, 40);
  const legacySession = sessionToken(f, false);
  const regionalSession = sessionToken(f, true);
  const regionalSession2 = sessionToken(f, true);
  const bedrockLong = join('AB', 'SK', base64(`BedrockAPIKey-${f.chars(BASE36, 4)}-at-${f.chars(DIGITS, 12)}:${f.chars(BASE64, 60)}`));
  const presigned =
    `bedrock.amazonaws.com/?Action=CallWithBearerToken&X-Amz-Algorithm=AWS4-HMAC-SHA256&X-Amz-Credential=${join('AS', 'IA', f.chars(BASE32_UPPER, 16))}` +
    `%2F20250101%2Fus-east-1%2Fbedrock%2Faws4_request&X-Amz-Date=20250101T000000Z&X-Amz-Expires=43200` +
    `&X-Amz-Security-Token=${encodeURIComponent(sessionToken(f, true))}&X-Amz-Signature=${f.chars(HEX, 64)}&X-Amz-SignedHeaders=host&Version=1`;
  const bedrockShort = join('bedrock', '-api-key-', base64(presigned));
  const googleKey = join('AI', 'za', f.chars(BASE64URL, 35));
  const googleKey2 = join('AI', 'za', f.chars(BASE64URL, 35));
  const oauthSecret = join('GOC', 'SPX-', f.chars(BASE64URL, 28));
  const accessToken = join('ya', '29.a0', f.chars(BASE64URL, 160));
  const saKey = `-----BEGIN PRIVATE KEY-----\\n${f.pemBody(1216).join('\\n')}\\n-----END PRIVATE KEY-----\\n`;
  const saKey2 = `-----BEGIN PRIVATE KEY-----\\n${f.pemBody(1216).join('\\n')}\\n-----END PRIVATE KEY-----\\n`;
  return [
    {
      ruleId: 'aws-access-token',
      truePositives: [
        { text: `[default]\naws_access_key_id = ${akia}\n`, secret: akia },
        { text: `{"AccessKeyId": "${asia}", "Expiration": "2030-01-01T00:00:00Z"}`, secret: asia },
        ...placed('AWS_ACCESS_KEY_ID', abia, ['env', 'ts']),
        // Near a key id, a 40-character value that is too far, a git SHA or lower case is not its secret key.
        { text: `id: ${pairId}\n\n\n\nother: ${pairSecret}\n`, path: 'far.yaml', secret: pairId },
        { text: `${pairId},${f.chars(HEX, 40)}\n`, secret: pairId },
        { text: `${pairId2},${f.chars('abcdefghijklmnopqrstuvwxyz0123456789', 40)}\n`, secret: pairId2 },
      ],
      falsePositives: [
        join('aws_access_key_id = AKIA', 'IOSFODNN7EXAMPLE'),
        `aws_access_key_id = AKIA${f.chars(BASE32_UPPER, 15)}`,
        `aws_access_key_id = AKIA${f.chars(BASE32_UPPER, 8)}0189${f.chars(BASE32_UPPER, 4)}`,
        `"GroupId": "AGPA${f.chars(BASE32_UPPER, 16)}"`,
        'aws_access_key_id = ${AWS_ACCESS_KEY_ID}',
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
      ruleId: 'aws-secret-access-key-pair',
      truePositives: [
        // The credentials file the AWS console offers for download.
        {
          text: `User name,Password,Access key ID,Secret access key,Console login link\nci-bot,,${pairId},${pairSecret},https://acme.signin.aws.amazon.com/console\n`,
          path: 'ci-bot_credentials.csv',
          secret: pairSecret,
          others: [{ ruleId: 'aws-access-token', secret: pairId }],
        },
        { text: `s3 = boto3.client("s3", "eu-west-1", "${pairId2}", "${pairSecret2}")\n`, path: 'sync.py', secret: pairSecret2, others: [{ ruleId: 'aws-access-token', secret: pairId2 }] },
        {
          text: `storage:\n  key: ${pairId}\n  value: ${pairSecret}\n`,
          path: 'values.yaml',
          secret: pairSecret,
          others: [{ ruleId: 'aws-access-token', secret: pairId }],
        },
      ],
      falsePositives: [
        // No key id nearby: a 40-character base64 value alone says nothing (aws-access-token's cases
        // hold an id with a value too far, a git SHA or a lower-case value: only the id is reported).
        `checksum: ${pairSecret}`,
        join('AKIAIOSFODNN7', 'EXAMPLE,wJalrXUtnFEMI/K7MDENG/bPxRfiCY', 'EXAMPLEKEY'),
      ],
    },
    {
      ruleId: 'aws-session-token',
      truePositives: [
        { text: `[profile ci]\nregion = eu-west-1\naws_session_token = ${legacySession}\n`, secret: legacySession },
        { text: `{"Credentials": {"SessionToken": "${regionalSession}"}}`, secret: regionalSession },
        { text: `export AWS_SESSION_TOKEN=${regionalSession2}\n`, secret: regionalSession2 },
      ],
      falsePositives: [
        'aws_session_token = ${AWS_SESSION_TOKEN}',
        join('"SessionToken": "IQoJb3JpZ2luX2Vj', 'EXAMPLE..."'),
        `"SessionToken": "${base64(`\u0017\n\u0006er/aws${word(f, 20)}`)}"`,
      ],
    },
    {
      ruleId: 'aws-amazon-bedrock-api-key-long-lived',
      truePositives: [
        ...placed('AWS_BEARER_TOKEN_BEDROCK', bedrockLong, ['env', 'json', 'sh']),
      ],
      falsePositives: [
        'AWS_BEARER_TOKEN_BEDROCK=ABSK...',
        `build_id: ABSK${f.chars(UPPER_ALNUM, 20)}`,
        'AWS_BEARER_TOKEN_BEDROCK=<your-bedrock-api-key>',
      ],
    },
    {
      ruleId: 'aws-amazon-bedrock-api-key-short-lived',
      truePositives: [
        { text: `AWS_BEARER_TOKEN_BEDROCK=${bedrockShort}\n`, secret: bedrockShort },
        { text: `client = boto3.client("bedrock-runtime")\n# token = "${bedrockShort}"\n`, secret: bedrockShort },
      ],
      falsePositives: [
        join('AWS_BEARER_TOKEN_BEDROCK=bedrock-api-key-', 'YmVkcm9jay5hbWF6b25hd3MuY29t...'),
        'token = provider.get_token()  # returns bedrock-api-key-...',
      ],
    },
    {
      ruleId: 'gcp-api-key',
      truePositives: [
        { text: `GEMINI_API_KEY=${googleKey}`, secret: googleKey },
        { text: `const firebaseConfig = {\n  apiKey: "${googleKey2}",\n  authDomain: "acme.firebaseapp.com",\n};`, secret: googleKey2 },
        { text: `curl "https://maps.googleapis.com/maps/api/geocode/json?address=Paris&key=${googleKey}"`, secret: googleKey },
      ],
      falsePositives: [
        `GEMINI_API_KEY=AIza${f.chars(BASE64URL, 34)}`,
        'GEMINI_API_KEY=AIzaSyXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXX',
        'GOOGLE_API_KEY=${GOOGLE_API_KEY}',
      ],
    },
    {
      ruleId: 'google-oauth-client-secret',
      truePositives: [
        { text: `{"web":{"client_id":"${f.chars(DIGITS, 12)}-${f.chars(BASE36, 32)}.apps.googleusercontent.com","client_secret":"${oauthSecret}"}}`, secret: oauthSecret },
        ...placed('GOOGLE_CLIENT_SECRET', oauthSecret, ['env', 'yaml']),
      ],
      falsePositives: ['"client_secret": "GOCSPX-xxxxxxxxxxxxxxxxxxxxxxxxxxxx"', `"client_secret": "GOCSPX-${f.chars(BASE64URL, 20)}"`],
    },
    {
      ruleId: 'google-oauth-access-token',
      truePositives: [
        { text: `curl -H "Authorization: Bearer ${accessToken}" https://www.googleapis.com/drive/v3/files`, secret: accessToken },
        { text: `{"access_token": "${accessToken}", "expires_in": 3599, "token_type": "Bearer"}`, secret: accessToken },
      ],
      falsePositives: ['Authorization: Bearer ya29.<access-token>', '"access_token": "ya29.a0AfH6SMBxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx"'],
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
        {
          // Re-serialized (keys sorted differently): the client_email right after the key identifies it.
          text: `{"private_key": "${saKey2}", "client_email": "ci@acme-prod.iam.gserviceaccount.com", "type": "service_account"}`,
          secret: saKey2,
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
