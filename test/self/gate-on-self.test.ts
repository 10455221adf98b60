// This repository must pass its own gate with zero failures: the gate's code (audit, workflow
// permission check, ops controls) runs on the repository root, as the gate does in CI.
// The controls read git (tracked files, history), so the result must not hinge on uncommitted
// state: with uncommitted changes (a contributor's clone), the gate runs on a committed snapshot
// of the working tree instead: what a fresh shallow clone of the next commit would hold.
import { execFileSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { runGate, type GateResult } from '@mcp-secrets/gate';
import type { ActionPorts, AnnotationPlace } from '@mcp-secrets/ports';

const REPO_ROOT = resolve(__dirname, '..', '..');

function git(cwd: string, ...args: string[]): string {
  return execFileSync('git', ['-c', 'core.quotepath=off', ...args], { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
}

function isGitCheckout(): boolean {
  try {
    return resolve(git(REPO_ROOT, 'rev-parse', '--show-toplevel').trim()) === REPO_ROOT;
  } catch {
    return false;
  }
}

/** The tracked and untracked (not ignored) files, committed in a fresh repository. */
function committedSnapshot(into: string): string {
  const files = git(REPO_ROOT, 'ls-files', '-z', '--cached', '--others', '--exclude-standard').split('\0').filter((f) => f !== '');
  const snapshot = join(into, 'repo');
  for (const file of files) {
    try {
      mkdirSync(dirname(join(snapshot, file)), { recursive: true });
      cpSync(join(REPO_ROOT, file), join(snapshot, file));
    } catch (error) {
      // A tracked file deleted in the working tree is not part of the next commit either.
      if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
    }
  }
  const commit = ['-c', 'user.name=self-test', '-c', 'user.email=self-test@example.invalid', '-c', 'commit.gpgsign=false'];
  git(snapshot, 'init', '-q', '-b', 'main');
  git(snapshot, 'add', '-A');
  git(snapshot, ...commit, 'commit', '-q', '--no-verify', '-m', 'snapshot of the working tree');
  return snapshot;
}

interface Annotation {
  level: 'error' | 'warning' | 'notice';
  message: string;
  place?: AnnotationPlace;
}

function recordingPorts(env: NodeJS.ProcessEnv): ActionPorts & { annotations: Annotation[]; summary: string[] } {
  const annotations: Annotation[] = [];
  const summary: string[] = [];
  const annotate = (level: Annotation['level']) => (message: string, place?: AnnotationPlace) => void annotations.push({ level, message, ...(place && { place }) });
  return {
    env,
    annotations,
    summary,
    log: { info: () => undefined, debug: () => undefined, notice: annotate('notice'), warning: annotate('warning'), error: annotate('error') },
    mask: () => undefined,
    setOutput: () => undefined,
    exportVariable: () => undefined,
    saveState: () => undefined,
    getState: () => '',
    appendSummary: async (markdown) => void summary.push(markdown),
    uploadArtifact: async () => ({ uploaded: false, reason: 'self-test' }),
    getIdToken: async () => {
      throw new Error('no OIDC in the self-test');
    },
  };
}

if (!isGitCheckout()) {
  process.stderr.write(`NOTICE: skipping "the gate on this repository": ${REPO_ROOT} is not a git checkout\n`);
  describe.skip(`the gate on this repository (skipped: ${REPO_ROOT} is not a git checkout)`, () => {
    test('needs a git checkout', () => undefined);
  });
} else {
  describe('the gate on this repository', () => {
    let scratch: string;
    let result: GateResult;
    let ports: ReturnType<typeof recordingPorts>;

    beforeAll(async () => {
      scratch = mkdtempSync(join(tmpdir(), 'gate-self-'));
      const dirty = git(REPO_ROOT, 'status', '--porcelain', '--untracked-files=all').trim() !== '';
      const root = dirty ? committedSnapshot(scratch) : REPO_ROOT;
      if (dirty) process.stderr.write(`NOTICE: uncommitted changes in ${REPO_ROOT}: the gate runs on a committed snapshot of the working tree\n`);
      // Only what a plain run needs: no event of the surrounding CI run (the audit scans the working tree).
      ports = recordingPorts({ GITHUB_WORKSPACE: root, PATH: process.env.PATH, HOME: process.env.HOME ?? scratch });
      // Reports go to the scratch folder: the test writes nothing into the repository.
      const reports = join(scratch, 'reports');
      const inputs: Record<string, string> = {
        'audit-scan': 'files',
        'audit-report-path': join(reports, 'gitleaks-report.json'),
        'audit-sarif-path': join(reports, 'gitleaks-report.sarif'),
        'workflows-sarif-path': join(reports, 'workflow-permission-check.sarif'),
        'controls-output': join(reports, 'ops-controls-report.json'),
      };
      result = await runGate(ports, { get: (name) => inputs[name] });
    });
    afterAll(() => rmSync(scratch, { recursive: true, force: true }));

    test('zero failures: no part fails or cannot run', () => {
      const problems = ports.annotations.filter((a) => a.level === 'error').map((a) => `${a.place?.title ?? ''} ${a.place?.file ?? ''}:${a.place?.startLine ?? ''} ${a.message}`);
      expect({ parts: result.parts.map((p) => [p.action, p.status, p.headline]), problems }).toEqual({
        parts: result.parts.map((p) => [p.action, p.status === 'warn' ? 'warn' : 'pass', p.headline]),
        problems: [],
      });
      expect(result.status).not.toBe('fail');
      // Warnings are allowed; each one is shown in the test log.
      const warnings = ports.annotations.filter((a) => a.level === 'warning').map((a) => `${a.place?.title ?? ''}: ${a.message.split('\n')[0]}`);
      if (warnings.length > 0) process.stderr.write(`NOTICE: the gate on this repository warns:\n${warnings.map((w) => `  - ${w}`).join('\n')}\n`);
    });

    test('every part really ran: files scanned, workflows checked, controls judged', () => {
      const report = JSON.parse(readFileSync(join(scratch, 'reports', 'ops-controls-report.json'), 'utf8')) as { checks: Array<{ id: string; status: string }> };
      expect(report.checks.filter((c) => c.status === 'pass').length).toBeGreaterThanOrEqual(15);
      expect(JSON.parse(readFileSync(join(scratch, 'reports', 'gitleaks-report.json'), 'utf8'))).toEqual([]);
      expect(result.parts[1]?.headline).toMatch(/in \d{2,} files/);
    });

    test('one combined summary with every part', () => {
      expect(ports.summary).toHaveLength(1);
      for (const title of ['## Security gate', '## Secrets audit', '## Ops controls']) expect(ports.summary[0]).toContain(title);
    });
  });
}
