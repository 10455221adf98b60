import { chainedWorkflows } from '../../../../test/hostile/yaml-inputs';
import { jobNeeds, parseWorkflowFile, workflowResolver, type WorkflowModel } from '../index';

function parsedChain(depth: number, jobs: number): WorkflowModel[] {
  return Object.entries(chainedWorkflows(depth, jobs)).map(([path, text]) => parseWorkflowFile(path, text) as WorkflowModel);
}

describe('jobNeeds through called workflows', () => {
  test('a chain of calls is walked once per job, whatever the number of paths (20 levels of 10 jobs: 10^20 paths)', () => {
    const files = parsedChain(20, 10);
    const needs = jobNeeds(files[0], files[0].jobs[0], workflowResolver(files), new Set([files[0].file]));
    expect(needs.needs).toEqual([]);
    expect(needs.unknown[0]).toBe(
      `someone/unknown-action@0123456789abcdef0123456789abcdef01234567${files
        .slice(1)
        .map((f) => ` in ./${f.file}`)
        .reverse()
        .join('')}`,
    );
  });

  test('the reasons a job is not fully known are listed once each, at most 10, then "others"', () => {
    const step = (name: string): string => `      - uses: someone/${name}@0123456789abcdef0123456789abcdef01234567\n`;
    const called = parseWorkflowFile(
      '.github/workflows/called.yml',
      `on: workflow_call\njobs:\n${Array.from({ length: 15 }, (_, j) => `  j${j}:\n    runs-on: x\n    steps:\n${step(`action-${j}`)}${step('shared')}`).join('')}`,
    ) as WorkflowModel;
    const caller = parseWorkflowFile('.github/workflows/caller.yml', 'on: push\njobs:\n  call:\n    uses: ./.github/workflows/called.yml\n') as WorkflowModel;
    const needs = jobNeeds(caller, caller.jobs[0], workflowResolver([caller, called]), new Set([caller.file]));
    // action-0, shared (then skipped as seen), action-1...action-8: ten, then the rest as one.
    const names = ['action-0', 'shared', ...[1, 2, 3, 4, 5, 6, 7, 8].map((j) => `action-${j}`)];
    expect(needs.unknown).toEqual([...names.map((name) => `someone/${name}@0123456789abcdef0123456789abcdef01234567 in ./.github/workflows/called.yml`), 'others']);
  });
});
