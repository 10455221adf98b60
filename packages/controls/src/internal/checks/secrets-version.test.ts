import { commitAll, makeRepo, runCheck, writeFiles } from '../../../test/temp-repo';
import { compareVersions, secretsVersion } from './secrets-version';

const BUNDLE = 'config/secrets.enc.yaml';
const ENC = 'ENC[AES256_GCM,data:abcd,iv:efgh,tag:ijkl,type:str]';

function bundle(version: string | undefined, extra = ''): string {
  return [`API_KEY: ${ENC}${extra}`, ...(version === undefined ? [] : [`MCP_SECRETS_VERSION: ${version}`]), 'sops:', '    version: 3.9.0', ''].join('\n');
}

describe('secrets-version', () => {
  test('compareVersions is numeric-aware', () => {
    expect(compareVersions('10', '9')).toBeGreaterThan(0);
    expect(compareVersions('1.9', '1.10')).toBeLessThan(0);
    expect(compareVersions('2026-05-30', '2026-06-01')).toBeLessThan(0);
  });

  test('pass: raised since the previous commit that changed the file', async () => {
    const dir = makeRepo({ [BUNDLE]: bundle('"7"') });
    writeFiles(dir, { 'other.txt': 'unrelated' });
    commitAll(dir, 'unrelated');
    writeFiles(dir, { [BUNDLE]: bundle('"8"', '1') });
    commitAll(dir, 'rotate');
    const result = await runCheck(secretsVersion, dir);
    expect(result.status).toBe('pass');
    expect(result.details).toMatch(/^MCP_SECRETS_VERSION 8, previously 7 \(commit [0-9a-f]{7}\)$/);
    expect(result.evidence).toEqual([{ file: BUNDLE, line: 2 }]);
  });

  test('fail: lower than the previous commit (uncommitted edit counts)', async () => {
    const dir = makeRepo({ [BUNDLE]: bundle('"12"') });
    writeFiles(dir, { [BUNDLE]: bundle('"9"', '2') });
    const result = await runCheck(secretsVersion, dir);
    expect(result.status).toBe('fail');
    expect(result.details).toMatch(/^MCP_SECRETS_VERSION went down from 12 \(commit [0-9a-f]{7}\) to 9$/);
    expect(result.evidence).toEqual([{ file: BUNDLE, line: 2 }]);
  });

  test('fail: absent', async () => {
    const result = await runCheck(secretsVersion, makeRepo({ [BUNDLE]: bundle(undefined) }));
    expect(result).toEqual({ status: 'fail', details: `${BUNDLE} has no \`MCP_SECRETS_VERSION\``, evidence: [{ file: BUNDLE, line: null }] });
  });

  test('pass: single commit; skip: no bundle', async () => {
    expect((await runCheck(secretsVersion, makeRepo({ [BUNDLE]: bundle('"1"') }))).details).toBe(
      `MCP_SECRETS_VERSION present; no earlier version of ${BUNDLE} in history`,
    );
    expect((await runCheck(secretsVersion, makeRepo({ 'a.txt': 'x' }))).status).toBe('skip');
  });

  test('encrypted: skip without a decryptor, compare with one', async () => {
    const dir = makeRepo({ [BUNDLE]: bundle(ENC) });
    writeFiles(dir, { [BUNDLE]: bundle(ENC.replace('abcd', 'zzzz')) });
    commitAll(dir, 'rotate');
    const skipped = await runCheck(secretsVersion, dir);
    expect(skipped.status).toBe('skip');
    expect(skipped.details).toContain('encrypted and no age key was given');
    const decryptBundle = async (content: string) => ({ MCP_SECRETS_VERSION: content.includes('zzzz') ? '3' : '4' });
    const result = await runCheck(secretsVersion, dir, { decryptBundle });
    expect(result.status).toBe('fail');
    expect(result.details).toMatch(/went down from 4 \(commit [0-9a-f]{7}\) to 3$/);
  });
});
