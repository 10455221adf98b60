import { Inputs, runnerInputSource } from '@mcp-secrets/ports';
import { AUDIT_INPUT_NAMES, readAuditOptions, type AuditOptions } from '@mcp-secrets/audit';

export const inputNames: readonly string[] = AUDIT_INPUT_NAMES;

/** The audit options from the runner's INPUT_* variables. */
export function readInputs(env: NodeJS.ProcessEnv): AuditOptions {
  const source = runnerInputSource(env);
  return readAuditOptions(new Inputs(source, env), (name) => source.get(name), env);
}
