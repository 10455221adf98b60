import type { Finding, Job, Step, Trigger } from '../../model';
import { actionName, isFullSha } from '../parse-uses';
import { finding } from './rule-context';
import type { RuleContext } from './rule-context';
import { keySpan } from './spans';

const RULE = 'cache-poisoning';

/**
 * When an action restores a cache: `always`, unless an input turns it off (`off` input values
 * or `on` input absent), or only when an input turns it on. From each action's action.yml.
 */
type CacheControl =
  | { kind: 'always' }
  | { kind: 'unless'; input: string; off: readonly string[] }
  | { kind: 'when'; input: string; on?: readonly string[] }
  | { kind: 'custom'; usage: (step: Step) => CacheUsage | undefined };

/**
 * Why a step restores a cache, which decides where zizmor reports it: at `with:` when an input
 * written there turns caching on (or may, through an expression), else at `uses:` (the action
 * always caches, or does by default).
 */
type CacheUsage = 'by-default' | 'by-input';

const CACHE_AWARE: Readonly<Record<string, CacheControl>> = {
  'actions/cache': { kind: 'unless', input: 'lookup-only', off: ['true'] },
  'actions/cache/restore': { kind: 'unless', input: 'lookup-only', off: ['true'] },
  'actions/setup-java': { kind: 'when', input: 'cache' },
  'actions/setup-go': { kind: 'unless', input: 'cache', off: ['false'] },
  'actions/setup-node': { kind: 'custom', usage: setupNodeCaches },
  'actions/setup-python': { kind: 'when', input: 'cache' },
  'actions/setup-dotnet': { kind: 'when', input: 'cache', on: ['true'] },
  'astral-sh/setup-uv': { kind: 'custom', usage: setupUvCaches },
  'swatinem/rust-cache': { kind: 'unless', input: 'lookup-only', off: ['true'] },
  'ruby/setup-ruby': { kind: 'when', input: 'bundler-cache', on: ['true'] },
  'pyo3/maturin-action': { kind: 'when', input: 'sccache', on: ['true'] },
  'mlugg/setup-zig': { kind: 'unless', input: 'use-cache', off: ['false'] },
  'oven-sh/setup-bun': { kind: 'unless', input: 'no-cache', off: ['true'] },
  'determinatesystems/magic-nix-cache-action': { kind: 'unless', input: 'use-gha-cache', off: ['false'] },
  'graalvm/setup-graalvm': { kind: 'when', input: 'cache' },
  'gradle/actions/setup-gradle': { kind: 'unless', input: 'cache-disabled', off: ['true'] },
  // The binary is cached only for a `version:` written (and `cache-binary` not false).
  'docker/setup-buildx-action': { kind: 'custom', usage: (s) => (input(s, 'cache-binary') !== 'false' && (input(s, 'version') ?? '') !== '' ? 'by-input' : undefined) },
  'actions-rust-lang/setup-rust-toolchain': { kind: 'unless', input: 'cache', off: ['false'] },
  'mozilla-actions/sccache-action': { kind: 'always' },
  'nix-community/cache-nix-action': { kind: 'always' },
  'jdx/mise-action': { kind: 'unless', input: 'cache', off: ['false'] },
  'ramsey/composer-install': { kind: 'unless', input: 'ignore-cache', off: ['yes', 'true', '1'] },
  'awalsh128/cache-apt-pkgs-action': { kind: 'always' },
};

/** Actions that publish what the job built (packages, releases, images, deployments). */
const PUBLISHERS = new Set([
  'pypa/gh-action-pypi-publish',
  'rubygems/release-gem',
  'jreleaser/release-action',
  'goreleaser/goreleaser-action',
  'softprops/action-gh-release',
  'release-drafter/release-drafter',
  'googleapis/release-please-action',
  'docker/build-push-action',
  'redhat-actions/push-to-registry',
  'aws-actions/amazon-ecs-deploy-task-definition',
  'aws-actions/aws-cloudformation-github-deploy',
  'azure/aci-deploy',
  'azure/container-apps-deploy-action',
  'azure/functions-action',
  'azure/sql-action',
  'cloudflare/wrangler-action',
  'google-github-actions/deploy-appengine',
  'google-github-actions/deploy-cloudrun',
  'google-github-actions/deploy-cloud-functions',
]);

