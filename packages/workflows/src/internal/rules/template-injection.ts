import type { ActionModel, Expression, Finding, InputSpec, KeyedValue, LocatedString, MatrixSpec, Severity, SourceRange, Step } from '../../model';
import { githubCapability } from '../context-capabilities';
import { contextPattern, dataflowContexts, isUnder } from '../expression-contexts';
import { parseExpression } from '../expression-parser';
import { expressionSpans } from '../expression-spans';
import { actionName } from '../parse-uses';
import { parseLocated, positionsOf } from '../source-positions';
import type { TextPositions } from '../source-positions';
import { finding } from './rule-context';
import type { RuleContext } from './rule-context';

export { untrustedContext } from '../context-capabilities';

const RULE = 'template-injection';

/**
 * Inputs of well-known actions that run their value as code (from each action's action.yml and
 * README: a script, a command line, an expression evaluated in JavaScript or Python).
 */
const CODE_INPUTS: Readonly<Record<string, readonly string[]>> = {
  'actions/github-script': ['script'],
  'azure/cli': ['inlinescript'],
  'azure/powershell': ['inlinescript'],
  'mikefarah/yq': ['cmd'],
  'amadevus/pwsh-script': ['script'],
  'jannekem/run-python-script-action': ['script'],
  'cardinalby/js-eval-action': ['expression'],
  'appleboy/ssh-action': ['script'],
  'garygrossgarten/github-action-ssh': ['command'],
  'uraimo/run-on-arch-action': ['run'],
  'addnab/docker-run-action': ['run'],
  'cross-platform-actions/action': ['run'],
};

/** Input types whose values cannot carry code (`choice` is one of the listed options). */
const FIXED_INPUT_TYPES = new Set(['boolean', 'number', 'choice', 'environment']);

/** `github.event.inputs.x` is the same workflow_dispatch input as `inputs.x`, with the same type. */
function asInput(pattern: string): string {
  return pattern.startsWith('github.event.inputs.') ? `inputs.${pattern.slice('github.event.inputs.'.length)}` : pattern;
}

/** Where the steps are: the file, the maps of `env:` around them, the inputs and matrix they can read. */
export interface InjectionScope {
  file: string;
  positions: TextPositions;
  /** The workflow's and job's `env:` maps, outermost first (none for a composite action). */
  envs: readonly (readonly KeyedValue[])[];
  inputs: readonly InputSpec[];
  /** The job's `strategy.matrix` (undefined: the job has none, so `matrix.*` is empty). */
  matrix?: MatrixSpec;
  /** `needs.<job>.outputs.<name>` (lower case) set from attacker-controlled data, with that source. */
  taintedNeeds?: ReadonlyMap<string, string>;
}

interface Verdict {
  severity: Severity;
  /** Why the value is dangerous, for the message. */
  why: string;
}

/**
 * Each context of a `${{ }}` in a `run:` script or a code input of a known action (github-script
 * `script:`...) whose value may reach the code, graded as zizmor does: attacker-controlled
 * `github` fields and string inputs error, URLs and dynamic matrix values warning, `env`
 * values set at run time and other contexts (step and job outputs) note, raised to error when
 * they carry attacker-controlled data. Reported at the context inside the expression.
 */
export function templateInjection(scope: InjectionScope, steps: readonly Step[]): Finding[] {
  const out: Finding[] = [];
  const taintedSteps = new Map<string, string>();
  for (const step of steps) {
    for (const sink of sinksOf(step)) {
      for (const expression of sink.value.expressions) out.push(...inExpression(scope, step, sink, expression, taintedSteps));
    }
    const source = step.id !== undefined ? stepOutputTaint(scope, step, taintedSteps) : undefined;
    if (source !== undefined && step.id !== undefined) taintedSteps.set(step.id.toLowerCase(), source);
  }
  return out;
}

interface Sink {
  value: LocatedString;
  kind: 'shell' | 'js' | 'input';
  name: string;
}

