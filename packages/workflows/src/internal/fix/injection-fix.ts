import { isMap, isScalar, parse, Scalar } from 'yaml';
import type { Finding, Job, LocatedString, Step } from '../../model';
import { walk } from '../expression-contexts';
import { readExpression } from '../expression-parser';
import { actionName } from '../parse-uses';
import { TextPositions } from '../source-positions';
import { templateSpans } from '../structure/expression-syntax';
import type { TemplateSpan } from '../structure/expression-syntax';
import { emptyPlan, stepAt, stepNode, within } from './fix-plan';
import type { FixContext, FixPlan } from './fix-plan';
import { jsSpotAt, pwshSpotAt, shellSpotAt } from './script-quoting';
import type { TextEdit } from './text-edits';

type ScriptKind = 'shell' | 'pwsh' | 'js';

/** One step's script being rewritten: its YAML scalar, its text as the shell sees it, and its `${{ }}` in both. */
interface Script {
  kind: ScriptKind;
  scalar: Scalar;
  value: string;
  valueSpans: TemplateSpan[];
  sourceSpans: TemplateSpan[];
}

/**
 * template-injection's `env:` indirection, written: the expression becomes a variable of the step's
 * `env:` (named as the finding's fix names it, else after the context it reads) and the script reads
 * the variable, quoted for where the expression stood: in bash/sh `"$VAR"` bare, `${VAR}` in "…" and
 * unquoted heredocs, `'"$VAR"'` in '…'; in PowerShell `$env:VAR`, `${env:VAR}` in "…"; in
 * github-script `process.env.VAR`. An expression already reading `env.X` becomes `$X`. Other shells,
 * a quoted heredoc, backquotes, an expression spelled with YAML escapes, and what would change meaning
 * (code pasted into JavaScript, a matrix value of several words) are left alone.
 */
export function injectionFix(ctx: FixContext, findings: readonly Finding[]): FixPlan {
  const plan = emptyPlan();
  const byStep = new Map<Step, { job?: Job; findings: Finding[] }>();
  for (const finding of findings) {
    const at = stepAt(ctx.model, finding);
    if (at === undefined) {
      plan.skipped.push({ finding, reason: 'not in a step' });
      continue;
    }
    byStep.set(at.step, { job: at.job, findings: [...(byStep.get(at.step)?.findings ?? []), finding] });
  }
  const positions = new TextPositions(ctx.source.text);
  for (const [step, { job, findings: stepFindings }] of byStep) {
    const result = fixStep(ctx, positions, job, step, stepFindings);
    if (typeof result === 'string') {
      for (const finding of stepFindings) plan.skipped.push({ finding, reason: result });
      continue;
    }
    plan.edits.push(...result.edits);
    plan.fixed.push(...result.fixed);
    plan.skipped.push(...result.skipped);
  }
  return plan;
}

