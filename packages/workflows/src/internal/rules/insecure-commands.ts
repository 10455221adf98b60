import type { ActionModel, Finding, KeyedValue, KeySpans, SourceRange } from '../../model';
import { finding } from './rule-context';
import type { RuleContext } from './rule-context';
import { keySpan } from './spans';

const RULE = 'insecure-commands';

/**
 * `ACTIONS_ALLOW_UNSECURE_COMMANDS: true` in the workflow's, a job's or a `run:` step's `env:`,
 * at that `env:` (as zizmor): it re-enables `::set-env` / `::add-path`, so any output line can
 * set variables or PATH for the steps after it.
 */
export function insecureCommands({ workflow }: RuleContext): Finding[] {
  const out = check(workflow.file, workflow.env, workflow.keySpans, workflow.onRange);
  for (const job of workflow.jobs) {
    if (job.uses) continue;
    out.push(...check(workflow.file, job.env, job.keySpans, job.idRange));
    for (const step of job.steps) if (step.run) out.push(...check(workflow.file, step.env, step.keySpans, step.range));
  }
  return out;
}

/** The `run:` steps of a composite action. */
export function actionInsecureCommands(action: ActionModel): Finding[] {
  return action.steps.flatMap((step) => (step.run ? check(action.file, step.env, step.keySpans, step.range) : []));
}

function check(file: string, env: readonly KeyedValue[], spans: KeySpans | undefined, fallback: SourceRange): Finding[] {
  const entry = env.find((e) => e.key === 'ACTIONS_ALLOW_UNSECURE_COMMANDS' && e.value.trim().toLowerCase() === 'true');
  if (entry === undefined) return [];
  return [
    finding(
      RULE,
      'error',
      file,
      keySpan(spans, 'env', fallback),
      'ACTIONS_ALLOW_UNSECURE_COMMANDS re-enables the ::set-env and ::add-path workflow commands, so anything a step prints can set variables or PATH for later steps; remove it and write to $GITHUB_ENV / $GITHUB_PATH',
    ),
  ];
}
