import type { Finding, Job, PermissionsBlock, SourceRange, Step, WorkflowModel } from '../../model';
import { actionName } from '../parse-uses';
import { positionsOf } from '../source-positions';
import { finding } from './rule-context';
import type { RuleContext } from './rule-context';
import { keySpan } from './spans';

const RULE = 'use-trusted-publishing';

const PYPI = ['https://upload.pypi.org/legacy/', 'https://test.pypi.org/legacy/'];
const NPMJS = ['https://registry.npmjs.org', 'https://registry.npmjs.org/'];

/** Publishing commands (without a dry run) whose index supports Trusted Publishing (global: matchAll takes a copy). */
const PUBLISH_COMMANDS: readonly RegExp[] = [
  /\bcargo\s+(?:[^\n;&|]*\s)?publish\b(?![^\n;&|]*(?:--dry-run|\s-n\b))/g,
  /\buv\s+(?:[^\n;&|]*\s)?publish\b(?![^\n;&|]*--dry-run)/g,
  /\b(?:hatch|pdm|poetry)\s+(?:[^\n;&|]*\s)?publish\b/g,
  /\btwine\s+(?:[^\n;&|]*\s)?upload\b/g,
  /\bgem\s+(?:[^\n;&|]*\s)?push\b/g,
  /\b(?:npm|pnpm|bun)\s+(?:[^\n;&|]*\s)?publish\b(?![^\n;&|]*--dry-run)/g,
  /\byarn\s+(?:[^\n;&|]*\s)?npm\s+publish\b(?![^\n;&|]*(?:--dry-run|\s-n\b))/g,
];

/** Every publishing command holds one of these words: a script without any is not searched further. */
const PUBLISH_WORDS = /publish|upload|push/;

/**
 * Publishing to PyPI, RubyGems, npm or crates.io with a stored token where the index takes
 * Trusted Publishing (short-lived OIDC credentials, nothing to leak): pypi-publish with
 * `password:`, release-gem without the trusted publisher, setup-node with `always-auth`, and
 * publish commands in jobs without `id-token: write`. At the step's `uses:` or the command, as
 * zizmor (informational there: a note).
 */
export function useTrustedPublishing({ workflow }: RuleContext): Finding[] {
  return workflow.jobs.flatMap((job) =>
    job.steps.flatMap((step) => {
      const out: Finding[] = [];
      if (usesStoredCredential(step)) {
        out.push(finding(RULE, 'note', workflow.file, keySpan(step.keySpans, 'uses', step.uses?.range ?? step.range), `${step.uses?.raw ?? 'this step'} publishes with a stored token; the index supports Trusted Publishing (OIDC, id-token: write), which leaves no long-lived credential to steal`));
      }
      if (step.run && !hasIdToken(workflow, job)) {
        for (const at of publishCommands(workflow, step)) {
          out.push(finding(RULE, 'note', workflow.file, at, 'this command publishes with a stored token; the index supports Trusted Publishing (OIDC, id-token: write), which leaves no long-lived credential to steal'));
        }
      }
      return out;
    }),
  );
}

function usesStoredCredential(step: Step): boolean {
  const name = step.uses ? actionName(step.uses) : undefined;
  const value = (key: string): string | undefined => step.with.find((w) => w.key === key)?.value.trim();
  switch (name) {
    case 'pypa/gh-action-pypi-publish': {
      const url = value('repository-url') ?? value('repository_url');
      return value('password') !== undefined && (url === undefined || PYPI.includes(url));
    }
    case 'rubygems/release-gem':
      return value('setup-trusted-publisher') === 'false';
    case 'rubygems/configure-rubygems-credentials': {
      const server = value('gem-server');
      return value('api-token') !== undefined && (server === undefined || server === 'https://rubygems.org');
    }
    case 'actions/setup-node':
      return NPMJS.includes(value('registry-url') ?? '') && value('always-auth') === 'true';
    default:
      return false;
  }
}

/** Each publish command of a `run:`, at the command in the file. */
function publishCommands(workflow: WorkflowModel, step: Step): SourceRange[] {
  const run = step.run;
  if (run === undefined) return [];
  const positions = positionsOf(workflow);
  const start = positions.offsetOf(run.range.line, run.range.column);
  const raw = positions.text.slice(start, positions.offsetOf(run.range.endLine, run.range.endColumn));
  if (!PUBLISH_WORDS.test(raw)) return [];
  return PUBLISH_COMMANDS.flatMap((command) =>
    [...raw.matchAll(command)].map((m) => {
      const end = raw.slice(m.index).search(/[\n;&|]|$/);
      return positions.range(start + m.index, start + m.index + end);
    }),
  );
}

function hasIdToken(workflow: WorkflowModel, job: Job): boolean {
  const block: PermissionsBlock | undefined = job.permissions ?? workflow.permissions;
  if (block?.kind === 'write-all') return true;
  return block?.kind === 'map' && block.entries.some((e) => e.scope === 'id-token' && e.level === 'write');
}
