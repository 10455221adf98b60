import { isNode, isScalar } from 'yaml';
import type { Finding, Severity, SourceRange } from '../../../model';
import { sourceOf } from '../../parsed-sources';
import { keyText } from '../../source';
import type { YamlSource } from '../../source';
import { expressionFacts, templateSpans } from '../../structure/expression-syntax';
import type { ContextAccess } from '../../structure/expression-syntax';
import { readScopes } from '../../structure/job-scope';
import type { JobScope } from '../../structure/job-scope';
import { nearest } from '../../structure/nearest';
import { finding } from '../rule-context';
import type { RuleContext } from '../rule-context';

const RULE = 'expression';

const CONTEXTS = ['github', 'env', 'vars', 'job', 'jobs', 'steps', 'runner', 'secrets', 'strategy', 'matrix', 'needs', 'inputs'];
const FUNCTIONS = ['contains', 'startsWith', 'endsWith', 'format', 'join', 'toJSON', 'fromJSON', 'hashFiles', 'case', 'success', 'always', 'cancelled', 'failure'];
const LOWER_FUNCTIONS = new Set(FUNCTIONS.map((f) => f.toLowerCase()));

/** Where a scalar sits: in which job and step, under which job key, and whether it is a bare `if:` condition. */
interface Place {
  job?: JobScope;
  step?: number;
  key: string;
  bareIf: boolean;
}

interface Workflow {
  file: string;
  source: YamlSource;
  scopes: ReadonlyMap<string, JobScope>;
  outputs: ReadonlyMap<string, ReadonlySet<string> | undefined>;
  out: Finding[];
}

/**
 * Every `${{ }}` of the workflow (and bare `if:` condition) read as GitHub reads it: a `${{` never
 * closed, invalid syntax, a context or function GitHub does not have (GitHub refuses the workflow),
 * and `matrix.x`, `steps.x`, `needs.x` naming what the job does not have (they are empty at run
 * time): at the token at fault (actionlint's expression).
 */
export function expression({ workflow }: RuleContext): Finding[] {
  const source = sourceOf(workflow);
  if (source === undefined || (!source.opensExpressionIn(0, source.text.length) && !/\bif:/.test(source.text))) return [];
  const { scopes, outputs } = readScopes(source);
  const wf: Workflow = { file: workflow.file, source, scopes, outputs, out: [] };
  for (const pair of source.pairs(source.doc.contents)) {
    const key = keyText(pair);
    if (key !== 'jobs') {
      visit(wf, pair.value, { key, bareIf: false });
      continue;
    }
    for (const job of source.pairs(pair.value)) {
      const scope = scopes.get(keyText(job).toLowerCase());
      for (const jobPair of source.pairs(job.value)) {
        const jobKey = keyText(jobPair);
        if (jobKey !== 'steps') {
          visit(wf, jobPair.value, { job: scope, key: jobKey, bareIf: jobKey === 'if' });
          continue;
        }
        source.items(jobPair.value).forEach((step, index) => {
          for (const stepPair of source.pairs(step)) visit(wf, stepPair.value, { job: scope, step: index, key: 'steps', bareIf: keyText(stepPair) === 'if' });
        });
      }
    }
  }
  return wf.out;
}

/** Every scalar under `node` (a bare `if:` only at its top). */
function visit(wf: Workflow, node: unknown, place: Place, depth = 0): void {
  const resolved = wf.source.resolve(node);
  if (depth > 64 || resolved === null || resolved === undefined) return;
  // Most of a workflow holds no `${{`: such a subtree is skipped whole (a bare `if:` is read anyway).
  const range = isNode(resolved) ? resolved.range : undefined;
  if (!place.bareIf && range && !wf.source.opensExpressionIn(range[0], range[2])) return;
  if (isScalar(resolved)) {
    if (typeof resolved.value === 'string' && resolved.range) checkScalar(wf, resolved.value, resolved.range[0], resolved.range[1], place);
    return;
  }
  const inner: Place = { ...place, bareIf: false };
  for (const pair of wf.source.pairs(resolved)) visit(wf, pair.value, inner, depth + 1);
  for (const item of wf.source.items(resolved)) visit(wf, item, inner, depth + 1);
}

/**
 * The expressions of one scalar. They are read from its value (quotes and escapes undone) and
 * located in its source: exactly when the source spells the expression as the value does, else at
 * its `${{` (or the scalar) in the source.
 */
