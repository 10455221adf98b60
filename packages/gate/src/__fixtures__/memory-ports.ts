import type { ActionPorts, AnnotationPlace } from '@mcp-secrets/ports';

export interface LoggedLine {
  level: 'info' | 'debug' | 'notice' | 'warning' | 'error';
  message: string;
  place?: AnnotationPlace;
}

export type MemoryPorts = ActionPorts & { lines: LoggedLine[]; outputs: Record<string, string>; summary: string[]; masked: string[] };

/** ActionPorts that record what the gate does, for assertions. */
export function memoryPorts(env: NodeJS.ProcessEnv = {}): MemoryPorts {
  const lines: LoggedLine[] = [];
  const outputs: Record<string, string> = {};
  const summary: string[] = [];
  const masked: string[] = [];
  const record = (level: LoggedLine['level']) => (message: string, place?: AnnotationPlace) =>
    void lines.push({ level, message, ...(place !== undefined && { place }) });
  return {
    env,
    lines,
    outputs,
    summary,
    masked,
    log: { info: record('info'), debug: record('debug'), notice: record('notice'), warning: record('warning'), error: record('error') },
    mask: (value) => void masked.push(value),
    setOutput: (name, value) => {
      outputs[name] = value;
    },
    exportVariable: () => undefined,
    saveState: () => undefined,
    getState: () => '',
    appendSummary: async (markdown) => {
      summary.push(markdown);
    },
    uploadArtifact: async () => ({ uploaded: false, reason: 'memory ports' }),
    getIdToken: async () => {
      throw new Error('no id token in tests');
    },
  };
}

/** The annotations emitted (log lines of an annotation level). */
export const annotationsOf = (ports: MemoryPorts): LoggedLine[] => ports.lines.filter((l) => l.level === 'error' || l.level === 'warning' || l.level === 'notice');
