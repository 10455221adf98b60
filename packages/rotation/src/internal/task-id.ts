import { ConfigurationError } from '@mcp-secrets/ports';

const TASK_ID = /^[A-Za-z0-9][A-Za-z0-9._-]*$/;

/** The task (ticket) id a rotation records: refused before anything is read when it is not one. */
export function checkTaskId(task: string | undefined): void {
  if (task !== undefined && !TASK_ID.test(task)) {
    throw new ConfigurationError(`'${task}' is not a task id`, { input: 'task', hint: 'use letters, digits, ".", "_" and "-", e.g. TASK-OPS-302' });
  }
}
