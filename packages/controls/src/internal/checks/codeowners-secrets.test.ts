import { makeRepo, runCheck } from '../../../test/temp-repo';
import { codeownersSecrets } from './codeowners-secrets';

describe('codeowners-secrets', () => {
  test('pass: evidence is each owning rule, last match wins', async () => {
    const text = ['# owners', '*  @org/dev', '/.sops.yaml @org/security', 'config/*.enc.yaml @org/security', '.github/workflows/ @org/platform', ''].join('\n');
    const result = await runCheck(codeownersSecrets, makeRepo({ '.github/CODEOWNERS': text, '.sops.yaml': 'creation_rules: []\n' }));
    expect(result.status).toBe('pass');
    expect(result.evidence).toEqual([
      { file: '.github/CODEOWNERS', line: 3 },
      { file: '.github/CODEOWNERS', line: 4 },
      { file: '.github/CODEOWNERS', line: 5 },
    ]);
  });

  test('pass: a repository that does not use SOPS needs owners for its workflows only', async () => {
    const result = await runCheck(codeownersSecrets, makeRepo({ '.github/CODEOWNERS': '/.github/workflows/ @org/platform\n' }));
    expect(result).toEqual({
      status: 'pass',
      details: '.github/CODEOWNERS assigns owners to .github/workflows/ (the repository does not use SOPS: its policy and bundle need none)',
      evidence: [{ file: '.github/CODEOWNERS', line: 1 }],
    });
  });

  test('fail: missing file', async () => {
    const result = await runCheck(codeownersSecrets, makeRepo({ 'README.md': 'x' }));
    expect(result.status).toBe('fail');
    expect(result.details).toContain('no CODEOWNERS');
  });

  test('fail: an unowned path and a rule that clears the owner; .github/ wins over the root file', async () => {
    const text = ['/.sops.yaml @org/security', '/.github/ @org/platform', '/.github/workflows/', ''].join('\n');
    const dir = makeRepo({ '.github/CODEOWNERS': text, CODEOWNERS: '* @everyone\n', '.sops.yaml': 'creation_rules: []\n' });
    const result = await runCheck(codeownersSecrets, dir);
    expect(result.status).toBe('fail');
    expect(result.details).toBe('config/secrets.enc.yaml has no owner; .github/workflows/ has no owner (`/.github/workflows/` clears it)');
    expect(result.evidence).toEqual([
      { file: '.github/CODEOWNERS', line: null },
      { file: '.github/CODEOWNERS', line: 3 },
    ]);
  });
});
