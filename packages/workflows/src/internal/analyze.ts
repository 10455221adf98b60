import type { ActionModel, Finding, ParsedFile, WorkflowModel } from '../model';
import { boundFindings } from './bounded-findings';
import { DEFAULT_CONFIG } from './config';
import type { WorkflowsConfig } from './config';
import { jobNeeds } from './job-needs';
import type { WorkflowResolver } from './job-needs';
import { oversizedWorkflowFile, parseWorkflowFile } from './parse-file';
import { actionArtipacked, artipacked } from './rules/artipacked';
import { botConditions } from './rules/bot-conditions';
import { cachePoisoning } from './rules/cache-poisoning';
import { dangerousTriggers } from './rules/dangerous-triggers';
import { actionGithubEnv, githubEnv } from './rules/github-env';
import { hardcodedContainerCredentials } from './rules/hardcoded-container-credentials';
import { actionInsecureCommands, insecureCommands } from './rules/insecure-commands';
import { excessivePermissions, topLevelFix } from './rules/excessive-permissions';
import { invalidPermissions } from './rules/invalid-permissions';
import { actionKnownVulnerableActions, knownVulnerableActions } from './rules/known-vulnerable-actions';
import { obfuscation } from './rules/obfuscation';
import { overprovisionedSecrets } from './rules/overprovisioned-secrets';
import type { RuleContext } from './rules/rule-context';
import { finding } from './rules/rule-context';
import { secretsInherit, secretsOutsideEnv } from './rules/secrets-rules';
import { selfHostedRunner } from './rules/self-hosted-runner';
import { events } from './rules/structure/events';
import { expression } from './rules/structure/expression';
import { jobDependencies } from './rules/structure/job-needs';
import { runnerLabel } from './rules/structure/runner-label';
import { syntaxCheck } from './rules/structure/syntax-check';
import { actionTemplateInjection, workflowTemplateInjection } from './rules/template-injection';
import { undeclaredPermissions } from './rules/undeclared-permissions';
import { unneededPermissions } from './rules/unneeded-permissions';
import { actionUnpinnedImages, unpinnedImages } from './rules/unpinned-images';
import { unpinnedUses } from './rules/unpinned-uses';
import { unredactedSecrets } from './rules/unredacted-secrets';
import { actionUnsoundCondition, unsoundCondition } from './rules/unsound-condition';
import { unsoundContains } from './rules/unsound-contains';
import { untrustedCheckout } from './rules/untrusted-checkout';
import { useTrustedPublishing } from './rules/use-trusted-publishing';

/** A file's text, or why it was too large to read whole (`oversize`: its size as known). */
export type WorkflowInput = { path: string; text: string } | { path: string; oversize: string };

export interface AnalyzeOptions {
  files: readonly WorkflowInput[];
  config?: WorkflowsConfig;
  /** Run only these rule ids (default: every rule the config leaves on). */
  rules?: readonly string[];
}

export interface AnalyzeResult {
  findings: Finding[];
  /** Workflows, action metadata files and unparsable files; other YAML files are not counted. */
  filesChecked: number;
}

const WORKFLOW_RULES: Readonly<Record<string, (ctx: RuleContext) => Finding[]>> = {
  'excessive-permissions': excessivePermissions,
  'unneeded-permissions': unneededPermissions,
  'invalid-permissions': invalidPermissions,
  'undeclared-permissions': undeclaredPermissions,
  'template-injection': workflowTemplateInjection,
  'dangerous-triggers': dangerousTriggers,
  'unpinned-uses': (ctx) => unpinnedUses(ctx.workflow.file, ctx.workflow.jobs.flatMap((j) => j.steps), ctx.workflow.jobs, ctx.config),
  'secrets-inherit': secretsInherit,
  artipacked,
  'secrets-outside-env': secretsOutsideEnv,
  // zizmor's other audits, at zizmor's locations.
  'untrusted-checkout': untrustedCheckout,
  'cache-poisoning': cachePoisoning,
  'use-trusted-publishing': useTrustedPublishing,
  'unpinned-images': unpinnedImages,
  'hardcoded-container-credentials': hardcodedContainerCredentials,
  'insecure-commands': insecureCommands,
  'github-env': githubEnv,
  'overprovisioned-secrets': ({ workflow }) => overprovisionedSecrets(workflow),
  'unredacted-secrets': ({ workflow }) => unredactedSecrets(workflow),
  'bot-conditions': botConditions,
  'unsound-contains': unsoundContains,
  'unsound-condition': unsoundCondition,
  'self-hosted-runner': selfHostedRunner,
  obfuscation: ({ workflow }) => obfuscation(workflow, workflow.jobs.flatMap((job) => job.steps)),
  'known-vulnerable-actions': knownVulnerableActions,
  // Structure checks, as actionlint names them.
  'syntax-check': syntaxCheck,
  events,
  'job-needs': jobDependencies,
  expression,
  'runner-label': runnerLabel,
};