function fixStep(ctx: FixContext, positions: TextPositions, job: Job | undefined, step: Step, findings: Finding[]): FixPlan | string {
  const node = stepNode(ctx.source, job, step);
  const script = scriptOf(ctx, node, step, findings[0]);
  if (typeof script === 'string') return script;
  if (script.kind === 'shell') {
    const shell = shellOf(ctx, job, step);
    if (shell === undefined) return 'the runner\'s operating system, and so the default shell, is not known';
    if (shell === 'pwsh' || shell === 'powershell') script.kind = 'pwsh';
    else if (shell !== 'bash' && shell !== 'sh') return `the step runs ${shell}, not bash, sh or PowerShell`;
  }
  const envPair = ctx.editor.ownPair(node, 'env');
  const envMap = envPair !== undefined ? ctx.source.resolve(envPair.value) : undefined;
  if (envPair !== undefined && !isMap(envMap)) return 'the step\'s env: is not a mapping';
  const taken = new Map(step.env.map((e) => [e.key, e.value]));
  const added = new Map<string, string>();
  const plan = emptyPlan();
  const start = script.scalar.range?.[0] ?? 0;
  const replaced = new Set<number>();
  for (const finding of findings) {
    const offset = positions.offsetOf(finding.line, finding.column) - start;
    const index = script.sourceSpans.findIndex((span) => offset >= span.start && offset < span.end);
    const source = script.sourceSpans[index];
    const value = script.valueSpans[index];
    if (source === undefined || value === undefined || script.sourceSpans.length !== script.valueSpans.length) {
      plan.skipped.push({ finding, reason: 'the expression is not in the step\'s script' });
      continue;
    }
    const inner = script.value.slice(value.innerStart, value.innerEnd).trim();
    if (ctx.source.text.slice(start + source.start, start + source.end) !== script.value.slice(value.start, value.end)) {
      plan.skipped.push({ finding, reason: 'the expression is written with YAML escapes' });
      continue;
    }
    const variable = variableFor(finding, inner, script.value, taken, added);
    if (variable === undefined) {
      plan.skipped.push({ finding, reason: 'the expression reads no context to name a variable after' });
      continue;
    }
    if (replaced.has(index)) {
      plan.fixed.push(finding);
      continue;
    }
    const edit = replacement(ctx, job, script, value, source, start, variable.name);
    if (typeof edit === 'string') {
      plan.skipped.push({ finding, reason: edit });
      continue;
    }
    if (variable.value !== undefined) added.set(variable.name, variable.value);
    replaced.add(index);
    plan.edits.push(edit);
    plan.fixed.push(finding);
  }
  if (added.size === 0) return plan;
  const envEdits = envMap !== undefined
    ? [...added].map(([name, expression]) => ctx.editor.setKey(envMap, name, expression))
    : [ctx.editor.setKey(node, 'env', Object.fromEntries(added))];
  for (const edits of envEdits) {
    if (typeof edits === 'string') return edits;
    plan.edits.push(...edits);
  }
  return plan;
}

/** The step's `run:` or github-script `script:` holding the finding, read from the YAML. */
function scriptOf(ctx: FixContext, node: unknown, step: Step, finding: Finding): Script | string {
  const located: { kind: ScriptKind; key: string; value?: LocatedString } =
    step.run !== undefined && within(finding, step.run.range)
      ? { kind: 'shell', key: 'run', value: step.run }
      : { kind: 'js', key: 'script', value: step.uses && actionName(step.uses) === 'actions/github-script' ? step.with.find((w) => w.key === 'script') : undefined };
  if (located.value === undefined || !within(finding, located.value.range)) return 'not in a run: script or a github-script script:';
  const holder = located.kind === 'shell' ? node : ctx.source.resolve(ctx.editor.ownPair(node, 'with')?.value);
  const scalar = ctx.editor.ownPair(holder, located.key)?.value;
  if (!isScalar(scalar) || typeof scalar.value !== 'string' || !scalar.range || ctx.editor.isShared(scalar) || ctx.editor.isShared(holder)) {
    return 'the script is not written in the step itself (an alias or a shared anchor)';
  }
  const text = ctx.source.text.slice(scalar.range[0], scalar.range[1]);
  return { kind: located.kind, scalar, value: scalar.value, valueSpans: templateSpans(scalar.value), sourceSpans: templateSpans(text) };
}

/**
 * The variable an expression becomes, with the `env:` value to add when it is new: `X` for
 * `env.X`, else the name the finding's fix proposes, numbered when the step already uses that
 * name for something else.
 */
function variableFor(finding: Finding, inner: string, script: string, taken: ReadonlyMap<string, string>, added: ReadonlyMap<string, string>): { name: string; value?: string } | undefined {
  const existing = /^env\.([A-Za-z_][A-Za-z0-9_]*)$/.exec(inner);
  if (existing !== null) return { name: existing[1] };
  const proposed = proposedVariable(finding.fix) ?? nameFor(inner);
  if (proposed === undefined) return undefined;
  const expression = `\${{ ${inner} }}`;
  for (let n = 1; ; n++) {
    const name = n === 1 ? proposed : `${proposed}_${n}`;
    const current = added.get(name) ?? taken.get(name);
    if (current === expression) return { name };
    if (current === undefined && !new RegExp(`(?:\\$\\{?|\\benv[.:])${name}\\b`).test(script)) return { name, value: expression };
  }
}

