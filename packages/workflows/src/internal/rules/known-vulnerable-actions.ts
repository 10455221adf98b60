import type { ActionModel, Finding, Severity, Step } from '../../model';
import { ADVISORY_SNAPSHOT } from '../advisory-snapshot';
import type { ActionAdvisory } from '../advisory-snapshot';
import { actionName } from '../parse-uses';
import { finding } from './rule-context';
import type { RuleContext } from './rule-context';
import { keySpan } from './spans';

const SEVERITY: Readonly<Record<ActionAdvisory['severity'], Severity>> = { critical: 'error', high: 'error', medium: 'warning', low: 'note' };

/**
 * An action used at a version a GitHub advisory lists as vulnerable, at `uses:` as zizmor, from
 * the dated snapshot in advisory-snapshot.ts. Offline, only exact version refs can be matched
 * (`@v1.2.3`, `@1.2`): zizmor resolves tags and SHAs through the GitHub API.
 */
export function knownVulnerableActions({ workflow }: RuleContext): Finding[] {
  return workflow.jobs.flatMap((job) => job.steps.flatMap((step) => check(workflow.file, step)));
}

export function actionKnownVulnerableActions(action: ActionModel): Finding[] {
  return action.steps.flatMap((step) => check(action.file, step));
}

function check(file: string, step: Step): Finding[] {
  if (step.uses?.kind !== 'repository') return [];
  const name = actionName(step.uses);
  const version = parseVersion(step.uses.ref);
  if (name === undefined || version === undefined) return [];
  return ADVISORY_SNAPSHOT.advisories
    .filter((a) => a.action === name && a.ranges.some((r) => inRange(version, r)))
    .map((a) =>
      finding(
        'known-vulnerable-actions',
        SEVERITY[a.severity],
        file,
        keySpan(step.keySpans, 'uses', step.uses?.range ?? step.range),
        `${step.uses?.raw ?? name} has a known vulnerability, ${a.ghsa} (${a.severity}): ${a.summary}; upgrade to ${a.ranges.find((r) => r.fixed)?.fixed ?? 'a fixed version'} or later (advisories as of ${ADVISORY_SNAPSHOT.date})`,
      ),
    );
}

/** `v1.2.3` / `1.2` → [1, 2, 3] / [1, 2, 0]; a bare major (`v4`) or a branch is no exact version. */
export function parseVersion(ref: string): number[] | undefined {
  const match = /^v?(\d+)\.(\d+)(?:\.(\d+))?$/.exec(ref.trim());
  return match ? [Number(match[1]), Number(match[2]), Number(match[3] ?? 0)] : undefined;
}

function inRange(version: number[], range: { introduced: string; fixed?: string }): boolean {
  const from = range.introduced === '0' ? [0, 0, 0] : parseVersion(range.introduced);
  const to = range.fixed !== undefined ? parseVersion(range.fixed) : undefined;
  if (from === undefined || compare(version, from) < 0) return false;
  return to === undefined || compare(version, to) < 0;
}

function compare(a: number[], b: number[]): number {
  for (let i = 0; i < 3; i++) if (a[i] !== b[i]) return a[i] - b[i];
  return 0;
}
