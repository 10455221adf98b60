// Attacks on the audit's output: a line that holds two secrets, and a URL whose username is the
// credential. Whatever finding a line is shown for, no secret on it may reach the terminal, the
// log, an annotation, the job summary, the SARIF log or the JSON report, not even in part.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { BASE62, BASE64, FakeSecrets, HEX } from '../../packages/scanner/src/rules/builtin/__fixtures__/fake-secrets';
import { runCliBundle } from '../helpers/cli';
import { runBundledAction, type ActionRun } from '../helpers/runner';
import { removeTempDirs, tempTree } from '../support/temp-repo';

afterAll(removeTempDirs);

const fake = new FakeSecrets(1111);
const GITHUB = fake.checksummedToken('ghp');
const NPM = fake.checksummedToken('npm');
const AWS_ID = ['AK', 'IA'].join('') + fake.chars('ABCDEFGHIJKLMNOPQRSTUVWXYZ234567', 16);
const AWS_SECRET = fake.chars(BASE64, 40);
const STRIPE = ['sk', 'live', fake.chars(BASE62, 32)].join('_');
const SLACK = ['xoxb', fake.chars('0123456789', 12), fake.chars('0123456789', 13), fake.chars(BASE62, 24)].join('-');
/** A classic 40-hex GitHub token: no prefix, so only the URL rule sees it, as `<token>:x-oauth-basic@`. */
const URL_USER_TOKEN = fake.chars(HEX, 40);

const ATTACKS: Record<string, { file: string; content: string; secrets: string[] }> = {
  'two tokens on one .env line': { file: '.env', content: `DEPLOY_TOKENS=${GITHUB},${NPM}\n`, secrets: [GITHUB, NPM] },
  'an AWS key id and secret key on one line': {
    file: 'deploy.sh',
    content: `env AWS_ACCESS_KEY_ID=${AWS_ID} AWS_SECRET_ACCESS_KEY=${AWS_SECRET} aws s3 ls\n`,
    secrets: [AWS_ID, AWS_SECRET],
  },
  'one-line JSON with several secrets': {
    file: 'settings.json',
    content: `{"stripe":"${STRIPE}","slack":"${SLACK}","github":"${GITHUB}"}\n`,
    secrets: [STRIPE, SLACK, GITHUB],
  },
  'a token as the username of a URL': {
    file: 'scripts/push.sh',
    content: `git push https://${URL_USER_TOKEN}:x-oauth-basic@github.com/org/repo.git HEAD\n`,
    secrets: [URL_USER_TOKEN],
  },
};

/** Any 12 consecutive characters of a secret: a truncated snippet must not leak a prefix either. */
function fragmentsIn(text: string, secret: string): string[] {
  const found: string[] = [];
  for (let i = 0; i + 12 <= secret.length; i += 4) if (text.includes(secret.slice(i, i + 12))) found.push(secret.slice(i, i + 12));
  return found;
}

function leaksIn(places: Record<string, string>, secrets: string[]): string[] {
  return Object.entries(places).flatMap(([place, text]) => secrets.flatMap((s) => fragmentsIn(text, s).map((piece) => `${place}: ${piece}`)));
}

function actionPlaces(run: ActionRun): Record<string, string> {
  const visibleStdout = run.main.stdout.split('\n').filter((line) => !line.startsWith('::add-mask::')).join('\n');
  return {
    stdout: visibleStdout,
    stderr: run.main.stderr,
    summary: run.main.summary,
    outputs: JSON.stringify(run.main.outputs),
    report: readFileSync(run.main.outputs['report-path'] ?? '', 'utf8'),
    sarif: readFileSync(run.main.outputs['sarif-path'] ?? '', 'utf8'),
  };
}

describe.each(Object.entries(ATTACKS))('audit output, attack: %s', (_name, attack) => {
  const workspace = (): string => tempTree({ [attack.file]: attack.content });

  test('the action finds it and shows no secret of the line anywhere', async () => {
    const dir = workspace();
    const run = await runBundledAction('audit', { workspace: dir, inputs: { scan: 'files' } });
    expect(run.main.exitCode).toBe(1);
    expect(run.main.commands.some((c) => c.command === 'error' && c.properties.file === attack.file)).toBe(true);
    expect(leaksIn(actionPlaces(run), attack.secrets)).toEqual([]);
  });

  test.each(['text', 'json', 'sarif'])('the CLI (--format %s) finds it and prints no secret of the line', async (format) => {
    const dir = workspace();
    const run = await runCliBundle(dir, ['audit', '--format', format, '--report-path', 'r.json', '--sarif-path', 'r.sarif']);
    expect(run.exitCode).toBe(1);
    expect(run.stdout).toContain(format === 'sarif' ? `"uri": "${attack.file}"` : attack.file);
    const files = { report: readFileSync(join(dir, 'r.json'), 'utf8'), sarif: readFileSync(join(dir, 'r.sarif'), 'utf8') };
    expect(leaksIn({ stdout: run.stdout, stderr: run.stderr, ...files }, attack.secrets)).toEqual([]);
  });
});

describe('audit output, attack: a secret the ignore file accepts, beside a reported one', () => {
  // The accepted finding is not reported, but its secret is still live: the line shown for the
  // other finding must not print it.
  const workspace = (): string => tempTree({ '.env': `DEPLOY_TOKENS=${GITHUB},${NPM}\n`, '.gitleaksignore': '.env:github-pat:1\n' });

  test('action and CLI report only the other one and show neither secret', async () => {
    const action = await runBundledAction('audit', { workspace: workspace(), inputs: { scan: 'files' } });
    expect(action.main.outputs.findings).toBe('1');
    expect(leaksIn(actionPlaces(action), [GITHUB, NPM])).toEqual([]);
    const cli = await runCliBundle(workspace(), ['audit']);
    expect(cli.exitCode).toBe(1);
    expect(cli.stdout).toContain('npm-access-token');
    expect(leaksIn({ stdout: cli.stdout, stderr: cli.stderr }, [GITHUB, NPM])).toEqual([]);
  });
});

