import { appendFileSync } from 'node:fs';
import { EOL } from 'node:os';
import { maskablePieces, type ActionPorts, type AnnotationPlace } from '@mcp-secrets/ports';
import { annotationProperties, appendFileCommand, formatCommand } from './internal/commands';
import { fetchIdToken } from './internal/id-token';

export type Uploader = ActionPorts['uploadArtifact'];

const noUploader: Uploader = async () => ({ uploaded: false, reason: 'this action does not upload artifacts' });

/** ActionPorts bound to the GitHub runner: stdout commands and the GITHUB_* files. */
export function runnerPorts(
  options: { env?: NodeJS.ProcessEnv; write?: (text: string) => void; uploadArtifact?: Uploader } = {},
): ActionPorts {
  const env = options.env ?? process.env;
  const write = options.write ?? ((text: string) => void process.stdout.write(text));
  const masked = new Set<string>();
  const annotate = (level: 'notice' | 'warning' | 'error') => (message: string, place?: AnnotationPlace) =>
    write(formatCommand(level, annotationProperties(place), message));

  const ports: ActionPorts = {
    env,
    log: {
      info: (message) => write(`${message}${EOL}`),
      debug: (message) => write(formatCommand('debug', {}, message)),
      notice: annotate('notice'),
      warning: annotate('warning'),
      error: annotate('error'),
    },
    mask(value) {
      for (const piece of maskablePieces(value)) {
        if (masked.has(piece)) continue;
        masked.add(piece);
        write(formatCommand('add-mask', {}, piece));
      }
    },
    setOutput: (name, value) => appendFileCommand(env, 'GITHUB_OUTPUT', name, value, write),
    exportVariable(name, value) {
      env[name] = value;
      appendFileCommand(env, 'GITHUB_ENV', name, value, write);
    },
    saveState: (name, value) => appendFileCommand(env, 'GITHUB_STATE', name, value, write),
    getState: (name) => env[`STATE_${name}`] ?? '',
    async appendSummary(markdown) {
      const file = env.GITHUB_STEP_SUMMARY;
      if (file) appendFileSync(file, markdown.endsWith('\n') ? markdown : `${markdown}\n`, 'utf8');
    },
    uploadArtifact: options.uploadArtifact ?? noUploader,
    async getIdToken(audience) {
      const token = await fetchIdToken(env, audience);
      ports.mask(token);
      return token;
    },
  };
  return ports;
}