function sinksOf(step: Step): Sink[] {
  if (step.run) return [{ value: step.run, kind: 'shell', name: '`run:` script' }];
  const name = step.uses ? actionName(step.uses) : undefined;
  const inputs = name !== undefined ? CODE_INPUTS[name] : undefined;
  if (inputs === undefined || name === undefined) return [];
  return step.with
    .filter((w) => inputs.includes(w.key.toLowerCase()))
    .map((w) => ({ value: w, kind: name === 'actions/github-script' ? 'js' : 'input', name: `${name} \`${w.key}:\`` }));
}

function inExpression(scope: InjectionScope, step: Step, sink: Sink, expression: Expression, taintedSteps: ReadonlyMap<string, string>): Finding[] {
  const parsed = parseLocated(scope.positions, expression);
  if (parsed === undefined) return [];
  return dataflowContexts(parsed.tree).flatMap((context) => {
    const pattern = contextPattern(context);
    const verdict = judge(scope, step, pattern, taintedSteps);
    if (verdict === undefined) return [];
    const text = parsed.raw.slice(context.start, context.end);
    return [report(scope.file, sink, expression, parsed.rangeOf(context), text, pattern, verdict)];
  });
}

/** How dangerous a context is in code, or undefined when nobody outside can shape it. */
function judge(scope: InjectionScope, step: Step, context: string | undefined, taintedSteps: ReadonlyMap<string, string>): Verdict | undefined {
  // `fromJSON(x).y` and computed indexes: zizmor cannot follow them either.
  if (context === undefined) return { severity: 'note', why: 'is computed at run time' };
  const pattern = asInput(context);
  const [head] = pattern.split('.');
  switch (head) {
    case 'secrets':
      return undefined;
    case 'inputs': {
      const name = pattern.split('.')[1];
      const input = scope.inputs.find((i) => i.name.toLowerCase() === name);
      if (input?.type !== undefined && FIXED_INPUT_TYPES.has(input.type.toLowerCase())) return undefined;
      return { severity: 'error', why: 'is an input whoever triggers or calls this can set to any text' };
    }
    case 'env':
      return judgeEnv(scope, step, pattern.split('.')[1] ?? '');
    case 'github':
    case 'runner': {
      const capability = githubCapability(pattern);
      if (capability === 'fixed') return undefined;
      if (head === 'runner' && capability === undefined) return { severity: 'note', why: 'comes from the runner' };
      if (capability === 'structured') return { severity: 'warning', why: 'is a URL or name an outsider can shape' };
      return { severity: 'error', why: 'is controlled by whoever opens the issue, pull request, comment or commit' };
    }
    case 'matrix':
      return judgeMatrix(scope.matrix, pattern);
    case 'steps': {
      const source = taintedSteps.get(pattern.split('.')[1] ?? '');
      return source !== undefined
        ? { severity: 'error', why: `is a step output set from ${source}` }
        : { severity: 'note', why: 'is set at run time by a step' };
    }
    case 'needs': {
      const source = [...(scope.taintedNeeds ?? [])].find(([key]) => isUnder(pattern, key) || isUnder(key, pattern))?.[1];
      return source !== undefined
        ? { severity: 'error', why: `is a job output set from ${source}` }
        : { severity: 'note', why: 'is set at run time by another job' };
    }
    default:
      return { severity: 'note', why: 'is not fixed when the workflow is written' };
  }
}

/** `env.X`: fixed text is fine; a value with expressions is set at run time, attacker-controlled when they are. */
function judgeEnv(scope: InjectionScope, step: Step, name: string): Verdict | undefined {
  const entry = [step.env, ...[...scope.envs].reverse()].map((env) => env.find((e) => e.key.toLowerCase() === name)).find((e) => e !== undefined);
  if (entry !== undefined && entry.expressions.length === 0) return undefined;
  const source = entry !== undefined ? taintOf(scope, entry) : undefined;
  if (source !== undefined) return { severity: 'error', why: `is set from ${source}` };
  return { severity: 'note', why: entry === undefined ? 'is not set in this file (GITHUB_ENV may set it at run time)' : 'is set from an expression' };
}

