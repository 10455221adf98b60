import type { ActionPorts, AnnotationPlace } from '@mcp-secrets/ports';

export interface LoggedLine {
  level: 'info' | 'debug' | 'notice' | 'warning' | 'error';
  message: string;
  place?: AnnotationPlace;
}

export interface MemoryPorts extends ActionPorts {
  lines: LoggedLine[];
  outputs: Record<string, string>;
  summary: string[];
  masked: string[];
  uploads: Array<{ name: string; files: string[]; rootDir: string }>;
}

/** ActionPorts that record what the audit does, for assertions. */
export function memoryPorts(env: NodeJS.ProcessEnv = {}): MemoryPorts {
  const ports: MemoryPorts = {
    env,
    lines: [],
    outputs: {},
    summary: [],
    masked: [],
    uploads: [],
    log: {
      info: (message) => void ports.lines.push({ level: 'info', message }),
      debug: (message) => void ports.lines.push({ level: 'debug', message }),
      notice: (message, place?: AnnotationPlace) => void ports.lines.push({ level: 'notice', message, place }),
      warning: (message, place?: AnnotationPlace) => void ports.lines.push({ level: 'warning', message, place }),
      error: (message, place?: AnnotationPlace) => void ports.lines.push({ level: 'error', message, place }),
    },
    mask: (value) => void ports.masked.push(value),
    setOutput: (name, value) => {
      ports.outputs[name] = value;
    },
    exportVariable: () => undefined,
    saveState: () => undefined,
    getState: () => '',
    appendSummary: async (markdown) => void ports.summary.push(markdown),
    uploadArtifact: async (name, files, rootDir) => {
      ports.uploads.push({ name, files, rootDir });
      return { uploaded: true, reason: 'artifact id 7' };
    },
    getIdToken: async () => {
      throw new Error('no id token in tests');
    },
  };
  return ports;
}
