import type { Finding, Severity } from '../../model';
import { workflowResolver } from '../analyze';
import { DEFAULT_CONFIG } from '../config';
import { parseWorkflowFile } from '../parse-file';
import { YamlSource } from '../source';
import type { FixContext, FixPlan } from './fix-plan';
import { applyEdits } from './text-edits';
import { YamlEditor } from './yaml-edits';

/** Lines joined with `\n` (or `\r\n`), ending with one. */
export const lines = (...l: string[]): string => `${l.join('\n')}\n`;

/** A fixer's context for one file, as fixWorkflows builds it. */
export function fixContext(text: string, path = '.github/workflows/w.yml'): FixContext {
  const source = YamlSource.parse(path, text);
  const model = parseWorkflowFile(path, text);
  if (model.kind !== 'workflow' && model.kind !== 'action') throw new Error(`${path} is ${model.kind}`);
  return { source, editor: new YamlEditor(source), model, config: DEFAULT_CONFIG, resolve: workflowResolver([model]) };
}

/** A finding at `line:column`, as a rule would report it. */
export function findingAt(ruleId: string, line: number, column: number, fix?: string, severity: Severity = 'error'): Finding {
  return { ruleId, severity, file: '.github/workflows/w.yml', line, column, message: ruleId, ...(fix !== undefined && { fix }) };
}

/** The text after a plan's edits, and the reasons of what it skipped. */
export function outcome(ctx: FixContext, plan: FixPlan): { text: string; skipped: string[] } {
  return { text: applyEdits(ctx.source.text, plan.edits), skipped: plan.skipped.map((s) => `${s.finding.line}:${s.finding.column} ${s.reason}`) };
}