function judgeMatrix(matrix: MatrixSpec | undefined, pattern: string): Verdict | undefined {
  if (matrix === undefined) return undefined;
  if (matrix.expression !== undefined) return { severity: 'warning', why: 'comes from a matrix built by an expression' };
  const values = [...matrix.values].filter(([path]) => isUnder(path, pattern) || isUnder(pattern, path)).flatMap(([, v]) => v);
  const dynamic = values.filter((v) => v.expressions.length > 0);
  if (dynamic.length === 0) return undefined;
  const source = dynamic.map((v) => taintOfValue(v)).find((s) => s !== undefined);
  return source !== undefined
    ? { severity: 'error', why: `is a matrix value set from ${source}` }
    : { severity: 'warning', why: 'is a matrix value set from an expression' };
}

/** The attacker-controlled context a value's expressions carry into it, if any. */
function taintOf(scope: InjectionScope, value: LocatedString): string | undefined {
  return taintOfExpressions(scope, value.expressions.map((e) => e.text));
}

function taintOfExpressions(scope: InjectionScope, expressions: readonly string[]): string | undefined {
  for (const expression of expressions) {
    const tree = parseExpression(expression);
    if (tree === undefined) continue;
    for (const context of dataflowContexts(tree)) {
      const pattern = contextPattern(context);
      if (pattern === undefined) continue;
      if (asInput(pattern).startsWith('inputs.')) {
        const input = scope.inputs.find((i) => `inputs.${i.name.toLowerCase()}` === asInput(pattern));
        if (input?.type === undefined || !FIXED_INPUT_TYPES.has(input.type.toLowerCase())) return pattern;
      }
      if (isAttackerText(pattern)) return pattern;
    }
  }
  return undefined;
}

function taintOfValue(value: LocatedString): string | undefined {
  return value.expressions
    .flatMap((e) => {
      const tree = parseExpression(e.text);
      return tree === undefined ? [] : dataflowContexts(tree).map((c) => contextPattern(c));
    })
    .find((p): p is string => p !== undefined && isAttackerText(p));
}

function isAttackerText(pattern: string): boolean {
  if (!pattern.startsWith('github.')) return false;
  const capability = githubCapability(pattern);
  return capability === 'arbitrary' || capability === undefined;
}

/**
 * A step whose script writes GITHUB_OUTPUT from attacker-controlled data taints its outputs: the
 * data must be on a line that writes an output (a `${{ }}` of it, or a variable of the step's
 * `env:` set from it). A script that reads the data and writes something else (a `case` that
 * maps it to fixed names, a version read back from a file, a URL from an API) taints nothing.
 */
function stepOutputTaint(scope: InjectionScope, step: Step, taintedSteps: ReadonlyMap<string, string>): string | undefined {
  const script = step.run ?? sinksOf(step)[0]?.value;
  if (script === undefined) return undefined;
  const writes = outputWrites(script.value);
  if (writes === '') return undefined;
  const expressions = expressionSpans(writes).map((span) => span.inner);
  const direct = taintOfExpressions(scope, expressions);
  if (direct !== undefined) return direct;
  const words = new Set(writes.match(/\w+/g));
  for (const entry of step.env) {
    const source = words.has(entry.key) ? taintOf(scope, entry) : undefined;
    if (source !== undefined) return source;
  }
  const viaStep = /steps\.([\w-]+)\.outputs/i.exec(expressions.join(' '));
  return viaStep ? taintedSteps.get(viaStep[1].toLowerCase()) : undefined;
}

const OUTPUT_WRITE = /GITHUB_OUTPUT|set-output|setOutput/;

/**
 * The lines of a script that write step outputs: those naming GITHUB_OUTPUT (or the old
 * `::set-output`, github-script's `core.setOutput`), with the body of a `{ ... } >> $GITHUB_OUTPUT`
 * group and of a here-document sent there. One pass: each line is looked at once.
 */
