// The copy-paste workflows under examples/workflows must pass workflow-permission-check with no
// finding at all: users copy them as they are.
import { resolve } from 'node:path';
import { Inputs } from '@mcp-secrets/ports';
import { readWorkflowCheckOptions, runWorkflowCheck } from '@mcp-secrets/workflow-check';
import type { ActionPorts } from '@mcp-secrets/ports';

const REPO_ROOT = resolve(__dirname, '..', '..');

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

test('examples/workflows/*.yml: no finding of any level', async () => {
  const given: Record<string, string> = { paths: 'examples/workflows', 'sarif-path': '', annotations: 'false' };
  const options = readWorkflowCheckOptions(new Inputs({ get: (name) => given[name] }), (name) => given[name], { GITHUB_WORKSPACE: REPO_ROOT });
  const result = await runWorkflowCheck(silentPorts, options);
  expect(result.filesChecked).toBeGreaterThanOrEqual(1);
  expect(result.findings.map((f) => `${f.file}:${f.line} ${f.ruleId} ${f.message}`)).toEqual([]);
});
