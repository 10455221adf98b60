import { ConfigurationError } from '@mcp-secrets/ports';

const TASK_ID = /^[A-Za-z0-9]+(?:-[A-Za-z0-9]+)*$/;
const MAX_LENGTH = 64;

/**
 * A task id names a folder under the evidence root: letters, digits and single dashes only
 * (`TASK-OPS-302`), so no id can climb out of it (`..`, `/`) or hide (a leading dot).
 */
export function validateTaskId(given: string | undefined): string {
  const task = (given ?? '').trim();
  if (task === '') throw new ConfigurationError('a task id is required', { input: 'task', hint: 'e.g. --task TASK-OPS-302' });
  if (task.length > MAX_LENGTH || !TASK_ID.test(task)) {
    throw new ConfigurationError(`'${task.slice(0, MAX_LENGTH)}' is not a task id`, {
      input: 'task',
      hint: `use letters, digits and dashes (at most ${MAX_LENGTH}), e.g. TASK-OPS-302`,
    });
  }
  return task;
}