function outputWrites(script: string): string {
  if (!OUTPUT_WRITE.test(script)) return '';
  const out: string[] = [];
  let group: string[] | undefined;
  let heredocEnd: string | undefined;
  for (const line of script.split('\n')) {
    if (heredocEnd !== undefined) {
      out.push(line);
      if (line.trim() === heredocEnd) heredocEnd = undefined;
    } else if (/^\s*\{\s*$/.test(line)) {
      group = [];
    } else if (OUTPUT_WRITE.test(line)) {
      if (group !== undefined && /^\s*\}/.test(line)) out.push(...group);
      group = undefined;
      out.push(line);
      heredocEnd = /<<-?\s*['"]?(\w+)['"]?/.exec(line)?.[1];
    } else {
      group?.push(line);
    }
  }
  return out.join('\n');
}

/** `needs.<job>.outputs.<name>` set from attacker-controlled data, for the jobs that need it. */
export function taintedJobOutputs(scope: Omit<InjectionScope, 'taintedNeeds'>, jobId: string, outputs: readonly KeyedValue[], steps: readonly Step[]): Map<string, string> {
  const tainted = new Map<string, string>();
  const stepTaint = new Map<string, string>();
  for (const step of steps) {
    const source = step.id !== undefined ? stepOutputTaint(scope, step, stepTaint) : undefined;
    if (source !== undefined && step.id !== undefined) stepTaint.set(step.id.toLowerCase(), source);
  }
  for (const output of outputs) {
    const direct = taintOf(scope, output);
    const viaStep = /steps\.([\w-]+)\.outputs/i.exec(output.expressions.map((e) => e.text).join(' '));
    const source = direct ?? (viaStep ? stepTaint.get(viaStep[1].toLowerCase()) : undefined);
    if (source !== undefined) tainted.set(`needs.${jobId.toLowerCase()}.outputs.${output.key.toLowerCase()}`, source);
  }
  return tainted;
}

function report(file: string, sink: Sink, expression: Expression, range: SourceRange, text: string, pattern: string | undefined, verdict: Verdict): Finding {
  const existing = pattern?.startsWith('env.') ? text.slice(text.indexOf('.') + 1) : undefined;
  const variable = existing ?? envName(pattern);
  const use = sink.kind === 'shell' ? `"$${variable}"` : sink.kind === 'js' ? `process.env.${variable}` : `the variable ${variable}`;
  const advice = existing !== undefined ? `use ${use} instead` : `pass it through env: and use ${use}`;
  const whole = expression.text === text;
  const fix = verdict.severity === 'error' && existing === undefined && sink.kind !== 'input' && whole ? `env:\n  ${variable}: \${{ ${expression.text} }}` : undefined;
  return finding(RULE, verdict.severity, file, range, `${text} ${verdict.why}, and \${{ }} pastes it into the ${sink.name} before it runs: ${advice}`, fix);
}

function envName(pattern: string | undefined): string {
  const parts = (pattern ?? '').split('.').filter((p) => p !== 'github' && p !== 'event' && p !== '*' && p !== '');
  return (parts.length > 0 ? parts.join('_') : 'VALUE').toUpperCase().replace(/[^A-Z0-9_]/g, '_');
}


/** Every job of a workflow, with the job outputs the others may read through `needs`. */
export function workflowTemplateInjection({ workflow }: RuleContext): Finding[] {
  const base = { file: workflow.file, positions: positionsOf(workflow), inputs: workflow.inputs ?? [] };
  const taintedNeeds = new Map<string, string>();
  for (const job of workflow.jobs) {
    const scope = { ...base, envs: [workflow.env, job.env], matrix: job.matrix };
    for (const [key, source] of taintedJobOutputs(scope, job.id, job.outputs ?? [], job.steps)) taintedNeeds.set(key, source);
  }
  return workflow.jobs.flatMap((job) => templateInjection({ ...base, envs: [workflow.env, job.env], matrix: job.matrix, taintedNeeds }, job.steps));
}

/** A composite action's steps: its inputs are whatever the calling workflow passes. */
export function actionTemplateInjection(action: ActionModel): Finding[] {
  return templateInjection({ file: action.file, positions: positionsOf(action), inputs: action.inputs ?? [], envs: [] }, action.steps);
}
