import type { ActionModel, Finding, ParsedFile, WorkflowModel } from '../../model';
import { checkParsedFile, workflowResolver } from '../analyze';
import type { WorkflowInput } from '../analyze';
import { DEFAULT_CONFIG } from '../config';
import type { WorkflowsConfig } from '../config';
import type { WorkflowResolver } from '../job-needs';
import { oversizedWorkflowFile, parseWorkflowFile } from '../parse-file';
import { sourceOf } from '../parsed-sources';
import { checkoutFix } from './checkout-fix';
import type { FixContext, FixPlan } from './fix-plan';
import { injectionFix } from './injection-fix';
import { permissionsFix } from './permissions-fix';
import { applyEdits, overlaps } from './text-edits';
import { YamlEditor } from './yaml-edits';

/** A finding a fix removed, where it was before the fix. */
export type FixedFinding = Pick<Finding, 'ruleId' | 'file' | 'line' | 'column' | 'message'>;

/** A finding left as it is, and why. */
export interface SkippedFix extends FixedFinding {
  reason: string;
}

export interface FixedFile {
  path: string;
  before: string;
  after: string;
  fixed: FixedFinding[];
}

export interface FixResult {
  /** Files whose text changes, in the order given. */
  files: FixedFile[];
  skipped: SkippedFix[];
}

/** What can be fixed offline, in the order the stages are tried. */
const STAGES: readonly [readonly string[], (ctx: FixContext, findings: readonly Finding[]) => FixPlan][] = [
  // One stage for both: their blocks are the same blocks, and proposals for one block meet.
  [['excessive-permissions', 'unneeded-permissions'], permissionsFix],
  [['artipacked'], checkoutFix],
  [['template-injection'], injectionFix],
];

/**
 * The files rewritten to fix what can be fixed without the network: least-privilege `permissions:`
 * blocks, `persist-credentials: false` on checkouts, injected expressions moved into `env:`. Nothing
 * is written here. Each stage is kept only when the file still parses and its re-check reports fewer
 * findings of that rule (by as many as were fixed) and no more of any other; else its findings are
 * skipped with the reason.
 */
export function fixWorkflows(options: { files: readonly WorkflowInput[]; config?: WorkflowsConfig }): FixResult {
  const config = options.config ?? DEFAULT_CONFIG;
  const parsed = options.files.map((f) => ('text' in f ? parseWorkflowFile(f.path, f.text) : oversizedWorkflowFile(f.path, f.oversize)));
  const resolve = workflowResolver(parsed);
  const result: FixResult = { files: [], skipped: [] };
  options.files.forEach((input, i) => {
    const model = parsed[i];
    if (!('text' in input) || (model.kind !== 'workflow' && model.kind !== 'action')) return;
    const fixed = fixFile(input.path, input.text, model, checkParsedFile(model, config, undefined, resolve), config, resolve, result);
    if (fixed.after !== input.text) result.files.push(fixed);
  });
  return result;
}

interface StagePlan {
  ruleIds: readonly string[];
  plan: FixPlan;
}

/**
 * Every stage is planned on the file as given (so every position reported is one of that text),
 * from the model and YAML its check read (the file is parsed once before the fixes). The plans
 * are tried together first; when that fails the re-check, each is tried on top of the ones kept
 * before it, and kept only when it passes.
 */
function fixFile(
  path: string,
  text: string,
  model: WorkflowModel | ActionModel,
  initial: Finding[],
  config: WorkflowsConfig,
  resolve: WorkflowResolver,
  result: FixResult,
): FixedFile {
  const file: FixedFile = { path, before: text, after: text, fixed: [] };
  const source = sourceOf(model);
  if (source === undefined) return file;
  const ctx: FixContext = { source, editor: new YamlEditor(source), model, config, resolve };
  const bom = text.charCodeAt(0) === 0xfeff ? '\uFEFF' : '';
  const refuse = (stage: StagePlan, reason: string): void => {
    result.skipped.push(...stage.plan.fixed.map((finding) => ({ ...where(finding), reason })));
  };
  const stages: StagePlan[] = [];
  for (const [ruleIds, fixer] of STAGES) {
    const targets = initial.filter((f) => ruleIds.includes(f.ruleId));
    if (targets.length === 0) continue;
    const stage = { ruleIds, plan: fixer(ctx, targets) };
    result.skipped.push(...stage.plan.skipped.map(({ finding, reason }) => ({ ...where(finding), reason })));
    if (stage.plan.edits.length === 0 || stage.plan.fixed.length === 0) continue;
    if (stage.plan.edits.some((edit) => stages.some((other) => other.plan.edits.some((e) => overlaps(edit, e))))) {
      refuse(stage, 'its fix overlaps another fix of the same lines; run the fix again afterwards');
      continue;
    }
    stages.push(stage);
  }
  if (stages.length === 0) return file;
  const edited = (kept: readonly StagePlan[]): string => bom + applyEdits(source.text, kept.flatMap((stage) => stage.plan.edits));
  const keep = (kept: readonly StagePlan[], after: string): FixedFile => {
    file.after = after;
    for (const stage of kept) file.fixed.push(...stage.plan.fixed.map(where));
    return file;
  };
  const together = edited(stages);
  if (typeof verify(path, together, initial, stages, config, resolve) !== 'string') return keep(stages, together);
  let kept: StagePlan[] = [];
  let findings = initial;
  for (const stage of stages) {
    const recheck = verify(path, edited([...kept, stage]), findings, [stage], config, resolve);
    if (typeof recheck === 'string') {
      refuse(stage, recheck);
      continue;
    }
    kept = [...kept, stage];
    findings = recheck;
  }
  return kept.length > 0 ? keep(kept, edited(kept)) : file;
}

/** The findings of the fixed text, or why the fix is not kept: each stage's rules must drop by what it fixed, and no rule may grow. */
function verify(path: string, text: string, before: readonly Finding[], stages: readonly StagePlan[], config: WorkflowsConfig, resolve: WorkflowResolver): Finding[] | string {
  const parsed: ParsedFile = parseWorkflowFile(path, text);
  if (parsed.kind === 'parse-error') return `the fixed file would not parse (${parsed.message}); nothing was changed`;
  const after = checkParsedFile(parsed, config, undefined, resolve);
  const count = (list: readonly Finding[], ids: readonly string[]): number => list.filter((f) => ids.includes(f.ruleId)).length;
  for (const { ruleIds, plan } of stages) {
    if (count(after, ruleIds) > count(before, ruleIds) - plan.fixed.length) return `the re-check of the fixed file still reports ${ruleIds.join(' / ')}; nothing was changed`;
  }
  const worse = [...new Set(after.map((f) => f.ruleId))].find((id) => count(after, [id]) > count(before, [id]));
  return worse !== undefined ? `the fixed file would have more ${worse} findings; nothing was changed` : after;
}

function where(finding: Finding): FixedFinding {
  return { ruleId: finding.ruleId, file: finding.file, line: finding.line, column: finding.column, message: finding.message };
}
