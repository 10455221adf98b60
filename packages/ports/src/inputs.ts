import { ConfigurationError } from './errors';

/** Where input values come from: the runner's INPUT_* variables, or CLI options. */
export interface InputSource {
  /** The raw value, or undefined when the input was not given at all. */
  get(name: string): string | undefined;
}

/** Reads inputs the way the runner passes them: INPUT_<NAME>, spaces to underscores, hyphens kept. */
export function runnerInputSource(env: NodeJS.ProcessEnv): InputSource {
  return { get: (name) => env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`] };
}

/**
 * Typed, validated access to inputs. An empty input means "not configured";
 * `fallbackEnv` names the variable the runbooks use for the same setting
 * (e.g. VAULT_ADDR), consulted only when the input itself is empty.
 */
export class Inputs {
  constructor(
    private readonly source: InputSource,
    private readonly env: NodeJS.ProcessEnv = {},
  ) {}

  string(name: string, opts: { fallbackEnv?: string; default?: string } = {}): string {
    const own = (this.source.get(name) ?? '').trim();
    if (own !== '') return own;
    const fromEnv = opts.fallbackEnv !== undefined ? (this.env[opts.fallbackEnv] ?? '').trim() : '';
    if (fromEnv !== '') return fromEnv;
    return opts.default ?? '';
  }

  /** A value kept verbatim (PEM, keys): only surrounding blank lines are trimmed. */
  raw(name: string, opts: { fallbackEnv?: string } = {}): string {
    const own = this.source.get(name) ?? '';
    if (own.trim() !== '') return own.replace(/^\s*\n|\n\s*$/g, '');
    const fromEnv = opts.fallbackEnv !== undefined ? (this.env[opts.fallbackEnv] ?? '') : '';
    return fromEnv.replace(/^\s*\n|\n\s*$/g, '');
  }

  boolean(name: string, defaultValue: boolean): boolean {
    const value = this.string(name).toLowerCase();
    if (value === '') return defaultValue;
    if (['true', 'yes', 'on', '1'].includes(value)) return true;
    if (['false', 'no', 'off', '0'].includes(value)) return false;
    throw new ConfigurationError(`expected true or false, got '${value}'`, { input: name });
  }

  choice<T extends string>(name: string, allowed: readonly T[], defaultValue: T): T {
    const value = this.string(name).toLowerCase();
    if (value === '') return defaultValue;
    if ((allowed as readonly string[]).includes(value)) return value as T;
    throw new ConfigurationError(`unknown value '${value}'`, { input: name, hint: `use one of: ${allowed.join(', ')}` });
  }

  positiveInt(name: string, defaultValue: number): number {
    const value = this.string(name);
    if (value === '') return defaultValue;
    if (!/^\d+$/.test(value) || Number(value) <= 0) {
      throw new ConfigurationError(`expected a positive whole number, got '${value}'`, { input: name });
    }
    return Number(value);
  }

  /** A newline- or comma-separated list; blanks and `#` comments dropped. */
  list(name: string): string[] {
    return parseList(this.string(name));
  }
}

export function parseList(text: string): string[] {
  return text
    .split(/[\n,]/)
    .map((item) => item.replace(/#.*$/, '').trim())
    .filter((item) => item !== '');
}
