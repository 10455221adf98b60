import { randomBytes } from 'node:crypto';
import { ConfigurationError } from '@mcp-secrets/ports';
import { isReservedName, VERSION_KEY } from '@mcp-secrets/secrets-store';

/** Where a new value comes from: the command line, an environment variable, or 32 random bytes. */
export type KeyChangeSource = 'set' | 'set-from-env' | 'generate';

export interface KeyChange {
  key: string;
  source: KeyChangeSource;
  /** The new value: a secret, never printed. */
  value: string;
}

/** The change options as the user gave them (each may be repeated or hold a comma list of names). */
export interface KeyChangeOptions {
  /** KEY=VALUE assignments. */
  set: readonly string[];
  /** Names of environment variables holding the new values. */
  setFromEnv: readonly string[];
  /** Names that get a fresh random value. */
  generate: readonly string[];
}

const ENV_NAME = /^[A-Za-z_][A-Za-z0-9_]*$/;

/** A new random value as the runbooks make it (`openssl rand -hex 32`). */
export function generateSecret(): string {
  return randomBytes(32).toString('hex');
}

/**
 * Resolves every change to its new value and checks the names: valid environment variable names,
 * not reserved, not the version key (rotate bumps it itself), each key changed once.
 */
export function resolveKeyChanges(options: KeyChangeOptions, env: NodeJS.ProcessEnv): KeyChange[] {
  const changes: KeyChange[] = [];
  for (const assignment of options.set) {
    const at = assignment.indexOf('=');
    if (at <= 0) {
      throw new ConfigurationError('expected KEY=VALUE (the value is not shown)', { input: 'set', hint: 'write --set API_TOKEN=new-value, or prefer --set-from-env API_TOKEN' });
    }
    changes.push({ key: assignment.slice(0, at).trim(), source: 'set', value: assignment.slice(at + 1) });
  }
  for (const key of options.setFromEnv) {
    const value = env[key];
    if (value === undefined || value === '') {
      throw new ConfigurationError(`the environment variable ${key} is not set or empty`, { input: 'set-from-env', hint: `export ${key} with the new value first` });
    }
    changes.push({ key, source: 'set-from-env', value });
  }
  for (const key of options.generate) changes.push({ key, source: 'generate', value: generateSecret() });
  checkNames(changes);
  return changes;
}

function checkNames(changes: readonly KeyChange[]): void {
  const invalid = changes.filter((c) => !ENV_NAME.test(c.key)).map((c) => `'${c.key}'`);
  if (invalid.length > 0) {
    throw new ConfigurationError(`not valid environment variable names: ${invalid.join(', ')}`, { hint: 'use letters, digits and _ (not starting with a digit)' });
  }
  const reserved = changes.filter((c) => isReservedName(c.key)).map((c) => c.key);
  if (reserved.length > 0) {
    throw new ConfigurationError(`reserved names can never be in a secret bundle: ${reserved.join(', ')}`, { hint: 'choose another name' });
  }
  if (changes.some((c) => c.key === VERSION_KEY)) {
    throw new ConfigurationError(`${VERSION_KEY} cannot be set: rotate bumps it itself`);
  }
  const seen = new Set<string>();
  const twice = new Set<string>();
  for (const { key } of changes) (seen.has(key) ? twice : seen).add(key);
  if (twice.size > 0) throw new ConfigurationError(`keys given more than once: ${[...twice].join(', ')}`, { hint: 'change each key with one option' });
}
