import type { VerdictStatus } from '@mcp-secrets/reporting';
import type { GatePartId } from './parts';

/** `error`: the part could not run (a configuration error, or an unexpected failure). */
export type PartStatus = VerdictStatus | 'error';

/** Why a part could not run, as the user fixes it: the message names the gate's own (prefixed) input. */
export interface PartError {
  message: string;
  configuration: boolean;
  file?: string;
  line?: number;
}

export interface PartOutcome {
  id: GatePartId;
  action: string;
  title: string;
  prefix: string;
  status: PartStatus;
  headline: string;
  error?: PartError;
  /** The part's own job-summary Markdown. */
  summary: string;
}

export interface GateResult {
  /** `fail` when any part failed or could not run. */
  status: VerdictStatus;
  parts: PartOutcome[];
  /** Annotations left out by GitHub's per-step limits, all levels. */
  omittedAnnotations: number;
  /** The step's failure message when the gate fails: every failing part and why. */
  failureMessage?: string;
}
