import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { makeRepo, runCheck } from '../../../test/temp-repo';
import { noPrivateKeysTracked } from './no-private-keys-tracked';

// Built at run time so the repository never holds anything shaped like a real key.
const AGE_KEY = `AGE-SECRET-KEY-1${'QPZRY9X8GF2TVDW0S3JN54KHCE6MUA7L'.repeat(2).slice(0, 58)}`;
const PEM = [`-----BEGIN ${'OPENSSH'} PRIVATE KEY-----`, 'b3BlbnNzaC1rZXktdjEAAAAA', '-----END OPENSSH PRIVATE KEY-----'].join('\n');

describe('no-private-keys-tracked', () => {
  test('pass: mentions of the formats are not keys; untracked keys are not this check\'s business', async () => {
    const rule = `regex: '"(-----BEGIN ${'PRIVATE'} KEY-----(?:\\\\n)?[A-Za-z0-9+/=\\\\]{64,}?-----END PRIVATE KEY-----)"'\n`;
    const dir = makeRepo({ 'docs/keys.md': 'Keys look like AGE-SECRET-KEY-1... and PRIVATE KEY blocks.\n', 'rules.ts': rule });
    writeFileSync(join(dir, 'untracked.pem'), PEM);
    const result = await runCheck(noPrivateKeysTracked, dir);
    expect(result).toEqual({ status: 'pass', details: 'no tracked file holds a private key', evidence: [] });
  });

  test('fail: an age key and a PEM key, with lines, never the key', async () => {
    const dir = makeRepo({ 'ops/keys.txt': `# created: 2026\n# public key: age1x\n${AGE_KEY}\n`, 'deploy/id': `\n${PEM}\n` });
    const result = await runCheck(noPrivateKeysTracked, dir);
    expect(result.status).toBe('fail');
    expect(result.evidence).toEqual([
      { file: 'deploy/id', line: 2 },
      { file: 'ops/keys.txt', line: 3 },
    ]);
    expect(result.details).toBe('PEM private key in deploy/id:2; age secret key in ops/keys.txt:3');
    expect(result.details).not.toContain(AGE_KEY.slice(16));
  });

  test('fail: a key inside a JSON credential file', async () => {
    const json = `{\n  "type": "service_account",\n  "private_key": "-----BEGIN ${'PRIVATE'} KEY-----\\n${'MIIEvQIBADANBgkqhkiG9w0BAQEFAASC'.repeat(2)}\\n-----END PRIVATE KEY-----\\n"\n}\n`;
    const result = await runCheck(noPrivateKeysTracked, makeRepo({ 'gcp.json': json }));
    expect(result).toEqual({ status: 'fail', details: 'PEM private key in gcp.json:3', evidence: [{ file: 'gcp.json', line: 3 }] });
  });

  test('pass: allowlisted fixtures are counted, binaries skipped', async () => {
    const dir = makeRepo({ 'test/fixtures/key.txt': `${AGE_KEY}\n`, 'img.bin': `\0${AGE_KEY}` });
    const result = await runCheck(noPrivateKeysTracked, dir, { options: { privateKeyAllowlist: ['test/fixtures/**'] } });
    expect(result).toEqual({ status: 'pass', details: 'no tracked file holds a private key (1 allowlisted fixture file)', evidence: [] });
  });
});