/**
 * Parses and checks every file; one file's parse error never stops the others.
 * Local reusable-workflow calls are resolved among the files given.
 */
export function analyzeWorkflows(options: AnalyzeOptions): AnalyzeResult {
  const files = new CalledFiles(options.files);
  const findings: Finding[] = [];
  let filesChecked = 0;
  for (const [index, input] of options.files.entries()) {
    const file = files.parsedIfCalled(index) ?? parseInput(input);
    if (file.kind === 'other') continue;
    filesChecked += 1;
    for (const found of checkParsedFile(file, options.config, options.rules, files.resolve)) findings.push(found);
  }
  return { findings, filesChecked };
}

function parseInput(input: WorkflowInput): ParsedFile {
  return 'text' in input ? parseWorkflowFile(input.path, input.text) : oversizedWorkflowFile(input.path, input.oversize);
}

/**
 * The files a local `uses:` calls, parsed when first called and kept from then on. Any other file
 * is parsed when it is checked and dropped after, so the parsed YAML of one file is live at a time:
 * keeping every file whose name some text mentions (a third of a corpus of 561, whose names, such
 * as ci.yml, repeat) made the collector copy and promote them for a fifth of the run.
 */
class CalledFiles {
  /** Normalised path → index in the inputs. */
  private readonly byPath = new Map<string, number>();
  private readonly called = new Map<number, ParsedFile>();
  readonly resolve: WorkflowResolver;

  constructor(private readonly inputs: readonly WorkflowInput[]) {
    inputs.forEach((input, index) => this.byPath.set(normalisePath(input.path), index));
    this.resolve = resolverOver((path) => {
      const index = this.byPath.get(path);
      if (index === undefined) return undefined;
      let file = this.called.get(index);
      if (file === undefined) {
        file = parseInput(this.inputs[index] as WorkflowInput);
        this.called.set(index, file);
      }
      return file.kind === 'workflow' ? file : undefined;
    });
  }

  parsedIfCalled(index: number): ParsedFile | undefined {
    return this.called.get(index);
  }
}

/**
 * `./.github/workflows/x.yml` → that workflow: at that path from the repository
 * root, or beside the caller (workflows all live in one folder, and the files
 * may be given with another root prefix).
 */
export function workflowResolver(files: readonly ParsedFile[]): WorkflowResolver {
  const byPath = new Map<string, WorkflowModel>();
  for (const file of files) if (file.kind === 'workflow') byPath.set(normalisePath(file.file), file);
  return resolverOver((path) => byPath.get(path));
}

function resolverOver(workflowAt: (normalisedPath: string) => WorkflowModel | undefined): WorkflowResolver {
  return (uses, from) => {
    if (uses.kind !== 'local') return undefined;
    const wanted = normalisePath(uses.path);
    const caller = normalisePath(from);
    const beside = `${caller.slice(0, caller.lastIndexOf('/') + 1)}${wanted.slice(wanted.lastIndexOf('/') + 1)}`;
    return workflowAt(wanted) ?? (wanted.startsWith('.github/workflows/') ? workflowAt(beside) : undefined);
  };
}

