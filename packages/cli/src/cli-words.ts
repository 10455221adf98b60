import type { ConfigurationError } from '@mcp-secrets/ports';
import type { OptionSpec } from './command';
import { ACTION_INPUTS } from './generated/action-inputs';

/**
 * A configuration error as a terminal user reads it: the libraries name the action's input
 * (`input 'scan': ...`); the CLI names its option (`--scan: ...`), or the environment variable
 * for an input it takes only from the environment (credentials: `VAULT_TOKEN: ...`).
 */
export function inCliWords(error: ConfigurationError, specs: readonly OptionSpec[]): string {
  const message = withHintInCliWords(error, specs);
  const { input } = error;
  const prefix = `input '${input ?? ''}'`;
  if (input === undefined || !message.startsWith(prefix)) return message;
  const spec = specs.find((s) => (s.input ?? s.name) === input);
  const word = spec !== undefined ? `--${spec.name}` : environmentVariable(input);
  return word === undefined ? message : `${word}${message.slice(prefix.length)}`;
}

/** A hint written for the workflow file (`use scan: files`) as the option to type (`use --scan files`). */
function withHintInCliWords(error: ConfigurationError, specs: readonly OptionSpec[]): string {
  const hint = error.hint === undefined ? undefined : ` (${error.hint})`;
  if (hint === undefined || !error.message.endsWith(hint)) return error.message;
  let rewritten = hint;
  for (const spec of specs) {
    if (spec.flag === true) continue;
    const input = (spec.input ?? spec.name).replace(/[-.]/g, '\\$&');
    rewritten = rewritten.replace(new RegExp(`(^|[\\s(])${input}: (?=\\w)`, 'g'), `$1--${spec.name} `);
  }
  return `${error.message.slice(0, -hint.length)}${rewritten}`;
}

/** The variable an input falls back to, as its description names it: `... [VAULT_TOKEN].` */
function environmentVariable(input: string): string | undefined {
  for (const inputs of Object.values(ACTION_INPUTS)) {
    const described = inputs.find((i) => i.name === input)?.description.match(/\[([A-Z][A-Z0-9_]*)[\]:]/);
    if (described?.[1] !== undefined) return described[1];
  }
  return undefined;
}
