import { Inputs, runnerInputSource } from '@mcp-secrets/ports';
import { SYNC_INPUT_NAMES, readSyncOptions, type SyncOptions } from '@mcp-secrets/secrets-sync';

export const inputNames: readonly string[] = SYNC_INPUT_NAMES;

/** The sync options from the runner's INPUT_* variables (and the runbooks' VAULT_* / SOPS_* fallbacks). */
export function readInputs(env: NodeJS.ProcessEnv): SyncOptions {
  const source = runnerInputSource(env);
  return readSyncOptions(new Inputs(source, env), (name) => source.get(name), env);
}
