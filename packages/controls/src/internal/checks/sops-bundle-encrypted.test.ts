import { makeRepo, runCheck } from '../../../test/temp-repo';
import { sopsBundleEncrypted } from './sops-bundle-encrypted';

const BUNDLE = 'config/secrets.enc.yaml';
const R1 = `age1${'qpzry9x8gf2tvdw0s3jn54khce6mua7l'.repeat(2).slice(0, 58)}`;
const R2 = `age1${'ac'.repeat(29)}`;
// Well-formed envelopes (the check never decrypts): base64 data, a 32-byte iv, a 16-byte tag.
const enc = (type = 'str'): string =>
  `ENC[AES256_GCM,data:${Buffer.from('xyz').toString('base64')},iv:${Buffer.alloc(32, 2).toString('base64')},tag:${Buffer.alloc(16, 1).toString('base64')},type:${type}]`;

function bundle(opts: { apiKey?: string; mac?: string | null; recipients?: string[]; version?: boolean } = {}): string {
  const recipients = opts.recipients ?? [R1];
  return [
    `API_KEY: ${opts.apiKey ?? enc()}`,
    'PUBLIC_URL_unencrypted: https://example.test',
    `MCP_SECRETS_VERSION: ${enc()}`,
    'sops:',
    '    age:',
    ...recipients.flatMap((recipient) => [
      `        - recipient: ${recipient}`,
      '          enc: |',
      '            -----BEGIN AGE ENCRYPTED FILE-----',
      '            YWdlLWVuY3J5cHRpb24ub3JnL3YxCg==',
      '            -----END AGE ENCRYPTED FILE-----',
    ]),
    '    lastmodified: "2026-05-01T00:00:00Z"',
    ...(opts.mac === null ? [] : [`    mac: ${opts.mac ?? enc()}`]),
    '    unencrypted_suffix: _unencrypted',
    ...(opts.version === false ? [] : ['    version: 3.9.0']),
    '',
  ].join('\n');
}

const SOPS_YAML = ['creation_rules:', '  - path_regex: config/secrets\\.enc\\.yaml$', `    age: ${R1}`, ''].join('\n');

describe('sops-bundle-encrypted', () => {
  test('pass: every value encrypted or allowed in clear, recipients as .sops.yaml', async () => {
    const result = await runCheck(sopsBundleEncrypted, makeRepo({ [BUNDLE]: bundle(), '.sops.yaml': SOPS_YAML }));
    expect(result).toEqual({
      status: 'pass',
      details: `${BUNDLE}: 2 value(s) encrypted to 1 age recipient(s), MAC present`,
      evidence: [{ file: BUNDLE, line: null }],
    });
  });

  test('fail: a plaintext value (named by key only), a malformed envelope', async () => {
    const result = await runCheck(sopsBundleEncrypted, makeRepo({ [BUNDLE]: bundle({ apiKey: 'sk-live-plaintext' }), '.sops.yaml': SOPS_YAML }));
    expect(result).toEqual({ status: 'fail', details: '`API_KEY` is in plaintext', evidence: [{ file: BUNDLE, line: 1 }] });
    expect(result.details).not.toContain('sk-live');
    const malformed = await runCheck(sopsBundleEncrypted, makeRepo({ [BUNDLE]: bundle({ apiKey: 'ENC[AES256_GCM,data:abc' }), '.sops.yaml': SOPS_YAML }));
    expect(malformed.details).toBe('`API_KEY` is not a well-formed ENC[AES256_GCM,...] value');
  });

  test('fail: no MAC, a clear MAC, no version', async () => {
    expect((await runCheck(sopsBundleEncrypted, makeRepo({ [BUNDLE]: bundle({ mac: null }), '.sops.yaml': SOPS_YAML }))).details).toBe(
      'the sops metadata has no `mac`',
    );
    expect((await runCheck(sopsBundleEncrypted, makeRepo({ [BUNDLE]: bundle({ mac: 'ABCDEF' }), '.sops.yaml': SOPS_YAML }))).details).toBe(
      '`sops.mac` is not encrypted',
    );
    expect((await runCheck(sopsBundleEncrypted, makeRepo({ [BUNDLE]: bundle({ version: false }), '.sops.yaml': SOPS_YAML }))).details).toBe(
      'the sops metadata has no `version`',
    );
  });

  test('fail: not a sops file at all', async () => {
    const result = await runCheck(sopsBundleEncrypted, makeRepo({ [BUNDLE]: 'API_KEY: plain\n' }));
    expect(result.status).toBe('fail');
    expect(result.details).toContain(BUNDLE);
  });

  test('warn: recipients differ from .sops.yaml; skip: no bundle', async () => {
    const result = await runCheck(sopsBundleEncrypted, makeRepo({ [BUNDLE]: bundle({ recipients: [R1, R2] }), '.sops.yaml': SOPS_YAML }));
    expect(result).toEqual({
      status: 'warn',
      details: "the bundle's age recipients differ from .sops.yaml: 1 recipient(s) not in .sops.yaml (run `sops updatekeys`)",
      evidence: [
        { file: BUNDLE, line: null },
        { file: '.sops.yaml', line: null },
      ],
    });
    expect((await runCheck(sopsBundleEncrypted, makeRepo({ 'a.txt': 'x' }))).status).toBe('skip');
  });
});
