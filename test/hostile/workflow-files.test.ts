// Attacks through the files workflow-permission-check reads, which a pull request controls: a
// workflow file of gigabytes, and its own config file committed as a symlink to /dev/zero. Each
// must end in bounded time with the file named, the other workflows still checked.
import { closeSync, ftruncateSync, mkdirSync, openSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { CLI_BUNDLE } from '../helpers/cli';
import { runBundledAction, spawnNode, type ActionRun } from '../helpers/runner';
import { removeTempDirs, tempTree } from '../support/temp-repo';

jest.setTimeout(60_000);
afterAll(removeTempDirs);

const WF = '.github/workflows';
/** Has a finding (no permissions block), so we can see it was still checked. */
const OTHER = 'on: push\njobs:\n  build:\n    runs-on: ubuntu-latest\n    steps:\n      - run: echo hi\n';

function workspace(place: (dir: string) => void): string {
  const dir = tempTree({ [`${WF}/other.yml`]: OTHER });
  mkdirSync(join(dir, '.github'), { recursive: true });
  place(dir);
  return dir;
}

const check = (dir: string): Promise<ActionRun> => runBundledAction('workflow-permission-check', { workspace: dir });

describe('workflow-permission-check: workflow files a pull request controls', () => {
  test('a sparse 1.5 GiB workflow is refused by its size before it is read: a parse-error finding naming it', async () => {
    const dir = workspace((d) => {
      const fd = openSync(join(d, WF, 'huge.yml'), 'w');
      ftruncateSync(fd, 1536 * 1024 * 1024);
      closeSync(fd);
    });
    const run = await check(dir);
    expect(run.main.exitCode).toBe(1);
    const refused = run.main.commands.find((c) => c.command === 'error' && c.properties.file === `${WF}/huge.yml`);
    expect(refused?.message).toMatch(/^not checked: the file is larger than 1 MiB/);
    expect(run.main.commands.some((c) => c.properties.file === `${WF}/other.yml`)).toBe(true);
  });

  test('.github/mcp-secrets.yml committed as a symlink to /dev/zero is a configuration error naming it', async () => {
    const run = await check(workspace((dir) => symlinkSync('/dev/zero', join(dir, '.github', 'mcp-secrets.yml'))));
    expect(run.main.exitCode).toBe(1);
    expect(run.main.commands.find((c) => c.command === 'error')?.message).toMatch(/mcp-secrets\.yml.*(outside the repository|not a regular file)/);
  });

  test('run: lines writing GITHUB_OUTPUT full of unclosed ${{ are read in bounded time (a lazy regex rescanned each to its end)', async () => {
    // 170,000 unclosed openings on one line, just under GitHub's 1 MiB: about half a minute with the rescans.
    const flood = `        run: echo "x=${'${{ a '.repeat(170_000)}" >> "$GITHUB_OUTPUT"`;
    const text = ['on: pull_request_target', 'jobs:', '  a:', '    runs-on: ubuntu-latest', '    steps:', '      - id: t', flood, '      - run: echo ${{ steps.t.outputs.x }}', ''].join('\n');
    const dir = workspace((d) => writeFileSync(join(d, WF, 'flood.yml'), text));
    const run = await spawnNode(CLI_BUNDLE, ['check-workflows', '--format', 'json', '--fail-on', 'never'], { PATH: process.env.PATH ?? '/usr/bin:/bin', HOME: dir }, dir, 15_000);
    expect(run.exitCode).toBe(0);
    const findings = (JSON.parse(run.stdout) as { findings: { file: string; ruleId: string; line: number }[] }).findings;
    expect(findings).toContainEqual(expect.objectContaining({ file: `${WF}/flood.yml`, ruleId: 'template-injection', line: 8 }));
  });
});
