// Exit codes as documented, through the bundled CLI (dist/cli, `node scripts/build.mjs cli`): every usage or
// configuration error is 2 on every command it applies to - a plaintext file given as SOPS, garbage YAML,
// a bad age key line, a report path under a file, a directory given as a file - and the message names the
// option (or variable) and the path, never a temp file; findings and failures are 1.
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { generateAgeIdentity, type GeneratedAgeIdentity } from '@mcp-secrets/sops';
import { prng, TEST_CONFIG, testToken } from '../fixtures/audit/planted';
import { runCliBundle } from '../helpers/cli';
import { BUNDLE_FILE, rotationRepo, workingFiles } from '../support/rotation-repo';
import { removeTempDirs, tempTree } from '../support/temp-repo';

const PLANTED = 'exit-codes-planted-value-4b1d';
const BAD_AGE_KEY = 'AGE-SECRET-KEY-1THISISNOTANAGEKEY';
// Not YAML: an unclosed flow sequence under a mapping key.
const GARBAGE_YAML = 'creation_rules: [\n  - {: :\nkey: "unterminated\n';

const WORKFLOW = 'name: ci\non: push\npermissions: {}\njobs:\n  test:\n    runs-on: ubuntu-latest\n    steps:\n      - run: echo ok\n';

let alice: GeneratedAgeIdentity;
let repo: string;

beforeAll(async () => {
  alice = await generateAgeIdentity();
  repo = await rotationRepo({
    data: { MCP_SECRETS_VERSION: '3', API_TOKEN: PLANTED },
    encryptFor: [alice.recipient],
    sopsConfig: `creation_rules:\n  - path_regex: config/.*\\.enc\\.yaml$\n    age: ${alice.recipient}\n`,
    files: { '.github/workflows/ci.yml': WORKFLOW, 'plain.yaml': `API_TOKEN: ${PLANTED}\n`, 'garbage.yaml': GARBAGE_YAML, 'a-file.txt': 'not a folder\n', 'a-dir/keep': '' },
  });
  mkdirSync(join(repo, 'empty-dir'));
});
afterAll(removeTempDirs);

type Case = [label: string, args: string[], env: 'key' | 'bad-key' | 'none', mentions: string[]];

const sopsKey = (env: Case[2]): Record<string, string> =>
  env === 'key' ? { SOPS_AGE_KEY: alice.identity } : env === 'bad-key' ? { SOPS_AGE_KEY: `# a comment\n${BAD_AGE_KEY}\n` } : {};

const CASES: Case[] = [
  // A plaintext file given as SOPS.
  ['sync: plaintext as SOPS', ['sync', '--provider', 'sops', '--sops-file', 'plain.yaml'], 'key', ['plain.yaml']],
  ['run: plaintext as SOPS', ['run', '--provider', 'sops', '--sops-file', 'plain.yaml', '--', 'node', '-e', ''], 'key', ['plain.yaml']],
  ['rotate: plaintext as SOPS', ['rotate', '--sops-file', 'plain.yaml', '--generate', 'API_TOKEN'], 'key', ['plain.yaml']],
  // Garbage YAML.
  ['sync: garbage YAML as SOPS', ['sync', '--provider', 'sops', '--sops-file', 'garbage.yaml'], 'key', ['garbage.yaml']],
  ['run: garbage YAML as SOPS', ['run', '--provider', 'sops', '--sops-file', 'garbage.yaml', '--', 'node', '-e', ''], 'key', ['garbage.yaml']],
  ['rotate: garbage YAML as SOPS', ['rotate', '--sops-file', 'garbage.yaml', '--generate', 'API_TOKEN'], 'key', ['garbage.yaml']],
  ['check-workflows: garbage YAML config', ['check-workflows', '--config', 'garbage.yaml'], 'none', ['garbage.yaml:2: invalid YAML']],
  // A bad age key line.
  ['sync: bad age key', ['sync', '--provider', 'sops'], 'bad-key', ['SOPS_AGE_KEY', 'line 2']],
  ['run: bad age key', ['run', '--provider', 'sops', '--', 'node', '-e', ''], 'bad-key', ['SOPS_AGE_KEY', 'line 2']],
  ['rotate: bad age key', ['rotate', '--generate', 'API_TOKEN'], 'bad-key', ['SOPS_AGE_KEY', 'line 2']],
  // A report path under a file.
  ['audit: --report-path under a file', ['audit', '--report-path', 'a-file.txt/report.json'], 'none', ['--report-path', 'a-file.txt/report.json']],
  ['audit: --sarif-path under a file', ['audit', '--sarif-path', 'a-file.txt/report.sarif'], 'none', ['--sarif-path', 'a-file.txt/report.sarif']],
  ['check-workflows: --sarif-path under a file', ['check-workflows', '--sarif-path', 'a-file.txt/wpc.sarif'], 'none', ['--sarif-path', 'a-file.txt/wpc.sarif']],
  ['ops-controls: --output under a file', ['ops-controls', '--output', 'a-file.txt/report.json'], 'none', ['--output', 'a-file.txt/report.json']],
  ['evidence: --output under a file', ['evidence', '--task', 'TASK-1', '--output', 'a-file.txt'], 'none', ['--output', 'a-file.txt']],
  ['sync: --dotenv-file under a file', ['sync', '--provider', 'sops', '--dotenv-file', '~/a-file.txt/.env'], 'key', ['--dotenv-file', 'a-file.txt']],
  ['rotate: --age-key-out under a file', ['rotate', '--generate', 'API_TOKEN', '--new-age-key', '--age-key-out', 'a-file.txt/key.txt'], 'key', ['--age-key-out', 'a-file.txt']],
  // A directory given as a file.
  ['audit: --config a folder', ['audit', '--config', 'a-dir'], 'none', ['--config', 'a-dir']],
  ['audit: --baseline a folder', ['audit', '--baseline', 'a-dir'], 'none', ['--baseline', 'a-dir']],
  ['audit: --baseline-path a folder', ['audit', '--baseline-path', 'a-dir'], 'none', ['--baseline-path', 'a-dir']],
  ['audit: --report-path a folder', ['audit', '--report-path', 'a-dir'], 'none', ['--report-path', 'a-dir']],
  ['check-workflows: --config a folder', ['check-workflows', '--config', 'a-dir'], 'none', ['--config', 'a-dir']],
  ['check-workflows: --sarif-path a folder', ['check-workflows', '--sarif-path', 'a-dir'], 'none', ['--sarif-path', 'a-dir']],
  ['ops-controls: --secrets-inventory a folder', ['ops-controls', '--secrets-inventory', 'a-dir'], 'none', ['--secrets-inventory', "'a-dir' is a folder"]],
  ['ops-controls: --output a folder', ['ops-controls', '--output', 'a-dir'], 'none', ['--output', 'a-dir']],
  ['ops-controls: --sops-file a folder', ['ops-controls', '--sops-file', 'a-dir'], 'none', ['--sops-file', "'a-dir' is a folder"]],
  ['ops-controls: --vault-ca-cert a folder', ['ops-controls', '--vault-ca-cert', 'a-dir'], 'none', ['--vault-ca-cert', 'a-dir']],
  ['sync: --vault-ca-cert a folder', ['sync', '--vault-ca-cert', 'a-dir'], 'none', ['--vault-ca-cert', 'a-dir']],
  // A file the user named that is not there (the default one missing is a skip: a repository without SOPS).
  ['ops-controls: --sops-file missing', ['ops-controls', '--sops-file', 'config/missing.enc.yaml'], 'none', ['--sops-file', "'config/missing.enc.yaml' does not exist"]],
  ['ops-controls: --secrets-inventory missing', ['ops-controls', '--secrets-inventory', 'missing.txt'], 'none', ['--secrets-inventory', "'missing.txt' does not exist"]],
  ['ops-controls: --vault-ca-cert missing', ['ops-controls', '--vault-ca-cert', 'missing.pem'], 'none', ['--vault-ca-cert', 'missing.pem']],
  ['sync: --sops-file a folder', ['sync', '--provider', 'sops', '--sops-file', 'a-dir'], 'key', ['--sops-file', 'a-dir']],
  ['sync: --dotenv-file a folder', ['sync', '--provider', 'sops', '--dotenv-file', '~/empty-dir'], 'key', ['--dotenv-file', 'empty-dir']],
  ['run: --sops-file a folder', ['run', '--provider', 'sops', '--sops-file', 'a-dir', '--', 'node', '-e', ''], 'key', ['--sops-file', 'a-dir']],
  ['rotate: --sops-file a folder', ['rotate', '--sops-file', 'a-dir', '--generate', 'API_TOKEN'], 'key', ['--sops-file', 'a-dir']],
  ['rotate: --age-key-out a folder', ['rotate', '--generate', 'API_TOKEN', '--new-age-key', '--age-key-out', 'empty-dir'], 'key', ['--age-key-out', 'empty-dir']],
];

