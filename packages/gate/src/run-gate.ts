import { ConfigurationError, toError, type ActionPorts, type InputSource } from '@mcp-secrets/ports';
import type { VerdictStatus } from '@mcp-secrets/reporting';
import { capturePart, type HeldAnnotation } from './capture';
import type { GateResult, PartError, PartOutcome } from './outcome';
import { GATE_PARTS, prefixedSource, type GateDeps, type GatePart } from './parts';
import { ANNOTATION_LEVELS, shareAnnotations } from './share-annotations';
import { gateSummary } from './summary';

/**
 * Runs the audit, the workflow permission check and the ops controls one after the other, each
 * with its own (prefixed) inputs, as their own actions would; a part that cannot run is named and
 * the others still run. Then: annotations within GitHub's per-step limits, one combined job
 * summary, the parts' outputs under their prefixes plus `result` and `failed-parts`. Never throws
 * for a failing part: the caller fails the step with `failureMessage`.
 */
export async function runGate(ports: ActionPorts, source: InputSource, deps: GateDeps = {}): Promise<GateResult> {
  const parts: PartOutcome[] = [];
  const held: HeldAnnotation[][] = [];
  for (const part of GATE_PARTS) {
    ports.log.info(`── ${part.title} (${part.action}) ──`);
    const captured = capturePart(ports, part.prefix);
    const outcome = await runPart(part, captured.ports, prefixedSource(source, part.prefix), deps);
    if (outcome.error !== undefined) captured.annotations.unshift(errorAnnotation(part, outcome.error));
    parts.push({ ...outcome, summary: captured.summary.join('\n') });
    held.push(captured.annotations);
  }

  const status = gateStatus(parts);
  const failing = parts.filter((part) => part.status === 'fail' || part.status === 'error');
  // The step's own failure message is one more error annotation (runAction emits it).
  const shared = shareAnnotations(held, status === 'fail' ? 1 : 0);
  shared.kept.forEach((annotations, index) => {
    for (const { level, message, place } of annotations) ports.log[level](message, titled(place, GATE_PARTS[index]));
  });
  const omittedAnnotations = ANNOTATION_LEVELS.reduce((sum, level) => sum + shared.omitted[level], 0);
  const notes: string[] = [];
  if (omittedAnnotations > 0) {
    const counts = ANNOTATION_LEVELS.filter((level) => shared.omitted[level] > 0).map((level) => `${shared.omitted[level]} ${level}${shared.omitted[level] === 1 ? '' : 's'}`);
    notes.push(`${omittedAnnotations} more annotation${omittedAnnotations === 1 ? '' : 's'} left out (${counts.join(', ')}): GitHub shows 10 per level in a step, shared here between the parts; the sections below list everything.`);
    ports.log.info(notes[0]);
  }
  await ports.appendSummary(gateSummary({ status, parts, omittedAnnotations }, notes));
  ports.setOutput('result', status);
  ports.setOutput('failed-parts', failing.map((part) => part.action).join(','));
  const failureMessage =
    failing.length === 0 ? undefined : `security gate failed: ${failing.map((part) => `${part.action}: ${part.error?.message ?? part.headline}`).join('; ')}`;
  return { status, parts, omittedAnnotations, ...(failureMessage !== undefined && { failureMessage }) };
}

async function runPart(part: GatePart, ports: ActionPorts, source: InputSource, deps: GateDeps): Promise<Omit<PartOutcome, 'summary'>> {
  const about = { id: part.id, action: part.action, title: part.title, prefix: part.prefix };
  try {
    return { ...about, ...(await part.run(ports, source, deps)) };
  } catch (thrown) {
    const error = toError(thrown);
    if (!(error instanceof ConfigurationError) && error.stack) ports.log.debug(error.stack);
    const partError = describeError(error, part.prefix);
    return { ...about, status: 'error', headline: partError.configuration ? 'configuration error' : 'could not run', error: partError };
  }
}

/** The message as the gate's user reads it: `input 'checks'` is the gate's `controls-checks`. */
function describeError(error: Error, prefix: string): PartError {
  if (!(error instanceof ConfigurationError)) return { message: error.message, configuration: false, ...placeOf(error) };
  const message = error.input === undefined ? error.message : error.message.replace(`input '${error.input}'`, `input '${prefix}${error.input}'`);
  return { message, configuration: true, ...(error.file !== undefined && { file: error.file }), ...(error.line !== undefined && { line: error.line }) };
}

/** Domain errors (SopsError, scanner config errors) carry a file and line. */
function placeOf(error: Error): { file?: string; line?: number } {
  const { fileName, file, line } = error as { fileName?: unknown; file?: unknown; line?: unknown };
  const where = typeof fileName === 'string' ? fileName : typeof file === 'string' ? file : undefined;
  if (where === undefined) return {};
  return typeof line === 'number' ? { file: where, line } : { file: where };
}

function errorAnnotation(part: GatePart, error: PartError): HeldAnnotation {
  const title = `${part.action}: ${error.configuration ? 'configuration error' : 'could not run'}`;
  return { level: 'error', message: error.message, place: { title, ...(error.file !== undefined && { file: error.file }), ...(error.line !== undefined && { startLine: error.line }) } };
}

/** Every annotation says which part it comes from. */
function titled(place: HeldAnnotation['place'], part: GatePart): HeldAnnotation['place'] {
  const title = place?.title;
  if (title !== undefined && title.startsWith(part.action)) return place;
  return { ...place, title: title === undefined ? part.action : `${part.action}: ${title}` };
}

function gateStatus(parts: readonly PartOutcome[]): VerdictStatus {
  if (parts.some((part) => part.status === 'fail' || part.status === 'error')) return 'fail';
  return parts.some((part) => part.status === 'warn') ? 'warn' : 'pass';
}
