import type { ActionPorts, AnnotationPlace } from '@mcp-secrets/ports';

export interface LoggedLine {
  level: 'info' | 'debug' | 'notice' | 'warning' | 'error';
  message: string;
  place?: AnnotationPlace;
}

/** ActionPorts that record what the check does, for assertions. */
export function memoryPorts(env: NodeJS.ProcessEnv = {}): ActionPorts & { lines: LoggedLine[]; outputs: Record<string, string>; summary: string[] } {
  const lines: LoggedLine[] = [];
  const outputs: Record<string, string> = {};
  const summary: string[] = [];
  const record = (level: LoggedLine['level']) => (message: string, place?: AnnotationPlace) =>
    void lines.push({ level, message, ...(place !== undefined && { place }) });
  return {
    env,
    lines,
    outputs,
    summary,
    log: { info: record('info'), debug: record('debug'), notice: record('notice'), warning: record('warning'), error: record('error') },
    mask: () => undefined,
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
