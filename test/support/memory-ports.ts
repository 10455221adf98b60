// ActionPorts that record everything an action does, for unit tests of the
// orchestration packages (the runner-bound ports are covered by the e2e tests).
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

export interface MemoryPortsOptions {
  /** What uploadArtifact answers (default: not uploaded, as off a runner). */
  upload?: { uploaded: boolean; reason?: string };
}

export function memoryPorts(env: NodeJS.ProcessEnv = {}, options: MemoryPortsOptions = {}): MemoryPorts {
  const record = (level: LoggedLine['level']) => (message: string, place?: AnnotationPlace) =>
    void ports.lines.push({ level, message, ...(place !== undefined && { place }) });
  const ports: MemoryPorts = {
    env,
    lines: [],
    outputs: {},
    summary: [],
    masked: [],
    uploads: [],
    log: { info: record('info'), debug: record('debug'), notice: record('notice'), warning: record('warning'), error: record('error') },
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
      return options.upload ?? { uploaded: false, reason: 'memory ports' };
    },
    getIdToken: async () => {
      throw new Error('no id token in tests');
    },
  };
  return ports;
}

/** The annotations emitted (log lines of an annotation level). */
export const annotationsOf = (ports: MemoryPorts): LoggedLine[] =>
  ports.lines.filter((line) => line.level === 'error' || line.level === 'warning' || line.level === 'notice');
