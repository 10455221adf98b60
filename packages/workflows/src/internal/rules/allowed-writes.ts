import type { WorkflowsConfig } from '../config';

/** Whether the security team accepted `scope: write` for this job (`*` = the top level and every job). */
export function isWriteAllowed(config: WorkflowsConfig, file: string, job: string, scope: string): boolean {
  const path = file.replace(/\\/g, '/');
  return config.allowedWrites.some(
    (a) =>
      (path === a.workflow || path.endsWith(`/${a.workflow.replace(/^\.?\//, '')}`)) &&
      (a.job === '*' || a.job === job) &&
      a.scopes.includes(scope),
  );
}
