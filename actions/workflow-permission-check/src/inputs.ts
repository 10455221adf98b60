import { Inputs, runnerInputSource } from '@mcp-secrets/ports';
import { WORKFLOW_CHECK_INPUT_NAMES, readWorkflowCheckOptions, type WorkflowCheckOptions } from '@mcp-secrets/workflow-permission-check';

export const inputNames: readonly string[] = WORKFLOW_CHECK_INPUT_NAMES;

/** The check's options from the runner's INPUT_* variables; the config file is read and validated here. */
export function readInputs(env: NodeJS.ProcessEnv): WorkflowCheckOptions {
  const source = runnerInputSource(env);
  return readWorkflowCheckOptions(new Inputs(source, env), (name) => source.get(name), env);
}
