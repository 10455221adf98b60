// The runner's workflow-command and file-command protocol, as documented in
// "Workflow commands for GitHub Actions". Written here rather than taken from
// @actions/core 3, which pulls undici into every bundle (1.0 MB for a hello world;
// see docs/decisions/0002-runner-protocol.md).
import { randomUUID } from 'node:crypto';
import { appendFileSync } from 'node:fs';
import { EOL } from 'node:os';
import type { AnnotationPlace } from '@mcp-secrets/ports';

type Write = (text: string) => void;

export function escapeData(value: string): string {
  return value.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

export function escapeProperty(value: string): string {
  return escapeData(value).replace(/:/g, '%3A').replace(/,/g, '%2C');
}

/** `::name k=v,k=v::message` on its own line. */
export function formatCommand(name: string, properties: Record<string, string | number | undefined>, message: string): string {
  const props = Object.entries(properties)
    .filter((entry): entry is [string, string | number] => entry[1] !== undefined && entry[1] !== '')
    .map(([key, value]) => `${key}=${escapeProperty(String(value))}`)
    .join(',');
  return `::${name}${props === '' ? '' : ` ${props}`}::${escapeData(message)}${EOL}`;
}

/** Annotation properties as the runner names them (line/col, not startLine/startColumn). */
export function annotationProperties(place: AnnotationPlace = {}): Record<string, string | number | undefined> {
  // The runner ignores columns on multi-line ranges; keep them only when they can apply.
  const sameLine = place.endLine === undefined || place.endLine === place.startLine;
  return {
    title: place.title,
    file: place.file,
    line: place.startLine,
    endLine: place.endLine,
    col: sameLine ? place.startColumn : undefined,
    endColumn: sameLine ? place.endColumn : undefined,
  };
}

/** A `name<<delimiter` block for GITHUB_OUTPUT / GITHUB_ENV / GITHUB_STATE, safe for multi-line values. */
export function formatFileCommand(name: string, value: string): string {
  const delimiter = `ghadelimiter_${randomUUID()}`;
  if (name.includes(delimiter) || value.includes(delimiter)) {
    throw new Error(`unexpected delimiter collision while writing '${name}'`);
  }
  return `${name}<<${delimiter}${EOL}${value}${EOL}${delimiter}${EOL}`;
}

export function appendFileCommand(env: NodeJS.ProcessEnv, variable: string, name: string, value: string, fallback: Write): void {
  const file = env[variable];
  if (file === undefined || file === '') {
    fallback(formatCommand('debug', {}, `${variable} is not set; '${name}' was not recorded`));
    return;
  }
  appendFileSync(file, formatFileCommand(name, value), { encoding: 'utf8' });
}
