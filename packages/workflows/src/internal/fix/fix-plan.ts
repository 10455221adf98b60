import type { ActionModel, Finding, Job, SourceRange, Step, WorkflowModel } from '../../model';
import type { WorkflowsConfig } from '../config';
import type { WorkflowResolver } from '../job-needs';
import type { YamlSource } from '../source';
import type { TextEdit } from './text-edits';
import type { YamlEditor } from './yaml-edits';

/** One file being fixed: its YAML, its model and what its rules need. */
export interface FixContext {
  source: YamlSource;
  editor: YamlEditor;
  model: WorkflowModel | ActionModel;
  config: WorkflowsConfig;
  resolve: WorkflowResolver;
}

/** A fixer's answer for one rule's findings in one file. */
export interface FixPlan {
  edits: TextEdit[];
  /** The findings the edits fix. */
  fixed: Finding[];
  skipped: { finding: Finding; reason: string }[];
}

export const emptyPlan = (): FixPlan => ({ edits: [], fixed: [], skipped: [] });

/** Whether the finding's start lies within `range`. */
export function within(finding: Pick<Finding, 'line' | 'column'>, range: SourceRange): boolean {
  const after = finding.line > range.line || (finding.line === range.line && finding.column >= range.column);
  const before = finding.line < range.endLine || (finding.line === range.endLine && finding.column <= range.endColumn);
  return after && before;
}

/** The step a finding lies in, with its job (undefined for an action's steps). */
export function stepAt(model: WorkflowModel | ActionModel, finding: Finding): { job?: Job; step: Step } | undefined {
  const groups: { job?: Job; steps: readonly Step[] }[] = model.kind === 'workflow' ? model.jobs.map((job) => ({ job, steps: job.steps })) : [{ steps: model.steps }];
  for (const { job, steps } of groups) {
    const step = steps.find((s) => within(finding, s.range));
    if (step !== undefined) return { job, step };
  }
  return undefined;
}

/** The YAML node of a step: `jobs.<id>.steps[i]`, or an action's `runs.steps[i]`. */
export function stepNode(source: YamlSource, job: Job | undefined, step: Step): unknown {
  const root = source.doc.contents;
  const parent = job !== undefined ? source.get(source.get(root, 'jobs')?.value, job.id)?.value : source.get(root, 'runs')?.value;
  return source.items(source.get(parent, 'steps')?.value)[step.index];
}
