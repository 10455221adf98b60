import { Inputs, runnerInputSource } from '@mcp-secrets/ports';
import { OPS_CONTROLS_INPUT_NAMES, readOpsControlsOptions, type OpsControlsOptions } from '@mcp-secrets/ops-controls';

export const inputNames: readonly string[] = OPS_CONTROLS_INPUT_NAMES;

/** The report's options from the runner's INPUT_* variables (and the runbooks' VAULT_* / SOPS_* fallbacks). */
export function readInputs(env: NodeJS.ProcessEnv): OpsControlsOptions {
  return readOpsControlsOptions(new Inputs(runnerInputSource(env), env), env);
}
