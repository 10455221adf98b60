// `rotate --vault-secret-path <path>...`: rotation of keys at Vault KV v2 paths, with no SOPS
// bundle (the runbook's rotate_secret.sh). The plan reads every path; --yes writes them all or
// none (@mcp-secrets/rotation's planVaultRotation → applyVaultRotation).
import { ConfigurationError } from '@mcp-secrets/ports';
import type { KeyChangeOptions, VaultRotationPlan } from '@mcp-secrets/rotation';
import { bundleFromVaultData, VERSION_KEY } from '@mcp-secrets/secrets-store';
import { EXIT, type CommandContext } from '../command';
import { rotationOutput, type RotationOutput } from './rotate-masking';
import { openVault, readVaultOptions, vaultPaths } from './rotate-vault-session';

// Options of a bundle's rotation, which a rotation of Vault paths has no use for.
const BUNDLE_ONLY = ['new-age-key', 'age-key-out', 'age-key-to', 'sops-file'];

export interface VaultOnlyRequest {
  changes: KeyChangeOptions;
  allowAdd: boolean;
  task: string | undefined;
}

function checkUsage(ctx: CommandContext, paths: readonly string[]): void {
  const bundleOption = BUNDLE_ONLY.find((name) => ctx.values[name] !== undefined && ctx.values[name] !== false);
  if (bundleOption !== undefined) {
    throw new ConfigurationError(`--${bundleOption} belongs to the rotation of a SOPS bundle; --vault-secret-path rotates keys at Vault paths without one`, {
      input: bundleOption,
      hint: `drop --${bundleOption}, or --vault-secret-path (with --publish-vault, it names where a rotated bundle is published)`,
    });
  }
  if (paths.some((path) => path === '')) throw new ConfigurationError('--vault-secret-path is empty', { input: 'vault-secret-path', hint: 'give a KV v2 path, e.g. secret/app-prod' });
}

/** Every value the plan read or made: the bundle's and the secret's other fields (never the version, which the plan shows). */
function maskPlanned(plan: VaultRotationPlan, output: RotationOutput): void {
  for (const path of plan.paths) {
    for (const data of [path.material.current, path.material.next]) {
      const { entries } = bundleFromVaultData(data, plan.secretsKey, path.path);
      for (const [key, value] of [...Object.entries(entries), ...Object.entries(data)]) {
        if (typeof value === 'string' && key !== VERSION_KEY && key !== plan.secretsKey) output.mask(value);
      }
    }
  }
}

export async function rotateVaultPaths(ctx: CommandContext, request: VaultOnlyRequest): Promise<number> {
  const paths = vaultPaths(ctx);
  checkUsage(ctx, paths);
  const options = readVaultOptions(ctx);
  const output = rotationOutput(ctx);
  for (const assignment of request.changes.set) output.mask(assignment.slice(assignment.indexOf('=') + 1));
  const { applyVaultRotation, planVaultRotation, renderVaultPlan, renderVaultResult } = await import('@mcp-secrets/rotation');
  const session = await output.guard(() => openVault(ctx, options));
  try {
    return await output.guard(async () => {
      const plan = await planVaultRotation({ paths, changes: request.changes, allowAdd: request.allowAdd, secretsKey: options.vault.secretsKey, task: request.task }, session.client, ctx.env);
      maskPlanned(plan, output);
      output.out(renderVaultPlan(plan));
      if (ctx.values.yes !== true) {
        output.out('Dry run: nothing was written. Re-run with --yes to apply.\n');
        return EXIT.ok;
      }
      const result = await applyVaultRotation(plan, { kv: session.client, reconnect: session.reconnect });
      output.out(`\n${renderVaultResult(result)}`);
      return EXIT.ok;
    });
  } finally {
    await session.close();
  }
}
