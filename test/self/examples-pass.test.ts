// The suite agrees with itself: every workflow it tells users to copy (examples/workflows/*.yml and
// the README's quick start) passes every check of the suite (check-workflows, audit, ops-controls)
// with no failure and no warning, once copied into a fresh repository holding what the example
// needs, as a user would set it up: the bundled CLI runs on each in a child process.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { encryptSops, generateAgeIdentity } from '@mcp-secrets/sops';
import { runCliBundle } from '../helpers/cli';
import { REPO_ROOT, type ProcessRun } from '../helpers/runner';
import { commitFiles, newRepo, removeTempDirs, tempDir } from '../support/temp-repo';

const EXAMPLES_DIR = join(REPO_ROOT, 'examples', 'workflows');
const BUNDLE = 'config/secrets.enc.yaml';
/** A value the SOPS bundle holds: it may appear in no output. */
const PLANTED = 'planted-example-token-5e1b7c9d3f';

/** The README's quick start: the first YAML block under its heading. */
function quickStart(): string {
  const readme = readFileSync(join(REPO_ROOT, 'README.md'), 'utf8');
  const section = readme.slice(readme.indexOf('## Quick start'));
  const block = /```yaml\n([\s\S]*?)```/.exec(section);
  if (block?.[1] === undefined) throw new Error('README.md: no ```yaml block under "## Quick start"');
  return block[1];
}

const exampleFile = (name: string): string => readFileSync(join(EXAMPLES_DIR, name), 'utf8');

/** Every example, read now: a file added to examples/workflows is checked without editing this test. */
const EXAMPLES: Array<[string, string]> = [
  ...readdirSync(EXAMPLES_DIR)
    .filter((name) => /\.ya?ml$/.test(name))
    .sort()
    .map((name): [string, string] => [`examples/workflows/${name}`, exampleFile(name)]),
  ['README.md quick start', quickStart()],
];

const runsAudit = (workflow: string): boolean => /uses: org\/mcp-secrets(?:\/audit)?@/.test(workflow);
const runsControls = (workflow: string): boolean => /uses: org\/mcp-secrets(?:\/ops-controls)?@/.test(workflow);
const usesSops = (workflow: string): boolean => /^\s*(?:provider: sops|sops-file:)/m.test(workflow);

/**
 * The examples that complete one into the runbooks' set-up: the audit on every pull request and
 * push and both reports published. The security and ops_compliance pipelines are each other's
 * half; a set-up that has neither (a sync example) comes with the gate, which runs both.
 */
function companions(workflow: string): Record<string, string> {
  if (runsAudit(workflow) && runsControls(workflow)) return {};
  if (runsAudit(workflow)) return { '.github/workflows/ops-compliance.yml': exampleFile('ops-compliance.yml') };
  if (runsControls(workflow)) return { '.github/workflows/security.yml': exampleFile('security-audit.yml') };
  return { '.github/workflows/security-gate.yml': exampleFile('security-gate.yml') };
}

/** What examples/README.md asks of any repository, with the SOPS policy and bundle where SOPS is used. */
async function repositoryFiles(sops: boolean): Promise<{ files: Record<string, string>; identity?: string }> {
  const files: Record<string, string> = {
    '.gitignore': `.env\n*.env\n!*.env.example\nkeys.txt\n${sops ? 'mcp-age-key.txt\n' : ''}`,
    '.github/CODEOWNERS': `/.github/workflows/ @org/security\n${sops ? `/.sops.yaml @org/security\n/${BUNDLE} @org/security\n` : ''}`,
    '.github/dependabot.yml': 'version: 2\nupdates:\n  - package-ecosystem: github-actions\n    directory: /\n    schedule:\n      interval: weekly\n',
    'SECURITY.md': '# Security policy\n\nReport vulnerabilities privately through the repository\'s security advisories.\n',
    'config/gitleaks.toml': '[extend]\nuseDefault = true\n',
  };
  if (!sops) return { files };
  const key = await generateAgeIdentity();
  const { text } = await encryptSops({ data: { MCP_SECRETS_VERSION: '1', EXAMPLE_API_TOKEN: PLANTED } }, { fileName: BUNDLE, recipients: [key.recipient] });
  files['.sops.yaml'] = `creation_rules:\n  - path_regex: config/secrets\\.enc\\.yaml$\n    age: ${key.recipient}\n`;
  files[BUNDLE] = text;
  return { files, identity: key.identity };
}

const said = (run: ProcessRun): string => `exit ${run.exitCode}\n${run.stdout}\n${run.stderr}`;

interface ReportedCheck {
  id: string;
  status: string;
  details: string;
}

afterAll(() => removeTempDirs());

describe.each(EXAMPLES)('%s', (_label, workflow) => {
  let repo: string;
  let identity: string | undefined;
  const runs: ProcessRun[] = [];
  const cli = async (args: string[]): Promise<ProcessRun> => {
    const run = await runCliBundle(repo, args, identity === undefined ? {} : { SOPS_AGE_KEY: identity });
    runs.push(run);
    return run;
  };

  beforeAll(async () => {
    repo = newRepo('example-');
    const setup = await repositoryFiles(usesSops(workflow));
    identity = setup.identity;
    commitFiles(repo, { ...setup.files, ...companions(workflow), '.github/workflows/example.yml': workflow }, 'set up as examples/README.md says');
    // The baseline as a user makes it: the suite's audit writes it.
    const written = await cli(['audit', '--write-baseline']);
    expect(said(written)).toMatch(/^exit 0\n/);
    commitFiles(repo, {}, 'detect-secrets baseline');
  }, 60_000);

  test('check-workflows: no finding of any level', async () => {
    const run = await cli(['check-workflows', '--format', 'json', '--fail-on', 'warning']);
    expect(said(run)).toMatch(/^exit 0\n/);
    expect(JSON.parse(run.stdout)).toMatchObject({ counts: { error: 0, warning: 0, note: 0 }, findings: [] });
  });

  test('audit: no secret and no file left unscanned', async () => {
    const run = await cli(['audit', '--fail-on-skipped', 'true']);
    expect(said(run)).toMatch(/^exit 0\n✔ No secrets found/);
  });

  test('ops-controls: every check passes or skips, none fails or warns', async () => {
    const run = await cli(['ops-controls', '--format', 'json', '--output', join(tempDir('example-report-'), 'report.json')]);
    expect(run.exitCode).toBe(0);
    const checks = (JSON.parse(run.stdout) as { checks: ReportedCheck[] }).checks;
    expect(checks.filter((check) => check.status === 'fail' || check.status === 'warn').map((check) => `${check.id}: ${check.details}`)).toEqual([]);
    const passed = checks.filter((check) => check.status === 'pass').map((check) => check.id);
    expect(passed).toEqual(expect.arrayContaining(['security-pipeline', 'reports-published', 'gitleaks-config', 'detect-secrets-baseline', 'env-files-ignored']));
    if (/uses: org\/mcp-secrets\/sync@/.test(workflow)) expect(passed).toContain('secrets-sync-step');
    if (usesSops(workflow)) expect(passed).toEqual(expect.arrayContaining(['sops-policy', 'sops-bundle-encrypted', 'secrets-version', 'secrets-rotation-age']));
  });

  test('no output holds the bundle\'s value or the age identity', () => {
    expect(runs.length).toBeGreaterThanOrEqual(4);
    for (const run of runs) {
      expect(run.stdout + run.stderr).not.toContain(PLANTED);
      if (identity !== undefined) expect(run.stdout + run.stderr).not.toContain(identity);
    }
  });
});