/**
 * A name for an expression no fix names (a warning's or a note's): its first context's path in
 * capitals, without `github.` and `event.` (`steps.x.outputs.y` → STEPS_X_OUTPUTS_Y).
 */
function nameFor(inner: string): string | undefined {
  let tree;
  try {
    tree = readExpression(inner);
  } catch {
    return undefined;
  }
  for (const node of walk(tree)) {
    if (node.kind !== 'context' || !('name' in node.head)) continue;
    const parts = [node.head.name, ...node.parts.map((part) => ('name' in part ? part.name : ''))].filter((p) => p !== '' && !['github', 'event'].includes(p.toLowerCase()));
    const name = parts.join('_').toUpperCase().replace(/[^A-Z0-9_]/g, '_').replace(/^(?=\d)/, '_');
    return name !== '' ? name : 'VALUE';
  }
  return undefined;
}

/** `NAME` of a fix `env:\n  NAME: ${{ ... }}`. */
function proposedVariable(fix: string | undefined): string | undefined {
  if (fix === undefined) return undefined;
  try {
    const parsed: unknown = parse(fix);
    const env = typeof parsed === 'object' && parsed !== null ? (parsed as Record<string, unknown>).env : undefined;
    const names = typeof env === 'object' && env !== null ? Object.keys(env) : [];
    return names.length === 1 && /^[A-Za-z_][A-Za-z0-9_]*$/.test(names[0]) ? names[0] : undefined;
  } catch {
    return undefined;
  }
}

