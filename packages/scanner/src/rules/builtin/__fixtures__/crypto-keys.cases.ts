// True- and false-positive examples of the crypto-keys rules (see rule-cases.ts).
import { FakeSecrets, HEX } from './fake-secrets';
import type { RuleCases } from './rule-cases';

export function cryptoKeyCases(f: FakeSecrets): RuleCases[] {
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
