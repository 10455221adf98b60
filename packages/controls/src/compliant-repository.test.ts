// End to end: a repository that follows every runbook rule gets `pass` from every check.
import { encryptSops, generateAgeIdentity } from '@mcp-secrets/sops';
import { FIXED_NOW, makeRepo } from '../test/temp-repo';
import { ALL_CHECKS, runControls } from './index';
import type { VaultPort } from './index';

const SHA = 'b4ffde65f46336ab88eb53be808477a3936bae11';
const HASH = 'c'.repeat(40);

const CI = `name: ci
on: [push, pull_request]
permissions:
  contents: read
jobs:
  lint:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@${SHA} # v4
      - uses: acme/mcp-secrets/sync@${SHA}
      - run: npm run lint
  test:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@${SHA} # v4
      - name: Sync secure secrets
        uses: acme/mcp-secrets/sync@${SHA}
        with:
          keys: API_KEY
      - run: npm test
  smoke:
    runs-on: ubuntu-latest
    steps:
      - uses: acme/mcp-secrets/sync@${SHA}
      - run: ./smoke.sh
        env:
          VAULT_ROLE_ID: \${{ secrets.VAULT_ROLE_ID }}
`;

const SECURITY = `name: security
on:
  push:
    branches: [main]
  pull_request:
permissions: {}
jobs:
  security:
    runs-on: ubuntu-latest
    permissions:
      contents: read
    steps:
      - uses: actions/checkout@${SHA} # v4
      - uses: acme/mcp-secrets/audit@${SHA}
        with:
          config: config/gitleaks.toml
      - uses: acme/mcp-secrets/ops-controls@${SHA}
        env:
          SOPS_AGE_KEY: \${{ secrets.SOPS_AGE_KEY }}
`;

const vault: VaultPort = {
  lookupSelf: async () => ({ policies: ['mcp-ci'], ttl: 3000, roleName: 'mcp-ci' }),
  read: async (path) => {
    if (path === 'auth/approle/role/mcp-ci') {
      return {
        data: { token_ttl: 3600, token_max_ttl: 14400, secret_id_ttl: 86400, bind_secret_id: true, secret_id_num_uses: 1, secret_id_bound_cidrs: ['10.0.0.0/8'] },
      };
    }
    if (path === 'sys/policy/mcp-ci') return { data: { rules: 'path "secret/data/mcp/ci" {\n  capabilities = ["read"]\n}\n' } };
    return { denied: 'permission denied' };
  },
  secretCreatedTime: async () => '2026-05-20T00:00:00Z',
  secretRotationFacts: async () => ({ keys: ['DB_PASSWORD', 'MCP_SECRETS_VERSION'], createdTime: '2026-05-20T00:00:00Z', customMetadata: {} }),
};

const ROTATION = 'rotation:\n  - bundle: true\n    owner: security\n    every: 90d\n  - vault: secret/mcp/ci\n    owner: platform\n    every: quarterly\n';

describe('a compliant repository', () => {
  test('every check passes, and the report says so', async () => {
    const { recipient } = await generateAgeIdentity();
    const bundle = await encryptSops(
      { plaintext: 'API_KEY: k-1234567890\nMCP_SECRETS_VERSION: "7"\n' },
      { fileName: 'config/secrets.enc.yaml', recipients: [recipient], now: new Date('2026-05-15T00:00:00Z') },
    );
    const dir = makeRepo({
      '.github/workflows/ci.yml': CI,
      '.github/workflows/security.yml': SECURITY,
      '.github/dependabot.yml': 'version: 2\nupdates:\n  - package-ecosystem: github-actions\n    directory: /\n    schedule:\n      interval: weekly\n',
      '.github/CODEOWNERS': '* @acme/dev\n/.sops.yaml @acme/security\n/config/ @acme/security\n/.github/workflows/ @acme/security\n',
      '.github/mcp-secrets.yml': `controls:\n  secrets-inventory: .github/secrets-inventory.txt\n  vault-secret-path: secret/mcp/ci\n${ROTATION}`,
      '.github/secrets-inventory.txt': 'VAULT_ROLE_ID\nSOPS_AGE_KEY\n',
      '.gitignore': 'node_modules/\n.env\n*.env\n.env.*\n!.env.example\nkeys.txt\nmcp-age-key.txt\n',
      '.env.example': 'API_KEY=\n',
      '.sops.yaml': `creation_rules:\n  - path_regex: config/secrets\\.enc\\.yaml$\n    age: ${recipient}\n`,
      'config/secrets.enc.yaml': bundle.text,
      'config/gitleaks.toml': '[extend]\nuseDefault = true\n',
      'config/detect-secrets.baseline': JSON.stringify({
        version: '1.5.0',
        plugins_used: [{ name: 'KeywordDetector' }],
        filters_used: [],
        results: { 'docs/setup.md': [{ type: 'Secret Keyword', filename: 'docs/setup.md', hashed_secret: HASH, is_verified: false, line_number: 3, is_secret: false }] },
        generated_at: '2026-05-01T00:00:00Z',
      }, null, 2),
      'scripts/write-env.sh': '#!/bin/sh\nset -eu\numask 077\nsops -d config/secrets.enc.yaml > "$HOME/.mcp/.env"\n',
      'SECURITY.md': '# Security\nReport privately via GitHub security advisories.\n',
    });
    const report = await runControls({ root: dir, vault, clock: { now: () => FIXED_NOW }, repository: 'acme/widgets' });
    const notPassing = report.checks.filter((check) => check.status !== 'pass').map((check) => `${check.id}: ${check.status}: ${check.details}`);
    expect(notPassing).toEqual([]);
    expect(report.summary).toEqual({ pass: ALL_CHECKS.length, fail: 0, warn: 0, skip: 0 });
  });
});
