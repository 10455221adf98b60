import { ConfigurationError } from '@mcp-secrets/ports';
import { describeYamlError, parseBoundedDocument } from '@mcp-secrets/yaml-bounds';
import { isMap, isScalar, isSeq, LineCounter } from 'yaml';
import type { Node } from 'yaml';
import type { Severity } from '../model';
import { isKnownScope } from './permission-scopes';
import { RULE_IDS } from './rule-catalogue';

/** Scopes whose write the security team accepts for a workflow's job (`*`: every job and the top level). */
export interface AllowedWrites {
  /** Workflow file name (`release.yml`) or path (`.github/workflows/release.yml`). */
  workflow: string;
  job: string;
  scopes: string[];
}

export interface WorkflowsConfig {
  /** Rule id → `off` or the severity to report it with. */
  rules: Record<string, Severity | 'off'>;
  allowedWrites: AllowedWrites[];
  unpinnedUses: {
    /** `owner/*` or `owner/repo` patterns that may use tags: no finding. */
    allow: string[];
    /** Patterns whose tags are a warning instead of an error (first-party actions too, when listed). */
    warn: string[];
  };
  /** Secret names used outside an environment on purpose (organisation-wide tokens...), as zizmor's allowlist. */
  secretsOutsideEnv: { allow: string[] };
}

export const DEFAULT_CONFIG: WorkflowsConfig = {
  // zizmor runs self-hosted-runner for its pedantic persona only: opt-in here too.
  rules: { 'self-hosted-runner': 'off' },
  allowedWrites: [],
  unpinnedUses: { allow: [], warn: [] },
  secretsOutsideEnv: { allow: [] },
};

export const CONFIG_FILE = '.github/mcp-secrets.yml';

const HINT = `see the "workflows:" section in the workflow-permission-check README`;

/**
 * Reads the `workflows:` section of `.github/mcp-secrets.yml`. Other top-level
 * sections belong to the suite's other actions and are left alone.
 */
export function parseWorkflowsConfig(file: string, text: string): WorkflowsConfig {
  const lines = new LineCounter();
  const doc = parseBoundedDocument(text, { lineCounter: lines, uniqueKeys: true });
  const fail = (message: string, node?: unknown): never => {
    const range = (node as Node | undefined)?.range;
    throw new ConfigurationError(message, { file, line: range ? lines.linePos(range[0]).line : undefined, hint: HINT });
  };
  if (doc.errors.length > 0) {
    const error = doc.errors[0];
    throw new ConfigurationError(describeYamlError(error), { file, line: error.linePos?.[0].line, hint: 'fix the YAML syntax' });
  }
  const root = doc.contents;
  if (root === null || (isScalar(root) && root.value === null)) return DEFAULT_CONFIG;
  if (!isMap(root)) return fail('expected a mapping at the top level', root);
  const section = root.get('workflows', true);
  if (section === undefined || section === null) return DEFAULT_CONFIG;
  return readSection(section, fail);
}

type Fail = (message: string, node?: unknown) => never;

function readSection(section: unknown, fail: Fail): WorkflowsConfig {
  if (!isMap(section)) return fail('"workflows" must be a mapping', section);
  const config: WorkflowsConfig = { ...DEFAULT_CONFIG };
  for (const pair of section.items) {
    const key = isScalar(pair.key) ? String(pair.key.value) : '';
    if (key === 'rules') config.rules = { ...DEFAULT_CONFIG.rules, ...readRules(pair.value, fail) };
    else if (key === 'allowed-write-permissions') config.allowedWrites = readAllowedWrites(pair.value, fail);
    else if (key === 'unpinned-uses') config.unpinnedUses = readUnpinned(pair.value, config.unpinnedUses, fail);
    else if (key === 'secrets-outside-env') config.secretsOutsideEnv = { allow: readAllowedSecrets(pair.value, fail) };
    else fail(`unknown key "workflows.${key}" (expected rules, allowed-write-permissions, unpinned-uses or secrets-outside-env)`, pair.key);
  }
  return config;
}

const SETTINGS = new Set(['off', 'error', 'warning', 'note']);

function readRules(node: unknown, fail: Fail): Record<string, Severity | 'off'> {
  if (!isMap(node)) return fail('"workflows.rules" must map rule ids to off, error, warning or note', node);
  const rules: Record<string, Severity | 'off'> = {};
  for (const pair of node.items) {
    const id = isScalar(pair.key) ? String(pair.key.value) : '';
    if (!RULE_IDS.has(id)) fail(`unknown rule "${id}" (known: ${[...RULE_IDS].join(', ')})`, pair.key);
    // YAML 1.2 reads `off` as a string, `false` as a boolean: both turn the rule off.
    const raw = isScalar(pair.value) ? pair.value.value : undefined;
    const setting = raw === false ? 'off' : String(raw);
    if (!SETTINGS.has(setting)) fail(`rule "${id}": "${setting}" is not off, error, warning or note`, pair.value);
    rules[id] = setting as Severity | 'off';
  }
  return rules;
}

function readAllowedWrites(node: unknown, fail: Fail): AllowedWrites[] {
  if (!isMap(node)) return fail('"workflows.allowed-write-permissions" must map workflow files to jobs and scopes', node);
  const out: AllowedWrites[] = [];
  for (const workflowPair of node.items) {
    const workflow = isScalar(workflowPair.key) ? String(workflowPair.key.value) : '';
    if (!isMap(workflowPair.value)) fail(`"${workflow}" must map job ids (or "*") to lists of scopes`, workflowPair.value ?? workflowPair.key);
    for (const jobPair of workflowPair.value.items) {
      const job = isScalar(jobPair.key) ? String(jobPair.key.value) : '';
      out.push({ workflow, job, scopes: readScopes(jobPair.value, `${workflow} ${job}`, fail) });
    }
  }
  return out;
}

function readScopes(node: unknown, where: string, fail: Fail): string[] {
  if (!isSeq(node)) return fail(`${where}: expected a list of scopes, e.g. [contents, packages]`, node);
  return node.items.map((item) => {
    const scope = isScalar(item) ? String(item.value) : '';
    if (!isKnownScope(scope)) fail(`${where}: "${scope}" is not a permission scope`, item);
    return scope;
  });
}

function readUnpinned(node: unknown, defaults: WorkflowsConfig['unpinnedUses'], fail: Fail): WorkflowsConfig['unpinnedUses'] {
  if (!isMap(node)) return fail('"workflows.unpinned-uses" must be a mapping with allow and/or warn lists', node);
  const out = { ...defaults };
  for (const pair of node.items) {
    const key = isScalar(pair.key) ? String(pair.key.value) : '';
    if (key !== 'allow' && key !== 'warn') fail(`unknown key "unpinned-uses.${key}" (expected allow or warn)`, pair.key);
    if (!isSeq(pair.value)) fail(`"unpinned-uses.${key}" must be a list of patterns such as my-org/*`, pair.value ?? pair.key);
    out[key as 'allow' | 'warn'] = pair.value.items.map((item) => (isScalar(item) ? String(item.value).toLowerCase() : ''));
  }
  return out;
}

function readAllowedSecrets(node: unknown, fail: Fail): string[] {
  const allow = isMap(node) ? node.get('allow', true) : undefined;
  if (!isMap(node) || node.items.length !== 1 || !isSeq(allow)) {
    return fail('"workflows.secrets-outside-env" must be a mapping with an allow list of secret names', node);
  }
  return allow.items.map((item) => (isScalar(item) ? String(item.value).toUpperCase() : ''));
}
