// The copy-paste workflows under examples/workflows must pass workflow-permission-check with no
// finding at all (users copy them as they are), and must only use what exists: this suite's
// actions and inputs, and the third-party actions at the commits this repository's own
// workflows are pinned to.
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { parse } from 'yaml';
import { Inputs } from '@mcp-secrets/ports';
import { DEFAULT_CONFIG } from '@mcp-secrets/workflows';
import { readWorkflowCheckOptions, runWorkflowCheck } from '@mcp-secrets/workflow-permission-check';
import type { ActionPorts } from '@mcp-secrets/ports';

const REPO_ROOT = resolve(__dirname, '..', '..');
const EXAMPLES = join(REPO_ROOT, 'examples', 'workflows');

const silentPorts: ActionPorts = {
  env: {},
  log: { info: () => undefined, debug: () => undefined, notice: () => undefined, warning: () => undefined, error: () => undefined },
  mask: () => undefined,
  setOutput: () => undefined,
  exportVariable: () => undefined,
  saveState: () => undefined,
  getState: () => '',
  appendSummary: async () => undefined,
  uploadArtifact: async () => ({ uploaded: false, reason: 'tests' }),
  getIdToken: async () => {
    throw new Error('no OIDC in tests');
  },
};

/** Every YAML file below `dir`, relative to the repository root. */
function yamlFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile() && /\.ya?ml$/.test(entry.name))
    .map((entry) => relative(REPO_ROOT, join(entry.parentPath, entry.name)).replace(/\\/g, '/'))
    .sort();
}

const exampleFiles = yamlFiles(EXAMPLES);

async function check(paths: string) {
  const given: Record<string, string> = { paths, 'sarif-path': '', annotations: 'false' };
  const options = readWorkflowCheckOptions(new Inputs({ get: (name) => given[name] }), (name) => given[name], { GITHUB_WORKSPACE: REPO_ROOT });
  // The built-in defaults, not this repository's .github/mcp-secrets.yml: users copy the files
  // into repositories that have no exceptions configured.
  return runWorkflowCheck(silentPorts, { ...options, config: DEFAULT_CONFIG });
}

interface Step {
  uses?: string;
  with?: Record<string, unknown>;
}
interface Workflow {
  permissions?: unknown;
  jobs?: Record<string, { steps?: Step[] }>;
}

function stepsOf(file: string): Step[] {
  const workflow = parse(readFileSync(join(REPO_ROOT, file), 'utf8')) as Workflow;
  return Object.values(workflow.jobs ?? {}).flatMap((job) => job.steps ?? []);
}

/** `uses:` lines as written, with their trailing comment (`owner/repo@sha # v1`). */
function usesLines(file: string): string[] {
  return [...readFileSync(join(REPO_ROOT, file), 'utf8').matchAll(/^\s*(?:- )?uses:\s*(.+?)\s*$/gm)].map((m) => m[1]);
}

/** action → commit SHA, as this repository's own workflows pin them. */
function projectPins(): Map<string, Set<string>> {
  const pins = new Map<string, Set<string>>();
  for (const file of yamlFiles(join(REPO_ROOT, '.github', 'workflows'))) {
    for (const line of usesLines(file)) {
      const m = /^([^@\s]+)@([0-9a-f]{40})\b/.exec(line);
      if (m) pins.set(m[1], (pins.get(m[1]) ?? new Set()).add(m[2]));
    }
  }
  return pins;
}

function declaredInputs(actionId: string): string[] {
  const metadata = parse(readFileSync(join(REPO_ROOT, actionId, 'action.yml'), 'utf8')) as { inputs?: Record<string, unknown> };
  return Object.keys(metadata.inputs ?? {});
}

/** This suite's reference in the examples: `org/mcp-secrets[/<id>]@<40 hex> # v1`. */
const SUITE_USES = /^org\/mcp-secrets(?:\/([\w-]+))?@([0-9a-f]{40}) # v1$/;

test('examples/workflows holds the copy-paste set-ups', () => {
  const names = exampleFiles.map((file) => file.replace('examples/workflows/', ''));
  expect(names).toEqual(expect.arrayContaining(['security-gate.yml', 'vault-approle.yml', 'vault-oidc.yml', 'sops-only.yml']));
});

test('examples/workflows as a folder: every file is checked, no finding of any level', async () => {
  const result = await check('examples/workflows');
  expect(result.filesChecked).toBe(exampleFiles.length);
  expect(result.findings.map((f) => `${f.file}:${f.line} ${f.ruleId} ${f.message}`)).toEqual([]);
});

describe.each(exampleFiles)('%s', (file) => {
  test('is a workflow, with no finding of any level under the default configuration', async () => {
    const result = await check(file);
    expect(result.filesChecked).toBe(1);
    expect(result.findings.map((f) => `${f.line}:${f.column} ${f.ruleId} ${f.message}`)).toEqual([]);
    expect(result.counts).toEqual(expect.objectContaining({ error: 0, warning: 0 }));
  });

  test('top-level permissions are contents: read', () => {
    const workflow = parse(readFileSync(join(REPO_ROOT, file), 'utf8')) as Workflow;
    expect(workflow.permissions).toEqual({ contents: 'read' });
  });

  test('this suite is referenced as org/mcp-secrets[/<id>] at a full SHA with a # v1 comment, with inputs the action declares', () => {
    const suiteSteps = stepsOf(file).filter((step) => step.uses?.startsWith('org/mcp-secrets'));
    expect(suiteSteps.length).toBeGreaterThan(0);
    const lines = usesLines(file).filter((line) => line.startsWith('org/mcp-secrets'));
    expect(lines.length).toBe(suiteSteps.length);
    for (const line of lines) expect(line).toMatch(SUITE_USES);
    for (const step of suiteSteps) {
      const id = /^org\/mcp-secrets(?:\/([\w-]+))?@/.exec(step.uses ?? '')?.[1] ?? '.';
      const declared = declaredInputs(id);
      expect(Object.keys(step.with ?? {}).filter((input) => !declared.includes(input))).toEqual([]);
    }
  });

  test('third-party actions are pinned to the SHAs this repository\'s workflows use', () => {
    const pins = projectPins();
    const others = usesLines(file).filter((line) => !line.startsWith('org/mcp-secrets'));
    for (const line of others) {
      const m = /^([^@\s]+)@([0-9a-f]{40}) # v\S+$/.exec(line);
      expect(m).not.toBeNull();
      if (m === null) continue;
      expect([...(pins.get(m[1]) ?? [])]).toContain(m[2]);
    }
  });
});
