/**
 * The keys GitHub's workflow syntax reference allows in each mapping of a workflow (late 2026,
 * github.com: step `background`/`wait`/`parallel`, job `snapshot`, service `command`/`entrypoint`,
 * schedule `timezone` included). A key not listed here makes GitHub refuse the workflow.
 */

/** A mapping whose keys are fixed; each key's value is checked as its shape says (null: anything). */
export interface Section {
  kind: 'section';
  /** How messages name it: `job`, `step`, `push`... */
  name: string;
  keys: Readonly<Record<string, Shape | null>>;
}

/** A mapping of free keys (job ids, service ids, inputs) whose values all have one shape. */
export interface MapOf {
  kind: 'map-of';
  value: Shape;
}

/** A sequence whose items all have one shape. */
export interface ListOf {
  kind: 'list-of';
  item: Shape;
}

export type Shape = Section | MapOf | ListOf;

function section(name: string, keys: readonly string[], shapes: Readonly<Record<string, Shape>> = {}): Section {
  return { kind: 'section', name, keys: Object.fromEntries(keys.map((key) => [key, shapes[key] ?? null])) };
}

const mapOf = (value: Shape): MapOf => ({ kind: 'map-of', value });
const listOf = (item: Shape): ListOf => ({ kind: 'list-of', item });

const CREDENTIALS = section('credentials', ['username', 'password']);
const CONTAINER_KEYS = ['image', 'credentials', 'env', 'ports', 'volumes', 'options'];
const CONTAINER = section('container', CONTAINER_KEYS, { credentials: CREDENTIALS });
const SERVICE = section('service', [...CONTAINER_KEYS, 'command', 'entrypoint'], { credentials: CREDENTIALS });
const DEFAULTS = section('defaults', ['run'], { run: section('defaults.run', ['shell', 'working-directory']) });
const CONCURRENCY = section('concurrency', ['group', 'cancel-in-progress', 'queue']);

const STEP_KEYS = [
  'id', 'if', 'name', 'uses', 'run', 'working-directory', 'shell', 'with', 'env', 'continue-on-error', 'timeout-minutes',
  'background', 'wait', 'wait-all', 'cancel', 'parallel',
];
const STEP: Section = section('step', STEP_KEYS);
// `parallel:` holds a group of steps: the section refers to itself.
STEP.keys = { ...STEP.keys, parallel: listOf(STEP) };

/** Every key a job may have; a job calling a reusable workflow takes only CALL_JOB_KEYS of them. */
export const JOB = section(
  'job',
  [
    'name', 'permissions', 'needs', 'if', 'runs-on', 'snapshot', 'environment', 'concurrency', 'outputs', 'env', 'defaults',
    'steps', 'timeout-minutes', 'strategy', 'continue-on-error', 'container', 'services', 'uses', 'with', 'secrets',
  ],
  {
    'runs-on': section('runs-on', ['group', 'labels']),
    environment: section('environment', ['name', 'url', 'deployment']),
    concurrency: CONCURRENCY,
    defaults: DEFAULTS,
    steps: listOf(STEP),
    strategy: section('strategy', ['matrix', 'fail-fast', 'max-parallel']),
    container: CONTAINER,
    services: mapOf(SERVICE),
  },
);

/** The keys a job that calls a reusable workflow (`jobs.<id>.uses`) may have. */
export const CALL_JOB_KEYS: ReadonlySet<string> = new Set(['name', 'uses', 'with', 'secrets', 'strategy', 'needs', 'if', 'concurrency', 'permissions']);

/** Keys only a reusable-workflow call takes. */
export const CALL_ONLY_KEYS: ReadonlySet<string> = new Set(['uses', 'with', 'secrets']);

export const WORKFLOW = section('workflow', ['name', 'run-name', 'on', 'permissions', 'env', 'defaults', 'concurrency', 'jobs'], {
  defaults: DEFAULTS,
  concurrency: CONCURRENCY,
  jobs: mapOf(JOB),
});

const BRANCHES = ['branches', 'branches-ignore'];
const PATHS = ['paths', 'paths-ignore'];
const TYPES_ONLY = ['types'];

/** Events with more than `types:` under them; the rest of EVENTS take `types:` only. */
const EVENT_SECTIONS: Readonly<Record<string, Section>> = {
  push: section('push', [...BRANCHES, 'tags', 'tags-ignore', ...PATHS]),
  pull_request: section('pull_request', ['types', ...BRANCHES, ...PATHS]),
  pull_request_target: section('pull_request_target', ['types', ...BRANCHES, ...PATHS]),
  merge_group: section('merge_group', ['types', ...BRANCHES]),
  workflow_run: section('workflow_run', ['workflows', 'types', ...BRANCHES]),
  image_version: section('image_version', ['names', 'versions']),
  workflow_dispatch: section('workflow_dispatch', ['inputs'], {
    inputs: mapOf(section('workflow_dispatch input', ['description', 'required', 'default', 'type', 'options'])),
  }),
  workflow_call: section('workflow_call', ['inputs', 'outputs', 'secrets'], {
    inputs: mapOf(section('workflow_call input', ['description', 'required', 'default', 'type'])),
    outputs: mapOf(section('workflow_call output', ['description', 'value'])),
    secrets: mapOf(section('workflow_call secret', ['description', 'required'])),
  }),
};

/** Every event that can trigger a workflow (GitHub's "Events that trigger workflows"). */
export const EVENTS: readonly string[] = [
  'branch_protection_rule', 'check_run', 'check_suite', 'create', 'delete', 'deployment', 'deployment_status', 'discussion',
  'discussion_comment', 'fork', 'gollum', 'image_version', 'issue_comment', 'issues', 'label', 'merge_group', 'milestone',
  'page_build', 'project', 'project_card', 'project_column', 'public', 'pull_request', 'pull_request_review',
  'pull_request_review_comment', 'pull_request_target', 'push', 'registry_package', 'release', 'repository_dispatch',
  'schedule', 'status', 'watch', 'workflow_call', 'workflow_dispatch', 'workflow_run',
];

const SCHEDULE = listOf(section('schedule', ['cron', 'timezone']));

/** The shape of an event's value under `on:` (undefined for an event GitHub does not know). */
export function eventShape(event: string): Shape | undefined {
  if (event === 'schedule') return SCHEDULE;
  if (!EVENTS.includes(event)) return undefined;
  return EVENT_SECTIONS[event] ?? section(event, TYPES_ONLY);
}
