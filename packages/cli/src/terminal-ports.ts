import { maskablePieces, type ActionPorts, type AnnotationPlace } from '@mcp-secrets/ports';

export interface TerminalIo {
  out: (text: string) => void;
  err: (text: string) => void;
  /** Colour escapes are welcome (a TTY without NO_COLOR). */
  color: boolean;
  /** stdout is a terminal: interactive output (a secret shown once, progress) is allowed. */
  isTTY: boolean;
}

export interface TerminalPorts extends ActionPorts {
  outputs: Record<string, string>;
  exported: string[];
  /** Replaces every masked value in a text, as the runner's log masker does. */
  redact(text: string): string;
}

const paint = (color: boolean, code: string, text: string): string => (color ? `\u001b[${code}m${text}\u001b[0m` : text);

/**
 * ActionPorts for a laptop: logs go to the terminal through the same masking
 * discipline as on the runner (masked values print as ***), outputs and exports
 * are collected instead of written to runner files.
 */
export function terminalPorts(io: TerminalIo, env: NodeJS.ProcessEnv, options: { verbose?: boolean } = {}): TerminalPorts {
  const masked: string[] = [];
  const redact = (text: string): string => masked.reduce((acc, secret) => acc.split(secret).join('***'), text);
  const where = (place?: AnnotationPlace): string =>
    place?.file ? `${place.file}${place.startLine ? `:${place.startLine}` : ''}${place.startColumn ? `:${place.startColumn}` : ''}: ` : '';
  const state: Record<string, string> = {};
  const ports: TerminalPorts = {
    env,
    outputs: {},
    exported: [],
    redact,
    log: {
      info: (message) => io.out(`${redact(message)}\n`),
      debug: (message) => {
        if (options.verbose) io.err(`${paint(io.color, '2', redact(message))}\n`);
      },
      notice: (message, place) => io.err(`${paint(io.color, '36', 'notice')}: ${where(place)}${redact(message)}\n`),
      warning: (message, place) => io.err(`${paint(io.color, '33', 'warning')}: ${where(place)}${redact(message)}\n`),
      error: (message, place) => io.err(`${paint(io.color, '31', 'error')}: ${where(place)}${redact(message)}\n`),
    },
    mask(value) {
      for (const piece of maskablePieces(value)) if (!masked.includes(piece)) masked.push(piece);
      // Longest first, so a line of a value is not replaced before the whole value.
      masked.sort((a, b) => b.length - a.length);
    },
    setOutput: (name, value) => {
      ports.outputs[name] = value;
    },
    exportVariable: (name) => {
      ports.exported.push(name);
    },
    saveState: (name, value) => {
      state[name] = value;
    },
    getState: (name) => state[name] ?? '',
    appendSummary: async () => undefined,
    uploadArtifact: async () => ({ uploaded: false, reason: 'artifacts are uploaded only on GitHub runners' }),
    getIdToken: async () => {
      throw new Error('GitHub OIDC tokens exist only inside GitHub Actions jobs: use a Vault token or AppRole locally');
    },
  };
  return ports;
}
