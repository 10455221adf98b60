import { makeRepo, runCheck } from '../../../test/temp-repo';
import { securityPolicy } from './security-policy';

describe('security-policy', () => {
  test('pass: in .github/, any case', async () => {
    const result = await runCheck(securityPolicy, makeRepo({ '.github/security.md': '# Reporting\nUse private reporting.\n' }));
    expect(result).toEqual({ status: 'pass', details: 'security policy in .github/security.md', evidence: [{ file: '.github/security.md', line: null }] });
  });

  test('warn: absent or empty', async () => {
    expect((await runCheck(securityPolicy, makeRepo({ 'README.md': 'x' }))).status).toBe('warn');
    const result = await runCheck(securityPolicy, makeRepo({ 'docs/SECURITY.md': '\n' }));
    expect(result).toEqual({ status: 'warn', details: 'docs/SECURITY.md is empty', evidence: [{ file: 'docs/SECURITY.md', line: null }] });
  });
});
