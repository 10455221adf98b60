import { makeRepo, runCheck } from '../../../test/temp-repo';
import { sopsPolicy } from './sops-policy';

const R1 = `age1${'qpzry9x8gf2tvdw0s3jn54khce6mua7l'.repeat(2).slice(0, 58)}`;
const R2 = `age1${'ac'.repeat(29)}`;

describe('sops-policy', () => {
  test('pass: age only, the rule covers the bundle', async () => {
    const text = ['creation_rules:', '  - path_regex: config/secrets\\.enc\\.yaml$', `    age: ${R1},${R2}`, ''].join('\n');
    const result = await runCheck(sopsPolicy, makeRepo({ '.sops.yaml': text }));
    expect(result.status).toBe('pass');
    expect(result.evidence).toEqual([{ file: '.sops.yaml', line: 1 }]);
  });

  test('skip: a repository that does not use SOPS (Vault only) needs no policy', async () => {
    expect(await runCheck(sopsPolicy, makeRepo({ 'a.txt': 'x' }))).toEqual({
      status: 'skip',
      details: 'the repository does not use SOPS: no .sops.yaml, no bundle at config/secrets.enc.yaml, no workflow step decrypting one',
      evidence: [],
    });
  });

  test('fail: missing while the bundle exists or a workflow decrypts one', async () => {
    expect(await runCheck(sopsPolicy, makeRepo({ 'config/secrets.enc.yaml': 'A: 1\n' }))).toEqual({
      status: 'fail',
      details: '.sops.yaml is missing, yet the repository uses SOPS',
      evidence: [{ file: 'config/secrets.enc.yaml', line: null }],
    });
    const workflow = ['on: push', 'jobs:', '  test:', '    runs-on: ubuntu-latest', '    steps:', `      - uses: org/mcp-secrets/sync@${'a'.repeat(40)}`, '        with:', '          provider: sops', ''].join('\n');
    const ageKeyInEnv = ['on: push', 'env:', '  SOPS_AGE_KEY: ${{ secrets.K }}', 'jobs:', '  t:', '    runs-on: ubuntu-latest', '    steps:', '      - run: make', ''].join('\n');
    const result = await runCheck(sopsPolicy, makeRepo({ '.github/workflows/t.yml': workflow, '.github/workflows/k.yml': ageKeyInEnv }));
    expect(result.status).toBe('fail');
    expect(result.evidence).toEqual([{ file: '.github/workflows/k.yml', line: null }, { file: '.github/workflows/t.yml', line: 6 }]);
  });

  test('fail: unparsable', async () => {
    const result = await runCheck(sopsPolicy, makeRepo({ '.sops.yaml': 'creation_rules:\n  - age: [unclosed\n' }));
    expect(result.status).toBe('fail');
    expect(result.details).toContain('is not valid YAML');
  });

  test('fail: pgp and kms keys, a key group without age, a malformed recipient', async () => {
    const text = [
      'creation_rules:',
      '  - path_regex: \\.enc\\.yaml$',
      `    age: ${R1}`,
      '    pgp: FBC7B9E2A4F9289AC0C1D4843D16CEE4A27381B4',
      '  - path_regex: other/.*',
      '    key_groups:',
      '      - kms:',
      '          - arn: arn:aws:kms:us-east-1:1:key/x',
      '        age:',
      '          - age1notarecipient',
      '',
    ].join('\n');
    const result = await runCheck(sopsPolicy, makeRepo({ '.sops.yaml': text }));
    expect(result.status).toBe('fail');
    expect(result.details).toBe('`pgp` key at line 4 (age only); `kms` key at line 7 (age only); malformed age recipient at line 10');
    expect(result.evidence).toEqual([
      { file: '.sops.yaml', line: 4 },
      { file: '.sops.yaml', line: 7 },
      { file: '.sops.yaml', line: 10 },
    ]);
  });

  test('pass with an allowed key type; fail for a rule with no age at all', async () => {
    const allowed = ['creation_rules:', '  - pgp: ABC', `    age: ${R1}`, ''].join('\n');
    expect((await runCheck(sopsPolicy, makeRepo({ '.sops.yaml': allowed }), { options: { allowedSopsKeyTypes: ['pgp'] } })).status).toBe('pass');
    const noAge = ['creation_rules:', '  - pgp: ABC', ''].join('\n');
    const result = await runCheck(sopsPolicy, makeRepo({ '.sops.yaml': noAge }), { options: { allowedSopsKeyTypes: ['pgp'] } });
    expect(result).toEqual({ status: 'fail', details: 'creation rule at line 2 has no age recipient', evidence: [{ file: '.sops.yaml', line: 2 }] });
  });

  test('warn: no path_regex matches the bundle', async () => {
    const text = ['creation_rules:', '  - path_regex: ^secrets/.*', `    age: ${R1}`, ''].join('\n');
    const result = await runCheck(sopsPolicy, makeRepo({ '.sops.yaml': text }));
    expect(result).toEqual({
      status: 'warn',
      details: "no creation rule's `path_regex` matches config/secrets.enc.yaml",
      evidence: [{ file: '.sops.yaml', line: 1 }],
    });
  });
});