function checkScalar(wf: Workflow, value: string, start: number, end: number, place: Place): void {
  const text = wf.source.text.slice(start, end);
  if (place.bareIf && !value.includes('${{')) {
    if (value.trim() === '') return;
    const offset = text === value ? start : text.slice(1, -1) === value ? start + 1 : undefined;
    checkExpression(wf, value, offset, [start, end], place);
    return;
  }
  if (!value.includes('${{')) return;
  const spans = templateSpans(value);
  const located = templateSpans(text);
  spans.forEach((span, i) => {
    const at = located.length === spans.length ? located[i] : undefined;
    const anchor: [number, number] = at ? [start + at.start, start + at.end] : [start, end];
    if (!span.closed) {
      report(wf, 'error', wf.source.rangeOf(anchor[0], anchor[0] + 3), '"${{" is not closed by "}}"; GitHub refuses the workflow');
      return;
    }
    const inner = value.slice(span.innerStart, span.innerEnd);
    const exact = at && text.slice(at.innerStart, at.innerEnd) === inner ? start + at.innerStart : undefined;
    checkExpression(wf, inner, exact, anchor, place);
  });
}

function checkExpression(wf: Workflow, text: string, offset: number | undefined, anchor: [number, number], place: Place): void {
  const where = (from: number, to: number): SourceRange =>
    offset !== undefined ? wf.source.rangeOf(offset + from, offset + Math.max(to, from + 1)) : wf.source.rangeOf(anchor[0], anchor[1]);
  if (text.trim() === '') {
    report(wf, 'error', wf.source.rangeOf(anchor[0], anchor[1]), 'invalid expression: nothing between ${{ and }}');
    return;
  }
  const syntax = expressionFacts(text);
  if (syntax.error) {
    report(wf, 'error', where(syntax.error.start, syntax.error.end), `invalid expression: ${syntax.error.message}`);
    return;
  }
  for (const call of syntax.calls) {
    if (LOWER_FUNCTIONS.has(call.name.toLowerCase())) continue;
    const near = nearest(call.name, FUNCTIONS);
    report(wf, 'error', where(call.start, call.end), `"${call.name}" is not a function of GitHub's expressions${near ? `; did you mean "${near}"?` : ` (functions: ${FUNCTIONS.join(', ')})`}`);
  }
  for (const access of syntax.accesses) {
    const context = access.context.toLowerCase();
    if (!CONTEXTS.includes(context)) {
      const near = nearest(access.context, CONTEXTS);
      report(wf, 'error', where(access.start, access.start + access.context.length), `"${access.context}" is not a context${near ? `; did you mean "${near}"?` : ` (contexts: ${CONTEXTS.join(', ')})`}`);
      continue;
    }
    const problem = place.job ? undefinedReference(wf, place, place.job, context, access) : undefined;
    if (problem !== undefined) report(wf, 'warning', where(access.start, access.end), problem);
  }
}

/** Why `matrix.x` / `steps.x` / `needs.x` is empty in this job, or undefined when it is defined (or cannot be known). */
function undefinedReference(wf: Workflow, place: Place, job: JobScope, context: string, access: ContextAccess): string | undefined {
  const [name, property, output] = access.path.map((p) => p?.toLowerCase());
  if (name === undefined) return undefined;
  const read = `${context}.${access.path[0]}`;
  // matrix is not available in the job's `if:` (nor read by the strategy that defines it).
  if (context === 'matrix' && place.key !== 'if' && place.key !== 'strategy') {
    if (job.matrix === undefined || job.matrix?.has(name)) return undefined;
    if (job.matrix === null) return `${read} is empty: job "${job.id}" has no strategy.matrix`;
    const near = nearest(name, job.matrix);
    return `${read} is empty: the matrix of job "${job.id}" has ${[...job.matrix].join(', ')}${near ? `; did you mean "matrix.${near}"?` : ''}`;
  }
  // steps is read in steps, and in the job's outputs and environment once every step has run.
  if (context === 'steps' && (place.step !== undefined || place.key === 'outputs' || place.key === 'environment')) {
    const before = place.step !== undefined ? job.stepIds.slice(0, place.step) : job.stepIds;
    if (before.includes(name)) return undefined;
    if (job.stepIds.includes(name)) return `${read} is read before step "${access.path[0]}" runs, so it is empty here`;
    const near = nearest(name, before.filter((id): id is string => id !== undefined));
    return `${read}: no step of job "${job.id}" has id "${access.path[0]}"${near ? `; did you mean "steps.${near}"?` : ''}`;
  }
  if (context !== 'needs') return undefined;
  if (!job.needs.has(name)) {
    const exists = wf.scopes.get(name);
    return exists ? `${read} is empty: job "${job.id}" does not list "${exists.id}" in needs:` : `${read}: the workflow has no job "${access.path[0]}"`;
  }
  const declared = wf.outputs.get(name);
  if (property !== 'outputs' || output === undefined || declared === undefined || declared.has(output)) return undefined;
  const near = nearest(output, declared);
  return `${read}.outputs.${access.path[2]} is empty: job "${wf.scopes.get(name)?.id}" has no output "${access.path[2]}"${near ? `; did you mean "${near}"?` : ''}`;
}

function report(wf: Workflow, severity: Severity, range: SourceRange, message: string): void {
  wf.out.push(finding(RULE, severity, wf.file, range, message));
}
