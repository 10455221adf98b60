import { BoundedReadError } from '@mcp-secrets/fs-safe';
import { CONFIG_FILE, DEFAULT_CONFIG, oversizedWorkflowFile, parseWorkflowFile, parseWorkflowsConfig } from '@mcp-secrets/workflows';
import type { ActionModel, ParseErrorModel, ParsedFile, UsesRef, WorkflowModel, WorkflowsConfig } from '@mcp-secrets/workflows';
import { evidence } from './findings';
import type { Findings } from './findings';
import { REPO_FILE_MAX_BYTES } from './repo-files';
import type { CheckContext, CheckResult } from './types';

export const NOTHING_TO_CHECK: CheckResult = { status: 'skip', details: 'no workflow or action file in the repository', evidence: [] };

/** Where secrets and actions are used: workflows, and action metadata (composite actions run steps too). */
export function isWorkflowOrActionFile(path: string): boolean {
  return isWorkflowFile(path) || /(?:^|\/)action\.ya?ml$/.test(path);
}

export function isWorkflowFile(path: string): boolean {
  return /^\.github\/workflows\/[^/]+\.ya?ml$/.test(path);
}

export interface RepositoryWorkflows {
  workflows: WorkflowModel[];
  actions: ActionModel[];
  parseErrors: ParseErrorModel[];
  /** The `workflows:` section of `.github/mcp-secrets.yml`, so these checks agree with workflow-permission-check. */
  config: WorkflowsConfig;
}

const loaded = new WeakMap<CheckContext, Promise<RepositoryWorkflows>>();

/** Parses the tracked workflows and action metadata once per report (several checks read them). */
export function loadWorkflows(ctx: CheckContext): Promise<RepositoryWorkflows> {
  let pending = loaded.get(ctx);
  if (pending === undefined) {
    pending = parseAll(ctx);
    loaded.set(ctx, pending);
  }
  return pending;
}

async function parseAll(ctx: CheckContext): Promise<RepositoryWorkflows> {
  const parsed: ParsedFile[] = (await ctx.git.lsFiles()).filter(isWorkflowOrActionFile).map((file) => parseTracked(ctx, file));
  const configText = ctx.files.readText(CONFIG_FILE);
  return {
    workflows: parsed.filter((file): file is WorkflowModel => file.kind === 'workflow' && isWorkflowFile(file.file)),
    actions: parsed.filter((file): file is ActionModel => file.kind === 'action'),
    parseErrors: parsed.filter((file): file is ParseErrorModel => file.kind === 'parse-error'),
    config: configText === undefined ? DEFAULT_CONFIG : parseWorkflowsConfig(CONFIG_FILE, configText),
  };
}

/** A file too large to read is refused as a file too large to parse: a failure naming it, the other files still judged. */
function parseTracked(ctx: CheckContext, file: string): ParsedFile {
  try {
    return parseWorkflowFile(file, ctx.files.readText(file) ?? '');
  } catch (error) {
    if (error instanceof BoundedReadError && error.reason === 'too-large') return oversizedWorkflowFile(file, `over ${REPO_FILE_MAX_BYTES} bytes`);
    throw error;
  }
}

/** A file that does not parse cannot be shown to comply: each is a failure of the check reading it. */
export function failParseErrors(findings: Findings, errors: ParseErrorModel[], onlyWorkflows = false): void {
  for (const error of errors) {
    if (onlyWorkflows && !isWorkflowFile(error.file)) continue;
    findings.fail(`${error.file}: ${error.message}`, evidence(error.file, error.range.line));
  }
}

/** This suite's action `<owner>/mcp-secrets/<sub>@ref`, or `./<sub>` when the suite runs on itself; `sub` '' is the gate. */
export function isSuiteAction(uses: UsesRef | undefined, sub: string): boolean {
  if (uses?.kind === 'repository') return uses.repo.toLowerCase() === 'mcp-secrets' && uses.path.replace(/\/+$/, '') === sub;
  if (uses?.kind === 'local') return uses.path.replace(/^\.\//, '').replace(/\/+$/, '') === sub;
  return false;
}
