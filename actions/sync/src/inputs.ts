import { ConfigurationError, Inputs, runnerInputSource } from '@mcp-secrets/ports';
import { SYNC_INPUT_NAMES, privateRootsOf, readSyncOptions, type PostOptions, type SyncOptions } from '@mcp-secrets/sync';

export const inputNames: readonly string[] = SYNC_INPUT_NAMES;

/** The sync options from the runner's INPUT_* variables (and the runbooks' VAULT_* / SOPS_* / OP_* fallbacks). */
export function readInputs(env: NodeJS.ProcessEnv): SyncOptions {
  const source = runnerInputSource(env);
  return readSyncOptions(new Inputs(source, env), (name) => source.get(name), env);
}

/**
 * Post's options. Inputs that do not read are main's error to report (it read them first, before
 * writing anything), or were changed by a later step: either way post still removes the files.
 */
export function readPostOptions(env: NodeJS.ProcessEnv): PostOptions {
  try {
    return readInputs(env);
  } catch (error) {
    if (!(error instanceof ConfigurationError)) throw error;
    return { privateRoots: privateRootsOf(env), inputsError: error.message };
  }
}
