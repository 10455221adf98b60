import { ConfigurationError } from '@mcp-secrets/ports';
import { makeRepo } from '../../test/temp-repo';
import { parseControlsConfig } from './config-file';
import { runControls } from './runner';

const FILE = '.github/mcp-secrets.yml';

describe('parseControlsConfig', () => {
  test('every key, other sections left alone', () => {
    const text = [
      'workflows:',
      '  rules: {}',
      'controls:',
      '  bundle: secrets/ci.enc.yaml',
      '  sync-jobs: [lint, e2e]',
      '  private-key-allowlist: test/fixtures/**, docs/examples/**',
      '  rotation-days: { sops: 30 }',
      '  approle-limits: { token-ttl: 30m, secret-id-ttl: 168h }',
      '  vault-read-only-role: false',
      '  vault-approle-name: mcp-ci',
      '',
    ].join('\n');
    expect(parseControlsConfig(FILE, text)).toEqual({
      bundlePath: 'secrets/ci.enc.yaml',
      syncJobs: ['lint', 'e2e'],
      privateKeyAllowlist: ['test/fixtures/**', 'docs/examples/**'],
      rotationDays: { sops: 30, vault: undefined },
      approleLimits: { tokenTtl: 1800, tokenMaxTtl: undefined, secretIdTtl: 168 * 3600 },
      vaultReadOnlyRole: false,
      vaultApproleName: 'mcp-ci',
    });
    expect(parseControlsConfig(FILE, 'controls:\n  rotation-days: 45\n')).toEqual({ rotationDays: { sops: 45, vault: 45 } });
    expect(parseControlsConfig(FILE, 'workflows: {}\n')).toEqual({});
    expect(parseControlsConfig(FILE, '')).toEqual({});
  });

  test('errors name the file, line and the valid keys', () => {
    expect(() => parseControlsConfig(FILE, 'controls:\n  bundel: x\n')).toThrow(
      /^\.github\/mcp-secrets\.yml:2: unknown key 'controls\.bundel' \(valid keys: bundle, sops-config, /,
    );
    expect(() => parseControlsConfig(FILE, 'controls:\n  rotation-days: soon\n')).toThrow(
      '.github/mcp-secrets.yml:2: controls.rotation-days: expected a whole number of days above 0',
    );
    expect(() => parseControlsConfig(FILE, 'controls:\n  sync-jobs: {a: 1}\n')).toThrow(ConfigurationError);
    expect(() => parseControlsConfig(FILE, 'controls: [\n')).toThrow(/invalid YAML/);
  });

  test('runControls reads it; explicit options win', async () => {
    const dir = makeRepo({ [FILE]: 'controls:\n  sync-jobs: [e2e]\n  bundle: a.enc.yaml\n', 'a.txt': 'x' });
    const report = await runControls({ root: dir, checks: ['secrets-sync-step', 'secrets-version'], options: { bundlePath: 'b.enc.yaml' } });
    expect(report.checks.map((check) => check.details)).toEqual(['no job named e2e in any workflow', 'the repository does not use SOPS: no .sops.yaml, no bundle at b.enc.yaml, no workflow step decrypting one']);
    await expect(runControls({ root: dir, configFile: 'nope.yml' })).rejects.toThrow('nope.yml: config file not found');
  });
});