describe('usage and configuration errors exit 2 on every command (bundled CLI)', () => {
  test.each(CASES)('%s', async (_label, args, env, mentions) => {
    const before = workingFiles(repo);
    const run = await runCliBundle(repo, args, sopsKey(env));
    const said = run.stdout + run.stderr;
    expect({ args, exitCode: run.exitCode, stderr: run.stderr }).toEqual({ args, exitCode: 2, stderr: expect.stringMatching(/\S/) });
    for (const words of mentions) expect(run.stderr).toContain(words);
    expect(run.stderr).not.toMatch(/\.tmp\b|input '/);
    expect(said).not.toContain(PLANTED);
    expect(said).not.toContain(alice.identity.slice(15));
    // Nothing written: no report, no partial file, the bundle untouched.
    expect(workingFiles(repo)).toEqual(before);
  });
});

describe('findings and failures exit 1 (bundled CLI)', () => {
  test('audit: a secret found', async () => {
    const dir = tempTree({ 'config/gitleaks.toml': TEST_CONFIG, 'app.env': `TOKEN=${testToken(prng(16))}\n` });
    expect((await runCliBundle(dir, ['audit'])).exitCode).toBe(1);
  });

  // The files a command judges are its subject, not its configuration: a workflow that is not YAML is
  // a finding, a bundle that is not SOPS a failing check.
  test('check-workflows: a workflow that is not YAML is a finding', async () => {
    const run = await runCliBundle(repo, ['check-workflows', 'garbage.yaml']);
    expect(run.exitCode).toBe(1);
    expect(run.stdout).toContain('garbage.yaml:2:3 error parse-error not valid YAML');
  });

  test('ops-controls: a bundle that is not YAML fails sops-bundle-encrypted', async () => {
    const run = await runCliBundle(repo, ['ops-controls', '--sops-file', 'garbage.yaml', '--checks', 'sops-bundle-encrypted', '--output', '']);
    expect(run.exitCode).toBe(1);
    expect(run.stdout).toMatch(/fail +sops-bundle-encrypted +garbage\.yaml:2: invalid YAML/);
  });

  test('sync: a SOPS bundle the key cannot open', async () => {
    const other = await generateAgeIdentity();
    const run = await runCliBundle(repo, ['sync', '--provider', 'sops', '--sops-file', BUNDLE_FILE], { SOPS_AGE_KEY: other.identity });
    expect(run.exitCode).toBe(1);
    expect(run.stdout + run.stderr).not.toContain(PLANTED);
  });
});
