import { makeRepo, runCheck } from '../../../test/temp-repo';
import type { VaultPort, VaultReadResult } from '../vault-port';
import { vaultPoliciesMinimal } from './vault-policies-minimal';

const READ_ONLY = 'path "secret/data/mcp/ci" {\n  capabilities = ["read"]\n}\n';

function fakeVault(policies: string[], reads: Record<string, VaultReadResult>): VaultPort {
  return {
    lookupSelf: async () => ({ policies, ttl: 600 }),
    read: async (path) => reads[path] ?? { denied: 'permission denied' },
    secretCreatedTime: async () => undefined,
  };
}

describe('vault-policies-minimal', () => {
  test('skip: nothing to judge', async () => {
    expect((await runCheck(vaultPoliciesMinimal, makeRepo({ 'a.txt': 'x' }))).status).toBe('skip');
  });

  test('pass: a read-only policy file and a read-only token policy', async () => {
    const vault = fakeVault(['mcp-ci'], { 'sys/policy/mcp-ci': { data: { rules: READ_ONLY } } });
    const result = await runCheck(vaultPoliciesMinimal, makeRepo({ 'vault/policies/mcp-ci.hcl': READ_ONLY }), { vault });
    expect(result).toEqual({
      status: 'pass',
      details: 'no root, `path "*"` or sudo in 2 policy sources',
      evidence: [{ file: 'vault/policies/mcp-ci.hcl', line: null }],
    });
  });

  test('fail: path "*" and sudo in a repository policy, with lines', async () => {
    const text = ['# admin', 'path "*" {', '  capabilities = ["read", "list"]', '}', '', 'path "sys/auth/*" {', '  capabilities = ["create", "sudo"]', '}', ''].join('\n');
    const result = await runCheck(vaultPoliciesMinimal, makeRepo({ 'admin.hcl': text }));
    expect(result.status).toBe('fail');
    expect(result.details).toBe('admin.hcl: `path "*"` grants every path; admin.hcl: `sudo` on `sys/auth/*`');
    expect(result.evidence).toEqual([
      { file: 'admin.hcl', line: 2 },
      { file: 'admin.hcl', line: 6 },
    ]);
  });

  test('fail: root on the token; warn: default attached and writes for the sync role; unreadable noted', async () => {
    expect((await runCheck(vaultPoliciesMinimal, makeRepo({ 'a.txt': 'x' }), { vault: fakeVault(['root'], {}) })).details).toBe(
      'the Vault token has the `root` policy',
    );
    const writes = [
      'path "secret/data/mcp/*" {\n  capabilities = ["read", "update"]\n}',
      // Revoking its own token is what the sync must be able to do: not a write to flag.
      'path "auth/token/revoke-self" {\n  capabilities = ["update"]\n}',
    ].join('\n');
    const vault = fakeVault(['default', 'mcp-ci', 'other'], { 'sys/policy/mcp-ci': { data: { rules: writes } } });
    const result = await runCheck(vaultPoliciesMinimal, makeRepo({ 'a.txt': 'x' }), { vault });
    expect(result).toEqual({
      status: 'warn',
      details:
        'the Vault token carries the `default` policy (set token_no_default_policy); Vault policy mcp-ci: the read-only sync role may update `secret/data/mcp/*` (policy other unread: permission denied)',
      evidence: [],
    });
  });
});