function normalisePath(path: string): string {
  return path.replace(/\\/g, '/').replace(/^\$\//, '').replace(/^(\.\/)+/, '');
}

/**
 * Findings for one parsed file, with the config's switches, severities and inline ignores applied,
 * in line order, at most MAX_FINDINGS_PER_RULE per rule (then one saying how many more there are).
 */
export function checkParsedFile(
  parsed: ParsedFile,
  config: WorkflowsConfig = DEFAULT_CONFIG,
  only?: readonly string[],
  resolve?: WorkflowResolver,
): Finding[] {
  const enabled = (id: string): boolean => config.rules[id] !== 'off' && (only === undefined || only.includes(id));
  let raw: Finding[];
  let ignores: ReadonlyMap<number, ReadonlySet<string>> = new Map();
  if (parsed.kind === 'parse-error') {
    raw = [finding('parse-error', 'error', parsed.file, parsed.range, parsed.message)];
  } else if (parsed.kind === 'workflow') {
    raw = runWorkflowRules(parsed, config, enabled, resolve);
    ignores = parsed.ignores;
  } else if (parsed.kind === 'action') {
    raw = runActionRules(parsed, config, enabled);
    ignores = parsed.ignores;
  } else {
    return [];
  }
  const checked = raw
    .filter((f) => enabled(f.ruleId) && !isIgnored(f, ignores))
    .map((f) => {
      const severity = config.rules[f.ruleId];
      return severity !== undefined && severity !== 'off' ? { ...f, severity } : f;
    })
    .sort(inLineOrder);
  return boundFindings(checked).sort(inLineOrder);
}

function inLineOrder(a: Finding, b: Finding): number {
  return a.line - b.line || a.column - b.column || a.ruleId.localeCompare(b.ruleId);
}

function runWorkflowRules(
  workflow: WorkflowModel,
  config: WorkflowsConfig,
  enabled: (id: string) => boolean,
  resolve: WorkflowResolver | undefined,
): Finding[] {
  const ctx = ruleContext(workflow, config, resolve);
  return Object.entries(WORKFLOW_RULES).flatMap(([id, rule]) => (enabled(id) ? rule(ctx) : []));
}

/** What every workflow rule reads: the workflow, the config and what each job needs. */
function ruleContext(workflow: WorkflowModel, config: WorkflowsConfig, resolve: WorkflowResolver | undefined): RuleContext {
  const seen = new Set([workflow.file]);
  return { workflow, config, needs: new Map(workflow.jobs.map((job) => [job.id, jobNeeds(workflow, job, resolve, seen)])) };
}

/**
 * The least-privilege top-level `permissions:` block for a workflow (with the blocks of jobs that
 * need more), whether or not excessive-permissions reports at the top level (zizmor's regular
 * persona leaves a single job to the job level); undefined where no block can be sure to keep
 * what an unknown step uses.
 */
export function suggestedTopLevelPermissions(workflow: WorkflowModel, config: WorkflowsConfig = DEFAULT_CONFIG, resolve?: WorkflowResolver): string | undefined {
  return topLevelFix(ruleContext(workflow, config, resolve));
}

/** Composite actions run steps like a job does: the same injection, credential and pinning risks. */
const ACTION_RULES: Readonly<Record<string, (action: ActionModel, config: WorkflowsConfig) => Finding[]>> = {
  'template-injection': actionTemplateInjection,
  'unpinned-uses': (action, config) => unpinnedUses(action.file, action.steps, [], config),
  artipacked: actionArtipacked,
  'unpinned-images': actionUnpinnedImages,
  'insecure-commands': actionInsecureCommands,
  'github-env': actionGithubEnv,
  'overprovisioned-secrets': overprovisionedSecrets,
  'unredacted-secrets': unredactedSecrets,
  'unsound-condition': actionUnsoundCondition,
  obfuscation: (action) => obfuscation(action, action.steps),
  'known-vulnerable-actions': actionKnownVulnerableActions,
};

function runActionRules(action: ActionModel, config: WorkflowsConfig, enabled: (id: string) => boolean): Finding[] {
  return Object.entries(ACTION_RULES).flatMap(([id, rule]) => (enabled(id) ? rule(action, config) : []));
}

/** `# mcp-secrets: ignore[rule]` on any line the finding spans. */
function isIgnored(f: Finding, ignores: ReadonlyMap<number, ReadonlySet<string>>): boolean {
  if (ignores.size === 0) return false;
  for (let line = f.line; line <= (f.endLine ?? f.line); line++) {
    if (ignores.get(line)?.has(f.ruleId)) return true;
  }
  return false;
}
