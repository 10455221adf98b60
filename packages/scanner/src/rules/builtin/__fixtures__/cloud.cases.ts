// True- and false-positive examples of the cloud rules (see rule-cases.ts).
import { BASE32_UPPER, BASE36, BASE64, BASE64URL, DIGITS, FakeSecrets, HEX } from './fake-secrets';
import { join, type RuleCases } from './rule-cases';

export function cloudCases(f: FakeSecrets): RuleCases[] {
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
