import { ConfigurationError } from '@mcp-secrets/ports';
import { validateTaskId } from './task-id';

describe('validateTaskId', () => {
  test.each(['TASK-OPS-302', 'inc42', 'A-1-b'])('accepts %s', (task) => {
    expect(validateTaskId(` ${task} `)).toBe(task);
  });

  test.each(['', '../etc', 'a/b', '.hidden', 'TASK_OPS', '-lead', 'trail-', 'a--b', 'TASK OPS', 'x'.repeat(65), 'é'])('refuses %j, naming the input', (task) => {
    expect(() => validateTaskId(task)).toThrow(ConfigurationError);
    expect(() => validateTaskId(task)).toThrow(/^input 'task': /);
  });

  test('missing', () => {
    expect(() => validateTaskId(undefined)).toThrow("input 'task': a task id is required (e.g. --task TASK-OPS-302)");
  });
});
