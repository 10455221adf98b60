import { makeRepo, runCheck } from '../../../test/temp-repo';
import type { VaultPort, VaultReadResult } from '../vault-port';
import { vaultApprole } from './vault-approle';

function fakeVault(opts: { ttl?: number; roleName?: string; reads?: Record<string, VaultReadResult>; noRead?: boolean } = {}): VaultPort {
  const vault: VaultPort = {
    lookupSelf: async () => ({ policies: ['mcp-ci'], ttl: opts.ttl ?? 1800, roleName: opts.roleName }),
    secretCreatedTime: async () => undefined,
  };
  if (!opts.noRead) vault.read = async (path) => opts.reads?.[path] ?? { denied: 'permission denied' };
  return vault;
}

const GOOD_ROLE = {
  token_ttl: 3600,
  token_max_ttl: 86400,
  secret_id_ttl: 2592000,
  bind_secret_id: true,
  secret_id_num_uses: 1,
  secret_id_bound_cidrs: ['10.0.0.0/8'],
};

const TF = [
  'resource "vault_auth_backend" "approle" {',
  '  type = "approle"',
  '}',
  '',
  'resource "vault_approle_auth_backend_role" "mcp_ci" {',
  '  backend        = vault_auth_backend.approle.path',
  '  role_name      = "mcp-ci"',
  '  token_ttl      = 3600',
  '  token_max_ttl  = "48h"',
  '  bind_secret_id = false',
  '  token_bound_cidrs = [',
  '    "10.0.0.0/8",',
  '  ]',
  '}',
  '',
].join('\n');

describe('vault-approle', () => {
  test('skip: no Vault and no definition in the repository', async () => {
    const result = await runCheck(vaultApprole, makeRepo({ 'a.txt': 'x' }));
    expect(result.status).toBe('skip');
    expect(result.details).toContain('Vault is not configured');
  });

  test('pass: the role read from Vault (name from the token metadata)', async () => {
    const vault = fakeVault({ roleName: 'mcp-ci', reads: { 'auth/approle/role/mcp-ci': { data: GOOD_ROLE } } });
    const result = await runCheck(vaultApprole, makeRepo({ 'a.txt': 'x' }), { vault });
    expect(result).toEqual({ status: 'pass', details: 'bounded: Vault auth/approle/role/mcp-ci', evidence: [] });
  });

  test('fail/warn: a Vault role with zero TTLs, no secret_id_ttl, unbounded uses', async () => {
    const data = { token_ttl: 0, token_max_ttl: 0, bind_secret_id: true, secret_id_num_uses: 0, token_bound_cidrs: [] };
    const vault = fakeVault({ reads: { 'auth/approle/role/ci': { data } } });
    const result = await runCheck(vaultApprole, makeRepo({ 'a.txt': 'x' }), { vault, options: { vaultApproleName: 'ci' } });
    expect(result.status).toBe('fail');
    expect(result.details).toBe(
      [
        "Vault auth/approle/role/ci: `token_ttl` is 0 (Vault's 768h default)",
        "Vault auth/approle/role/ci: `token_max_ttl` is 0 (Vault's 768h default)",
        'Vault auth/approle/role/ci: `secret_id_ttl` is not set (secret_ids never expire)',
        'Vault auth/approle/role/ci: `secret_id_num_uses` is 0 (unlimited uses)',
        'Vault auth/approle/role/ci: no CIDR binding (`secret_id_bound_cidrs` / `token_bound_cidrs`)',
      ].join('; '),
    );
  });

  test('denied read: judged from lookup-self, and says what it could not read', async () => {
    const vault = fakeVault({ roleName: 'mcp-ci', ttl: 3000 });
    const passed = await runCheck(vaultApprole, makeRepo({ 'a.txt': 'x' }), { vault });
    expect(passed).toEqual({
      status: 'pass',
      details:
        'no AppRole settings could be read (role settings unchecked: auth/approle/role/mcp-ci is not readable: permission denied; judged the token from lookup-self only)',
      evidence: [],
    });
    const forever = await runCheck(vaultApprole, makeRepo({ 'a.txt': 'x' }), { vault: fakeVault({ ttl: 0, noRead: true }) });
    expect(forever.status).toBe('fail');
    expect(forever.details).toBe(
      'the Vault token never expires (lookup-self ttl 0) (role settings unchecked: the role name is unknown (set controls.vault-approle-name); judged the token from lookup-self only)',
    );
  });

  test('Terraform role: evidence at each attribute', async () => {
    const result = await runCheck(vaultApprole, makeRepo({ 'infra/vault.tf': TF }));
    expect(result.status).toBe('fail');
    expect(result.details).toBe(
      [
        'infra/vault.tf: mcp_ci: `token_max_ttl` 48h is above 24h',
        'infra/vault.tf: mcp_ci: `secret_id_ttl` is not set (secret_ids never expire)',
        'infra/vault.tf: mcp_ci: `bind_secret_id` is false (the role_id alone logs in)',
        'infra/vault.tf: mcp_ci: `secret_id_num_uses` is not set (unlimited uses)',
      ].join('; '),
    );
    expect(result.evidence).toEqual([
      { file: 'infra/vault.tf', line: 9 },
      { file: 'infra/vault.tf', line: 5 },
      { file: 'infra/vault.tf', line: 10 },
    ]);
  });

  test('HCL role file: evidence at the attribute', async () => {
    const hcl = ['token_ttl = "1h"', 'token_max_ttl = "24h"', 'secret_id_ttl = "0"', 'secret_id_num_uses = 3', 'token_bound_cidrs = ["10.0.0.0/8"]', ''].join('\n');
    const result = await runCheck(vaultApprole, makeRepo({ 'vault/approle/mcp-ci.hcl': hcl }));
    expect(result).toEqual({
      status: 'fail',
      details: 'vault/approle/mcp-ci.hcl: `secret_id_ttl` is 0 (secret_ids never expire)',
      evidence: [{ file: 'vault/approle/mcp-ci.hcl', line: 3 }],
    });
  });

  test('JSON role file: pass; warn for unlimited secret_id uses', async () => {
    const result = await runCheck(vaultApprole, makeRepo({ 'vault/approle-ci.json': JSON.stringify(GOOD_ROLE, null, 2) }));
    expect(result).toEqual({ status: 'pass', details: 'bounded: vault/approle-ci.json', evidence: [{ file: 'vault/approle-ci.json', line: 1 }] });
    const unlimited = JSON.stringify({ data: { ...GOOD_ROLE, secret_id_num_uses: 0 } }, null, 2);
    const warned = await runCheck(vaultApprole, makeRepo({ 'vault/approle-ci.json': unlimited }));
    expect(warned).toEqual({
      status: 'warn',
      details: 'vault/approle-ci.json: `secret_id_num_uses` is 0 (unlimited uses)',
      evidence: [{ file: 'vault/approle-ci.json', line: 7 }],
    });
  });
});
