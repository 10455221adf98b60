import type { ActionModel, Finding, Step, WorkflowModel } from '../../model';
import { finding } from './rule-context';
import type { RuleContext } from './rule-context';
import { keySpan } from './spans';

const RULE = 'github-env';

/** `>> $GITHUB_ENV` / `> "${GITHUB_PATH}"`, and PowerShell's `$env:GITHUB_ENV` targets. */
const REDIRECT = /(?:^|[^<>&])>>?\|?\s*(?:"?\$\{?(GITHUB_ENV|GITHUB_PATH)\}?"?|"?\$env:(GITHUB_ENV|GITHUB_PATH)"?)/i;
const TEE = /\btee\b[^|;&]*?(?:\$\{?(GITHUB_ENV|GITHUB_PATH)\b|\$env:(GITHUB_ENV|GITHUB_PATH))/i;
const PWSH_WRITE = /\b(?:Out-File|Add-Content|Set-Content|Tee-Object)\b[^|;]*\$env:(GITHUB_ENV|GITHUB_PATH)/i;

/**
 * A `run:` step that writes GITHUB_ENV or GITHUB_PATH in a `pull_request_target` /
 * `workflow_run` workflow (and in any composite action), once per write at the `run:` as
 * zizmor: whatever reaches those files sets variables (LD_PRELOAD, NODE_OPTIONS) or PATH for
 * every later step. `echo` of fixed text is left alone.
 */
export function githubEnv({ workflow }: RuleContext): Finding[] {
  if (!isPrivileged(workflow)) return [];
  return workflow.jobs.flatMap((job) => job.steps.flatMap((step) => check(workflow.file, step)));
}

export function actionGithubEnv(action: ActionModel): Finding[] {
  return action.steps.flatMap((step) => check(action.file, step));
}

function isPrivileged(workflow: WorkflowModel): boolean {
  return workflow.triggers.some((t) => t.event === 'pull_request_target' || t.event === 'workflow_run');
}

function check(file: string, step: Step): Finding[] {
  if (!step.run) return [];
  return writes(step.run.value).map((target) =>
    finding(
      RULE,
      'error',
      file,
      keySpan(step.keySpans, 'run', step.run?.range ?? step.range),
      `this step writes ${target} from data the triggering event can shape; whatever reaches ${target} ${target === 'GITHUB_ENV' ? 'sets variables (LD_PRELOAD, NODE_OPTIONS...)' : 'puts directories in PATH'} for every later step: use GITHUB_OUTPUT, or write fixed values only`,
    ),
  );
}

/** Each write to GITHUB_ENV / GITHUB_PATH in a script (continuation lines joined, `;`/`&&`/`||` split). */
export function writes(script: string): string[] {
  const out: string[] = [];
  for (const line of script.replace(/\\\r?\n/g, ' ').split(/\r?\n/)) {
    if (/^\s*#/.test(line)) continue;
    for (const command of line.split(/;|&&|\|\|/)) {
      const redirect = REDIRECT.exec(command);
      const tee = redirect ? null : TEE.exec(command) ?? PWSH_WRITE.exec(command);
      const match = redirect ?? tee;
      if (!match) continue;
      if (redirect && isFixedEcho(command.slice(0, redirect.index + 1))) continue;
      out.push((match[1] ?? match[2]).toUpperCase());
    }
  }
  return out;
}

/** `echo word 'text' "text"` with nothing expanded: it cannot carry outside data. */
function isFixedEcho(command: string): boolean {
  const trimmed = command.trim();
  if (!/^echo\b/.test(trimmed)) return false;
  const args = trimmed.slice(4);
  return !/[$`]/.test(args.replace(/\$\{\{[\s\S]*?\}\}/g, '').replace(/'[^']*'/g, ''));
}
