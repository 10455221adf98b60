import { homedir } from 'node:os';
import { basename, relative, resolve, sep } from 'node:path';
import { ConfigurationError, toError } from '@mcp-secrets/ports';
import { inCliWords } from './cli-words';
import { EXIT, type OptionSpec } from './command';
import type { OptionValues } from './program';

export interface Failure {
  message: string;
  exitCode: number;
}

export interface FailureContext {
  specs: readonly OptionSpec[];
  values: OptionValues;
  cwd: string;
  env: NodeJS.ProcessEnv;
}

// SOPS refusals that are the user's to fix (a plaintext or unparsable file given as the bundle, a key
// line that is not an age identity), as opposed to a bundle the key cannot open. Matched by name: the
// SOPS code is loaded only by the commands that need it.
const SOPS_CONFIGURATION_KINDS = new Set(['not-sops', 'parse', 'bad-identity', 'unsupported']);
// A path given where it cannot be: a folder for a file, a file in the way of a folder.
const PATH_CONFIGURATION_CODES = new Set(['EISDIR', 'ENOTDIR', 'EEXIST']);

/**
 * What a command that threw says, and its exit code: 2 for usage or configuration (the option named
 * in CLI words), 1 for a failure. Filesystem errors name the option and the path given, never the
 * temp file a write was staged in.
 */
export function describeFailure(thrown: unknown, context: FailureContext): Failure {
  const error = toError(thrown);
  if (error instanceof ConfigurationError) return { message: inCliWords(error, context.specs), exitCode: EXIT.usage };
  const sops = error as Error & { kind?: string; fileName?: string };
  if (error.name === 'SopsError' && sops.kind !== undefined && SOPS_CONFIGURATION_KINDS.has(sops.kind)) {
    const option = sops.fileName === undefined ? undefined : optionGiving(resolvePath(sops.fileName, context), context);
    return { message: option === undefined ? error.message : `--${option.name}: ${error.message}`, exitCode: EXIT.usage };
  }
  const fsError = error as NodeJS.ErrnoException & { dest?: string };
  if (typeof fsError.code === 'string' && (fsError.dest ?? fsError.path) !== undefined) return describeFsError(fsError, context);
  return { message: error.message, exitCode: EXIT.findings };
}

function describeFsError(error: NodeJS.ErrnoException & { dest?: string }, context: FailureContext): Failure {
  const code = error.code as string;
  // A rename's target is the file the user asked for; its source is a temp file nobody should see.
  const target = withoutTempName(error.dest ?? (error.path as string));
  const shown = (path: string): string => {
    const rel = relative(context.cwd, path);
    return rel === '' || rel.startsWith('..') ? path : rel;
  };
  const reason =
    code === 'EISDIR'
      ? `${shown(target)} is a folder, not a file`
      : code === 'EEXIST' || code === 'ENOTDIR'
        ? `${shown(target)} is a file, not a folder`
        : `cannot ${error.syscall ?? 'use'} ${shown(target)} (${code})`;
  const option = optionGiving(target, context);
  const where = option === undefined ? '' : `--${option.name} ${String(context.values[option.name])}: `;
  return { message: `${where}${reason}`, exitCode: PATH_CONFIGURATION_CODES.has(code) ? EXIT.usage : EXIT.findings };
}

/** `.name.1a2b3c4d5e6f.tmp` (a write staged beside its target) is named as the target. */
function withoutTempName(path: string): string {
  const staged = /^\.(.+)\.[0-9a-f]{12}\.tmp$/.exec(basename(path));
  return staged?.[1] === undefined ? path : resolve(path, '..', staged[1]);
}

/** The option whose path is `path` or lies below it (a folder in the way of the file it names). */
function optionGiving(path: string, context: FailureContext): OptionSpec | undefined {
  return context.specs.find((spec) => {
    const value = context.values[spec.name];
    if (typeof value !== 'string' || value === '') return false;
    const given = resolvePath(value, context);
    return given === path || given.startsWith(`${path}${sep}`);
  });
}

function resolvePath(value: string, context: FailureContext): string {
  const home = context.env.HOME ?? homedir();
  return value === '~' || value.startsWith('~/') ? resolve(home, value.slice(2)) : resolve(context.cwd, value);
}
