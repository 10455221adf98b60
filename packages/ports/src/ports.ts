/**
 * What an action's main(deps) may do to the outside world. The action kit binds
 * these to the runner (@actions/core); the CLI binds them to a terminal; tests
 * bind them to memory. Domain packages never see the runner directly.
 */
export interface AnnotationPlace {
  title?: string;
  file?: string;
  startLine?: number;
  endLine?: number;
  startColumn?: number;
  endColumn?: number;
}

export interface Logger {
  info(message: string): void;
  debug(message: string): void;
  notice(message: string, place?: AnnotationPlace): void;
  warning(message: string, place?: AnnotationPlace): void;
  error(message: string, place?: AnnotationPlace): void;
}

export interface ActionPorts {
  log: Logger;
  /** Registers a secret with the log masker before it could be printed. */
  mask(value: string): void;
  setOutput(name: string, value: string): void;
  exportVariable(name: string, value: string): void;
  saveState(name: string, value: string): void;
  getState(name: string): string;
  /** Appends markdown to the job summary (a no-op where there is none). */
  appendSummary(markdown: string): Promise<void>;
  /** Uploads files as a workflow artifact; resolves to false with a reason where uploading is impossible. */
  uploadArtifact(name: string, files: string[], rootDir: string): Promise<{ uploaded: boolean; reason?: string }>;
  /** A GitHub OIDC token for the audience (throws where the job has no id-token permission). */
  getIdToken(audience: string): Promise<string>;
  env: NodeJS.ProcessEnv;
}
