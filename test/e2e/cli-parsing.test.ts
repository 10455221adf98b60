// The command line as gitleaks and zizmor users type it, through the bundled CLI (dist/cli,
// `node scripts/build.mjs cli`): positional paths, short flags, switches without values, --no-color,
// suggestions for mistyped words, and errors that name options, never action inputs.
import { join } from 'node:path';
import { runCli } from '../../packages/cli/src/cli';
import { prng, TEST_CONFIG, TEST_RULE_ID, testToken } from '../fixtures/audit/planted';
import { runCliBundle } from '../helpers/cli';
import { removeTempDirs, tempTree } from '../support/temp-repo';

afterAll(removeTempDirs);

const TOKEN = testToken(prng(61));
const WF = '.github/workflows';
const UNPINNED = 'name: ci\non: push\npermissions: {}\njobs:\n  test:\n    runs-on: ubuntu-latest\n    steps:\n      - uses: someone/action@main\n';
const CLEAN = 'name: ci\non: push\npermissions: {}\njobs:\n  test:\n    runs-on: ubuntu-latest\n    steps:\n      - run: echo ok\n';

const tree = (): string =>
  tempTree({ 'config/gitleaks.toml': TEST_CONFIG, 'src/app.env': `TOKEN=${TOKEN}\n`, 'docs/readme.md': 'nothing here\n', [`${WF}/unpinned.yml`]: UNPINNED, [`${WF}/clean.yml`]: CLEAN });

describe('mcp-secrets command lines (bundled CLI)', () => {
  test('audit DIR scans that folder, as --path DIR does', async () => {
    const dir = tree();
    const word = await runCliBundle(dir, ['audit', 'docs', '-f', 'json']);
    expect(word.exitCode).toBe(0);
    expect(JSON.parse(word.stdout)).toEqual([]);
    const src = await runCliBundle(dir, ['audit', '-f', 'json', 'src']);
    expect(src.exitCode).toBe(1);
    expect((JSON.parse(src.stdout) as Array<{ File: string; RuleID: string }>).map((f) => [f.File, f.RuleID])).toEqual([['src/app.env', TEST_RULE_ID]]);
    expect(src.stdout + src.stderr).not.toContain(TOKEN.slice(4));
  });

  test('check-workflows FILE... checks only those files', async () => {
    const dir = tree();
    const clean = await runCliBundle(dir, ['check-workflows', `${WF}/clean.yml`]);
    expect(clean.exitCode).toBe(0);
    expect(clean.stdout).toMatch(/in 1 file /);
    const both = await runCliBundle(dir, ['check-workflows', `${WF}/clean.yml`, `${WF}/unpinned.yml`, '-f', 'json']);
    expect(both.exitCode).toBe(1);
    expect(JSON.parse(both.stdout)).toMatchObject({ filesChecked: 2 });
  });

  test('an input taking true or false is a switch: --x, --x=false, --x false and --no-x', async () => {
    const dir = tree();
    for (const args of [['--fail-on-findings=false'], ['--fail-on-findings', 'false'], ['--fail-on-findings', 'false', 'src'], ['--no-fail-on-findings', 'src']]) {
      const run = await runCliBundle(dir, ['audit', ...args]);
      expect({ args, exitCode: run.exitCode }).toEqual({ args, exitCode: 0 });
    }
    // A bare switch is true; the word after it, when not true or false, is a path.
    const bare = await runCliBundle(dir, ['audit', '--fail-on-findings', 'src']);
    expect(bare.exitCode).toBe(1);
    const redacted = await runCliBundle(dir, ['audit', '--redact', '--report-path', 'out/report.json', 'src']);
    expect(redacted.exitCode).toBe(1);
    expect(redacted.stdout + redacted.stderr).not.toContain(TOKEN.slice(4));
  });

  test('mistyped commands and options are usage errors with a suggestion', async () => {
    const dir = tree();
    const command = await runCliBundle(dir, ['check-workflow']);
    expect(command.exitCode).toBe(2);
    expect(command.stderr).toContain("mcp-secrets: unknown command 'check-workflow'\n(Did you mean check-workflows?)");
    const option = await runCliBundle(dir, ['check-workflows', '--fial-on', 'warning']);
    expect(option.exitCode).toBe(2);
    expect(option.stderr).toContain("mcp-secrets check-workflows: unknown option '--fial-on'\n(Did you mean --fail-on?)");
    expect(option.stdout).toBe('');
  });

  test('configuration errors name the option as typed, never the action input', async () => {
    const dir = tree();
    const scan = await runCliBundle(dir, ['audit', '--scan', 'everything']);
    expect(scan.exitCode).toBe(2);
    expect(scan.stderr).toMatch(/^mcp-secrets audit: --scan: /m);
    expect(scan.stderr).not.toContain("input '");
  });

  test('-h, help <command> and -V exit 0 on stdout', async () => {
    const dir = tree();
    const help = await runCliBundle(dir, ['check-workflows', '-h']);
    expect(help.exitCode).toBe(0);
    expect(help.stdout).toContain('Usage: mcp-secrets check-workflows [options] [paths...]');
    expect((await runCliBundle(dir, ['help', 'check-workflows'])).stdout).toBe(help.stdout);
    const version = await runCliBundle(dir, ['-V']);
    expect(version.exitCode).toBe(0);
    expect(version.stdout).toMatch(/^\d+\.\d+\.\d+/);
  });

  test('--no-color: no escapes even where colour is welcome', async () => {
    const dir = tree();
    const printed = async (args: string[]): Promise<string> => {
      let out = '';
      await runCli(args, { out: (t) => void (out += t), err: () => undefined, color: true, isTTY: false }, {}, dir);
      return out;
    };
    expect(await printed(['audit', join(dir, 'src')])).toMatch(/\u001b\[/);
    expect(await printed(['audit', '--no-color', join(dir, 'src')])).not.toMatch(/\u001b\[/);
    expect(await printed(['--no-color', 'audit', join(dir, 'src')])).not.toMatch(/\u001b\[/);
  });
});
