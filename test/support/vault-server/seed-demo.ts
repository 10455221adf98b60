// Demo data for the README's demo and e2e tests: what a team would keep in Vault for CI.
// The values are obviously fake and shaped so that secret scanners do not mistake them for real keys.
import type { VaultServer } from './index';

export const DEMO = {
  mount: 'secret',
  secretPath: 'secret/mcp/ci',
  secretsKey: 'secrets',
  appRole: 'mcp-ci',
  policy: 'mcp-ci',
  version: '7',
  bundle: {
    MCP_SECRETS_VERSION: '7',
    MCP_API_TOKEN: 'demo-api-token-not-a-real-secret-7f3a9c',
    DATABASE_URL: 'postgres://mcp_ci:demo-db-password-42@db.demo.internal:5432/mcp',
    SIGNING_KEY_PEM: [
      '-----BEGIN DEMO SIGNING KEY-----',
      'ZGVtby1zaWduaW5nLWtleS1saW5lLW9uZS1ub3QtYS1yZWFsLWtleQ==',
      'ZGVtby1zaWduaW5nLWtleS1saW5lLXR3by1ub3QtYS1yZWFsLWtleQ==',
      '-----END DEMO SIGNING KEY-----',
    ].join('\n'),
    FEATURE_FLAGS: { newDashboard: true, rolloutPercent: 25 },
  },
} as const;

export const DEMO_POLICY = `
# What the CI role may read: the bundle and its metadata, nothing else.
path "secret/data/mcp/*" {
  capabilities = ["read"]
}
path "secret/metadata/mcp/*" {
  capabilities = ["read", "list"]
}
`;

/**
 * Seeds a KV v2 mount `secret` with `secret/mcp/ci` (field `secrets`: the JSON bundle as a string,
 * as `vault kv put secret/mcp/ci secrets=@bundle.json` stores it), the `mcp-ci` policy and an
 * AppRole `mcp-ci`; returns the AppRole credentials and a token with the same policy.
 */
export function seedDemo(server: VaultServer): { roleId: string; secretId: string; token: string } {
  server.enableKv(DEMO.mount, 2);
  server.writeKv(DEMO.secretPath, { [DEMO.secretsKey]: JSON.stringify(DEMO.bundle, null, 2) });
  server.putPolicy(DEMO.policy, DEMO_POLICY);
  const { roleId, secretId } = server.addAppRole(DEMO.appRole, { policies: [DEMO.policy] });
  const token = server.createToken({ policies: [DEMO.policy] });
  return { roleId, secretId, token };
}
