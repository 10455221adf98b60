import { ConfigurationError, toError, type ActionPorts } from '@mcp-secrets/ports';
import { runnerPorts, type Uploader } from './runner-ports';

/**
 * The one place a step fails: runs the action's main with runner-bound ports and
 * turns anything thrown (a string or an object too) into an error annotation and
 * exit code 1. A ConfigurationError is the user's to fix, so its annotation
 * points at the file and line and no stack trace is printed.
 */
export async function runAction(
  id: string,
  main: (ports: ActionPorts) => Promise<void>,
  options: { uploadArtifact?: Uploader } = {},
): Promise<void> {
  const ports = runnerPorts(options);
  try {
    await main(ports);
  } catch (thrown) {
    const error = toError(thrown);
    if (error instanceof ConfigurationError) {
      ports.log.error(error.message, { title: `${id}: configuration error`, file: error.file, startLine: error.line });
    } else {
      if (error.stack) ports.log.debug(error.stack);
      ports.log.error(error.message, { title: `${id} failed`, ...placeOf(error) });
    }
    process.exitCode = 1;
  }
}

/** Domain errors (SopsError, scanner config errors) carry a file and line; annotate them there. */
function placeOf(error: Error): { file?: string; startLine?: number } {
  const { fileName, file, line } = error as { fileName?: unknown; file?: unknown; line?: unknown };
  const where = typeof fileName === 'string' ? fileName : typeof file === 'string' ? file : undefined;
  if (where === undefined) return {};
  return typeof line === 'number' ? { file: where, startLine: line } : { file: where };
}
