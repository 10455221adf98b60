import { makeRepo, runCheck } from '../../../test/temp-repo';
import { envFilesIgnored, isSecretFileName } from './env-files-ignored';

const GOOD_IGNORE = ['node_modules/', '.env', '*.env', '.env.*', '!.env.example', 'keys.txt', 'mcp-age-key.txt', ''].join('\n');

describe('env-files-ignored', () => {
  test('names: .env family and age key files, not templates', () => {
    expect(['.env', 'config/prod.env', '.env.local', 'keys.txt', 'a/mcp-age-key.txt'].every(isSecretFileName)).toBe(true);
    expect(['.env.example', 'ci.env.example', '.envrc', 'env.ts', 'keys.txt.sample'].some(isSecretFileName)).toBe(false);
  });

  test('pass: everything ignored, evidence is the deciding .gitignore lines', async () => {
    const dir = makeRepo({ '.gitignore': GOOD_IGNORE, '.env.example': 'A=\n' });
    const result = await runCheck(envFilesIgnored, dir);
    expect(result.status).toBe('pass');
    expect(result.details).toBe('secret files are ignored and none is tracked (mcp-age-key.txt not required: the repository does not use SOPS)');
    expect(result.evidence).toEqual([
      { file: '.gitignore', line: 3 },
      { file: '.gitignore', line: 6 },
    ]);
  });

  test('mcp-age-key.txt must be ignored where SOPS (age) is used; tracked, it fails anywhere', async () => {
    const withoutIdentity = GOOD_IGNORE.replace('mcp-age-key.txt\n', '');
    const sops = await runCheck(envFilesIgnored, makeRepo({ '.gitignore': withoutIdentity, '.sops.yaml': 'creation_rules: []\n' }));
    expect(sops).toEqual({ status: 'fail', details: '`mcp-age-key.txt` (age key file) not git-ignored', evidence: [{ file: '.gitignore', line: null }] });
    const withIdentity = await runCheck(envFilesIgnored, makeRepo({ '.gitignore': GOOD_IGNORE, '.sops.yaml': 'creation_rules: []\n' }));
    expect(withIdentity).toEqual({ status: 'pass', details: 'secret files are ignored and none is tracked', evidence: [3, 6, 7].map((line) => ({ file: '.gitignore', line })) });
    const tracked = await runCheck(envFilesIgnored, makeRepo({ '.gitignore': withoutIdentity, 'mcp-age-key.txt': 'x\n' }));
    expect(tracked.details).toBe('mcp-age-key.txt is tracked');
  });

  test('fail: a tracked .env even though ignored now', async () => {
    const dir = makeRepo({ 'deploy/prod.env': 'A=1\n' });
    const { writeFileSync } = await import('node:fs');
    writeFileSync(`${dir}/.gitignore`, GOOD_IGNORE);
    const result = await runCheck(envFilesIgnored, dir);
    expect(result.status).toBe('fail');
    expect(result.details).toBe('deploy/prod.env is tracked');
    expect(result.evidence).toEqual([{ file: 'deploy/prod.env', line: null }]);
  });

  test('fail: a negation re-includes a key file, and *.env is not ignored', async () => {
    const dir = makeRepo({ '.gitignore': ['.env', '*.txt', '!keys.txt', 'mcp-age-key.txt', ''].join('\n') });
    const result = await runCheck(envFilesIgnored, dir);
    expect(result.status).toBe('fail');
    expect(result.details).toBe('`*.env` files not git-ignored; `keys.txt` (age key file) re-included by `!keys.txt`');
    expect(result.evidence).toEqual([
      { file: '.gitignore', line: null },
      { file: '.gitignore', line: 3 },
    ]);
  });

  test('fail: no .gitignore at all', async () => {
    const result = await runCheck(envFilesIgnored, makeRepo({ 'README.md': 'x' }));
    expect(result.status).toBe('fail');
    expect(result.evidence).toEqual([]);
  });
});
