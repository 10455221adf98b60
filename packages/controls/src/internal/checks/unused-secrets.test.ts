import { makeRepo, runCheck } from '../../../test/temp-repo';
import { ConfigurationError } from '@mcp-secrets/ports';
import { runControls } from '../runner';
import { unusedSecrets } from './unused-secrets';

const WORKFLOW = [
  'on: push',
  'jobs:',
  '  a:',
  '    runs-on: ubuntu-latest',
  '    steps:',
  '      - run: echo',
  '        env:',
  '          A: ${{ secrets.VAULT_ROLE_ID }}',
  "          B: ${{ secrets['SOPS_AGE_KEY'] }}",
  '',
].join('\n');

describe('unused-secrets', () => {
  test('skip without an inventory', async () => {
    const result = await runCheck(unusedSecrets, makeRepo({ '.github/workflows/ci.yml': WORKFLOW }));
    expect(result.status).toBe('skip');
    expect(result.details).toContain('GITHUB_TOKEN has none');
  });

  test('pass: every inventory name referenced (case-insensitive), gh secret list format', async () => {
    const dir = makeRepo({ '.github/workflows/ci.yml': WORKFLOW, 'ops/secrets.txt': 'VAULT_ROLE_ID\t2026-01-01\nsops_age_key\t2026-01-02\n' });
    const result = await runCheck(unusedSecrets, dir, { options: { secretsInventoryPath: 'ops/secrets.txt' } });
    expect(result).toEqual({ status: 'pass', details: 'all 2 secret(s) from inventory file ops/secrets.txt are referenced', evidence: [] });
  });

  test('fail: an unreferenced name, evidence at its inventory line', async () => {
    const dir = makeRepo({ '.github/workflows/ci.yml': WORKFLOW, 'ops/secrets.txt': '# names\nVAULT_ROLE_ID\nOLD_DEPLOY_KEY\n' });
    const result = await runCheck(unusedSecrets, dir, { options: { secretsInventoryPath: 'ops/secrets.txt' } });
    expect(result).toEqual({ status: 'fail', details: 'OLD_DEPLOY_KEY is never referenced', evidence: [{ file: 'ops/secrets.txt', line: 3 }] });
  });

  test('warn instead of fail when secrets are looked up dynamically', async () => {
    const text = WORKFLOW.replace("secrets['SOPS_AGE_KEY']", "secrets[format('KEY_{0}', matrix.env)]");
    const dir = makeRepo({ '.github/workflows/ci.yml': text, 'ops/secrets.txt': 'KEY_PROD\n' });
    const result = await runCheck(unusedSecrets, dir, { options: { secretsInventoryPath: 'ops/secrets.txt' } });
    expect(result).toEqual({
      status: 'warn',
      details: 'KEY_PROD is never referenced by name (secrets are also looked up dynamically)',
      evidence: [
        { file: 'ops/secrets.txt', line: 1 },
        { file: '.github/workflows/ci.yml', line: 9 },
      ],
    });
  });

  test('warn: secrets: inherit; a port inventory', async () => {
    const caller = ['on: push', 'jobs:', '  call:', '    uses: ./.github/workflows/ci.yml', '    secrets: inherit', ''].join('\n');
    const dir = makeRepo({ '.github/workflows/ci.yml': WORKFLOW, '.github/workflows/call.yml': caller });
    const secretsInventory = { source: 'GitHub API', listSecretNames: async () => [{ name: 'VAULT_ROLE_ID' }] };
    const result = await runCheck(unusedSecrets, dir, { secretsInventory });
    expect(result).toEqual({
      status: 'warn',
      details: '`secrets: inherit` passes every secret to a called workflow (1 place)',
      evidence: [{ file: '.github/workflows/call.yml', line: 5 }],
    });
  });

  test.each([
    ['missing', {}, 'ops/secrets.txt: secrets inventory not found'],
    ['a line that is no secret name', { 'ops/secrets.txt': 'VAULT_ROLE_ID\nAPI_TOKEN=abc123\n' }, 'ops/secrets.txt:2: not a secret name'],
    ['JSON that does not parse', { 'ops/secrets.txt': '[{"name": "A"' }, 'ops/secrets.txt: not valid JSON'],
    ['JSON that is not a list of names', { 'ops/secrets.txt': '[{"name": 3}]' }, 'ops/secrets.txt: item 0 is not a secret name'],
  ])('an inventory file %s stops the report: a configuration error naming it, never a finding', async (_label, files, message) => {
    const dir = makeRepo({ '.github/workflows/ci.yml': WORKFLOW, ...files });
    const run = runControls({ root: dir, options: { secretsInventoryPath: 'ops/secrets.txt' } });
    await expect(run).rejects.toThrow(ConfigurationError);
    await expect(run).rejects.toThrow(message);
    await expect(run).rejects.not.toThrow('abc123');
  });
});