/**
 * A step that restores a GitHub Actions cache in a job that publishes (a `release` or tag-push
 * workflow, or a job with a publishing action), where zizmor reports it: at the `with:` whose input
 * turns caching on, else at `uses:`. Anyone with a token of the repository (a pull request's
 * workflow) can write that cache, and the release then builds from it. Warning: zizmor rates it
 * high severity but low confidence.
 */
export function cachePoisoning({ workflow }: RuleContext): Finding[] {
  const release = releaseTrigger(workflow.triggers);
  return workflow.jobs.flatMap((job) => {
    const publisher = release === undefined ? publisherStep(job) : undefined;
    if (release === undefined && publisher === undefined) return [];
    const why = release ?? `the job publishes with ${publisher?.uses?.raw ?? 'a publishing action'}`;
    return job.steps.flatMap((step) => {
      const usage = cacheUsage(step);
      if (usage === undefined) return [];
      const uses = keySpan(step.keySpans, 'uses', step.uses?.range ?? step.range);
      return [
        finding(
          RULE,
          'warning',
          workflow.file,
          usage === 'by-input' ? keySpan(step.keySpans, 'with', uses) : uses,
          `${step.uses?.raw ?? 'this step'} restores a GitHub Actions cache, and ${why}: a poisoned cache entry (any workflow of the repository can write one) ends up in what is published; turn caching off in release jobs`,
        ),
      ];
    });
  });
}

function releaseTrigger(triggers: readonly Trigger[]): string | undefined {
  for (const trigger of triggers) {
    if (trigger.event === 'release') return 'the workflow runs on release';
    if (trigger.event !== 'push' || trigger.form !== 'map') continue;
    if (trigger.filters?.keys.some((k) => k === 'tags' || k === 'tags-ignore')) return 'the workflow runs on tag pushes';
    if (trigger.filters?.branches.some((b) => b.toLowerCase().includes('release'))) return 'the workflow runs on pushes to release branches';
  }
  return undefined;
}

function publisherStep(job: Job): Step | undefined {
  return job.steps.find((step) => {
    const name = step.uses ? actionName(step.uses) : undefined;
    if (name === undefined || !PUBLISHERS.has(name)) return false;
    return name !== 'docker/build-push-action' || input(step, 'push') !== 'false';
  });
}

function cacheUsage(step: Step): CacheUsage | undefined {
  const name = step.uses ? actionName(step.uses) : undefined;
  const control = name !== undefined ? CACHE_AWARE[name] : undefined;
  if (control === undefined) return undefined;
  switch (control.kind) {
    case 'always':
      return 'by-default';
    case 'unless': {
      const value = input(step, control.input);
      if (value === undefined) return 'by-default';
      return control.off.includes(value) ? undefined : 'by-input';
    }
    case 'when': {
      const value = input(step, control.input);
      if (value === undefined || value === '') return undefined;
      return control.on === undefined || control.on.includes(value) || value.includes('${{') ? 'by-input' : undefined;
    }
    case 'custom':
      return control.usage(step);
  }
}

/** A `with:` input's value, lower-cased and trimmed (inputs are read case-insensitively). */
function input(step: Step, name: string): string | undefined {
  return step.with.find((w) => w.key.toLowerCase() === name)?.value.trim().toLowerCase();
}

/**
 * setup-node caches for a `cache:` package manager, or with `package-manager-cache: true`; its
 * v5 automatic npm cache needs a `packageManager` field this check cannot see, so it is not assumed
 * (nor does zizmor).
 */
function setupNodeCaches(step: Step): CacheUsage | undefined {
  const cache = input(step, 'cache');
  if (cache !== undefined && cache !== '') return 'by-input';
  return input(step, 'package-manager-cache') === 'true' ? 'by-input' : undefined;
}

/** setup-uv caches when `enable-cache: true`, and before v10 also by default (`auto`). */
function setupUvCaches(step: Step): CacheUsage | undefined {
  const value = input(step, 'enable-cache');
  if (value === 'true' || value?.includes('${{')) return 'by-input';
  if (value === 'false') return undefined;
  const ref = step.uses?.kind === 'repository' ? step.uses.ref : '';
  const major = isFullSha(ref) ? null : /^v?(\d+)/.exec(ref);
  return major === null || Number(major[1]) < 10 ? 'by-default' : undefined;
}
