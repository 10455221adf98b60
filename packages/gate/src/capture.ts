import type { ActionPorts, AnnotationPlace } from '@mcp-secrets/ports';

export type AnnotationLevel = 'error' | 'warning' | 'notice';

/** An annotation a part asked for, held back so the gate can share GitHub's per-step limits. */
export interface HeldAnnotation {
  level: AnnotationLevel;
  message: string;
  place?: AnnotationPlace;
}

export interface CapturedPart {
  ports: ActionPorts;
  annotations: HeldAnnotation[];
  summary: string[];
}

/**
 * The gate's ports as one part sees them: masking, log lines, artifacts and the
 * environment go straight through; outputs get the part's prefix (`findings` ->
 * `audit-findings`); annotations and the job summary are held for the gate to
 * combine once every part has run.
 */
export function capturePart(ports: ActionPorts, outputPrefix: string): CapturedPart {
  const annotations: HeldAnnotation[] = [];
  const summary: string[] = [];
  const hold = (level: AnnotationLevel) => (message: string, place?: AnnotationPlace) =>
    void annotations.push({ level, message, ...(place !== undefined && { place }) });
  const captured: ActionPorts = {
    ...ports,
    log: { info: ports.log.info, debug: ports.log.debug, notice: hold('notice'), warning: hold('warning'), error: hold('error') },
    setOutput: (name, value) => ports.setOutput(`${outputPrefix}${name}`, value),
    appendSummary: async (markdown) => {
      summary.push(markdown);
    },
  };
  return { ports: captured, annotations, summary };
}
