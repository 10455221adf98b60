import type { ConfigurationError } from '@mcp-secrets/ports';
import type { OptionSpec } from './command';
import { ACTION_INPUTS } from './generated/action-inputs';

/**
 * A configuration error as a terminal user reads it: the libraries name the action's input
 * (`input 'scan': ...`); the CLI names its option (`--scan: ...`), or the environment variable
 * for an input it takes only from the environment (credentials: `VAULT_TOKEN: ...`).
 */
export function inCliWords(error: ConfigurationError, specs: readonly OptionSpec[]): string {
  const { input } = error;
  const prefix = `input '${input ?? ''}'`;
  if (input === undefined || !error.message.startsWith(prefix)) return error.message;
  const spec = specs.find((s) => (s.input ?? s.name) === input);
  const word = spec !== undefined ? `--${spec.name}` : environmentVariable(input);
  return word === undefined ? error.message : `${word}${error.message.slice(prefix.length)}`;
}

/** The variable an input falls back to, as its description names it: `... [VAULT_TOKEN].` */
function environmentVariable(input: string): string | undefined {
  for (const inputs of Object.values(ACTION_INPUTS)) {
    const described = inputs.find((i) => i.name === input)?.description.match(/\[([A-Z][A-Z0-9_]*)[\]:]/);
    if (described?.[1] !== undefined) return described[1];
  }
  return undefined;
}
