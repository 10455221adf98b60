import { lstatSync, readFileSync, statSync } from 'node:fs';
import { resolve } from 'node:path';
import { writeFileAtomic } from '@mcp-secrets/fs-safe';
import { ConfigurationError } from '@mcp-secrets/ports';
import type { WorkflowCheckOptions } from '@mcp-secrets/workflow-permission-check';
import { fixWorkflows, unifiedDiff, type FixedFile, type FixResult } from '@mcp-secrets/workflows';
import type { TerminalIo } from '../terminal-ports';

export type FixMode = 'write' | 'dry-run';

/** `--fix` (write) or `--fix=dry-run`; undefined without the option. */
export function readFixMode(value: unknown): FixMode | undefined {
  if (value === undefined) return undefined;
  if (value === 'write' || value === 'dry-run') return value;
  throw new ConfigurationError(`unknown --fix value '${String(value)}'`, { input: 'fix', hint: 'use --fix to rewrite the files or --fix=dry-run to print the diff' });
}

/**
 * Fixes what can be fixed offline in the files the check read (`sources`). dry-run prints one unified
 * diff per file on stdout (lines holding a detected secret redacted) and writes nothing; write
 * replaces each file atomically, keeping its mode, unless it is a symbolic link or changed since it
 * was read. What was fixed and what was not, with why, goes to stderr. Returns how many files change.
 */
export function runFixes(
  mode: FixMode,
  sources: ReadonlyMap<string, string>,
  options: WorkflowCheckOptions,
  io: TerminalIo,
  redact: (line: string) => string,
): number {
  const result = fixWorkflows({ files: [...sources].map(([path, text]) => ({ path, text })), config: options.config });
  let changed = 0;
  for (const file of result.files) {
    if (mode === 'dry-run') {
      io.out(unifiedDiff(file.path, file.before, file.after).split('\n').map(redact).join('\n'));
      changed++;
      continue;
    }
    const refusal = writeFixed(resolve(options.root, file.path), file);
    if (refusal !== undefined) {
      io.err(`not fixed ${file.path}: ${refusal}\n`);
      continue;
    }
    changed++;
  }
  io.err(summary(mode, result, changed));
  return changed;
}

/**
 * Writes the fixed text in place; why not, when it must not be written: the file became a symbolic
 * link or changed between the check's read and now (the discovery itself skips links).
 */
export function writeFixed(path: string, file: FixedFile): string | undefined {
  if (lstatSync(path).isSymbolicLink()) return 'it is a symbolic link; fix the file it points to';
  if (readFileSync(path, 'utf8') !== file.before) return 'it changed since it was read; run the fix again';
  writeFileAtomic(path, file.after, { mode: statSync(path).mode & 0o777 });
  return undefined;
}

function summary(mode: FixMode, result: FixResult, changed: number): string {
  const lines = result.files.map((file) => `${mode === 'dry-run' ? 'would fix' : 'fixed'} ${file.path}: ${describe(file.fixed.map((f) => f.ruleId))}`);
  for (const skip of result.skipped) lines.push(`not fixed ${skip.file}:${skip.line}:${skip.column} [${skip.ruleId}]: ${skip.reason}`);
  const files = `${changed} file${changed === 1 ? '' : 's'}`;
  lines.push(mode === 'dry-run' ? `${files} would change; nothing was written.` : `${files} changed.`);
  return `${lines.join('\n')}\n`;
}

/** `3 findings (template-injection 2, artipacked 1)`. */
function describe(ruleIds: readonly string[]): string {
  const counts = new Map<string, number>();
  for (const id of ruleIds) counts.set(id, (counts.get(id) ?? 0) + 1);
  return `${ruleIds.length} finding${ruleIds.length === 1 ? '' : 's'} (${[...counts].map(([id, n]) => `${id} ${n}`).join(', ')})`;
}