/** The edit replacing one `${{ }}` by the variable, quoted for its place in the script and encoded for the YAML scalar. */
function replacement(ctx: FixContext, job: Job | undefined, script: Script, value: TemplateSpan, source: TemplateSpan, start: number, variable: string): TextEdit | string {
  const opaque = script.valueSpans.filter((span) => span !== value);
  let from = start + source.start;
  let to = start + source.end;
  let text: string;
  if (script.kind === 'shell') {
    const spot = shellSpotAt(script.value, value.start, opaque);
    if (spot === 'unknown') return 'the expression is in a quoted heredoc, backquotes or $\'…\': it is not rewritten';
    // '${{ x }}' becomes "$X" rather than ''"$X"''.
    const width = spot === 'single' ? literalQuoteWidth(ctx, script, value, from, to, "'") : 0;
    const whole = width > 0;
    from -= width;
    to += width;
    if (spot === 'bare' && !whole && manyWords(script.value.slice(value.innerStart, value.innerEnd), job)) {
      return 'the expression is pasted unquoted and its matrix values have several words: quoted, each would be one argument';
    }
    text = spot === 'bare' || whole ? `"$${variable}"` : spot === 'single' ? `'"$${variable}"'` : `\${${variable}}`;
  } else if (script.kind === 'pwsh') {
    const spot = pwshSpotAt(script.value, value.start, opaque);
    const width = spot === 'single' ? literalQuoteWidth(ctx, script, value, from, to, "'") : 0;
    if (spot === 'unknown' || (spot === 'single' && width === 0)) return 'the expression is inside a PowerShell literal string or $( ) in a string: it is not rewritten';
    from -= width;
    to += width;
    text = spot === 'double' ? `\${env:${variable}}` : `$env:${variable}`;
  } else {
    const spot = jsSpotAt(script.value, value.start, opaque);
    if (spot === 'unknown') return 'the expression is in a regular expression or an unterminated string: it is not rewritten';
    // Pasted as code, the text is a number, a boolean or an object: a variable is a string, unless it holds JSON.
    const json = /^toJSON\s*\(/i.test(script.value.slice(value.innerStart, value.innerEnd).trim());
    if (spot === 'code' && !json) return 'the expression is pasted into the script as code, not as a string: as a variable it would be a string';
    const read = spot === 'code' ? `JSON.parse(process.env.${variable})` : `process.env.${variable}`;
    const quote = spot === 'single' ? "'" : '"';
    const width = spot === 'single' || spot === 'double' ? literalQuoteWidth(ctx, script, value, from, to, quote) : 0;
    const whole = width > 0;
    from -= width;
    to += width;
    text = whole || spot === 'code' || spot === 'comment' ? read : spot === 'template' ? `\${${read}}` : `${quote} + ${read} + ${quote}`;
  }
  // A plain scalar starting with a quote would be read as a quoted one.
  if (script.scalar.type === Scalar.PLAIN && from === start && /^['"]/.test(text)) return 'the script is a plain scalar that would start with a quote';
  return { start: from, end: to, text: encodeFor(script.scalar, text) };
}

/** A `matrix.x` read whose values, as written, hold spaces: pasted bare, each was meant as several words. */
function manyWords(inner: string, job: Job | undefined): boolean {
  const read = /^\s*matrix\.([\w.-]+)\s*$/.exec(inner);
  const values = read && job ? job.matrix?.values.get(`matrix.${read[1]}`.toLowerCase()) : undefined;
  return values?.some((v) => /\s/.test(v.value.trim())) ?? false;
}

/**
 * When the expression is all of a string literal (the script's quote right before and after it),
 * how many source characters spell that quote in the YAML scalar (`'` is `''` in a single-quoted
 * one); 0 when it is not.
 */
function literalQuoteWidth(ctx: FixContext, script: Script, value: TemplateSpan, from: number, to: number, quote: string): number {
  if (script.value[value.start - 1] !== quote || script.value[value.end] !== quote) return 0;
  const spelled = encodeFor(script.scalar, quote);
  const text = ctx.source.text;
  return text.slice(from - spelled.length, from) === spelled && text.slice(to, to + spelled.length) === spelled ? spelled.length : 0;
}

/** `text` as it is written inside the scalar's style (escapes of quoted scalars). */
function encodeFor(scalar: Scalar, text: string): string {
  if (scalar.type === Scalar.QUOTE_DOUBLE) return text.replace(/\\/g, '\\\\').replace(/"/g, '\\"');
  if (scalar.type === Scalar.QUOTE_SINGLE) return text.replace(/'/g, "''");
  return text;
}

/** The shell a `run:` step runs: its own, the job's or workflow's default, else the runner's (bash, or pwsh on Windows). */
function shellOf(ctx: FixContext, job: Job | undefined, step: Step): string | undefined {
  const given = step.shell ?? job?.defaultShell ?? (ctx.model.kind === 'workflow' ? ctx.model.defaultShell : undefined);
  if (given !== undefined) return /^(bash|sh|pwsh|powershell)(\s|$)/.test(given.trim()) ? given.trim().split(/\s/)[0] : given.trim();
  if (job === undefined) return undefined;
  const labels = (job.runsOn?.labels ?? []).flatMap((label) => {
    if (label.expressions.length === 0) return [label.value];
    const read = /^\$\{\{\s*matrix\.([\w.-]+)\s*\}\}$/.exec(label.value.trim());
    const values = read ? job.matrix?.values.get(`matrix.${read[1]}`.toLowerCase()) : undefined;
    return values !== undefined && values.every((v) => v.expressions.length === 0) ? values.map((v) => v.value) : [undefined];
  });
  if (labels.length === 0 || labels.includes(undefined)) return undefined;
  const windows = labels.filter((label) => /windows/i.test(label ?? '')).length;
  // A matrix over Windows and other systems runs the script in both shells.
  return windows === 0 ? 'bash' : windows === labels.length ? 'pwsh' : undefined;
}
