import { existsSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { ConfigurationError, Inputs } from '@mcp-secrets/ports';
import { sha1Hex } from '@mcp-secrets/scanner';
import { awsKeyId, prng, TEST_CONFIG, TEST_RULE_ID, testToken } from '../../../test/fixtures/audit/planted';
import { memoryPorts, type MemoryPorts } from '../../../test/support/memory-ports';
import { commitFiles, newRepo, removeTempDirs, tempTree } from '../../../test/support/temp-repo';
import { runAudit } from './audit';
import { readAuditOptions, type AuditInputName } from './options';

afterAll(removeTempDirs);

const next = prng(4242);
const TOKEN_A = testToken(next);
const TOKEN_B = testToken(next);
const AWS_ID = awsKeyId(next);

const PREFIX = 'const key = "';
function planted(token: string): string {
  return `// line one\n// line two\n${PREFIX}${token}";\n`;
}

function optionsFor(workspace: string, given: Partial<Record<AuditInputName, string>> = {}, env: NodeJS.ProcessEnv = {}) {
  const get = (name: string): string | undefined => given[name as AuditInputName];
  return readAuditOptions(new Inputs({ get }), get, { ...env, GITHUB_WORKSPACE: workspace });
}

async function audit(workspace: string, given: Partial<Record<AuditInputName, string>> = {}, env: NodeJS.ProcessEnv = {}) {
  const ports = memoryPorts({ GITHUB_SERVER_URL: 'https://github.com', GITHUB_REPOSITORY: 'org/app', GITHUB_SHA: 'abc123', ...env }, { upload: { uploaded: true, reason: 'artifact id 7' } });
  const result = await runAudit(ports, optionsFor(workspace, given, env));
  return { ports, result };
}

function everythingShown(ports: MemoryPorts): string {
  return JSON.stringify([ports.lines, ports.outputs, ports.summary]);
}

describe('runAudit on a working tree', () => {
  test('findings at exact lines and columns, reported everywhere, never showing the secret', async () => {
    const ws = tempTree({ 'config/gitleaks.toml': TEST_CONFIG, 'src/a.ts': planted(TOKEN_A), 'b.env': `TOKEN=${TOKEN_B}\n`, 'clean.txt': 'nothing here\n' });
    const { ports, result } = await audit(ws);

    expect(result.findings.map((f) => [f.File, f.StartLine, f.RuleID])).toEqual([
      ['b.env', 1, TEST_RULE_ID],
      ['src/a.ts', 3, TEST_RULE_ID],
    ]);
    expect(result.verdict).toBe('fail');
    expect(ports.outputs).toEqual({ findings: '2', 'report-path': join(ws, 'gitleaks-report.json'), 'sarif-path': join(ws, 'gitleaks-report.sarif') });

    const annotations = ports.lines.filter((l) => l.level === 'error');
    expect(annotations.map((a) => a.place)).toEqual([
      { title: TEST_RULE_ID, file: 'b.env', startLine: 1, endLine: 1, startColumn: 7, endColumn: 7 + TOKEN_B.length },
      { title: TEST_RULE_ID, file: 'src/a.ts', startLine: 3, endLine: 3, startColumn: PREFIX.length + 1, endColumn: PREFIX.length + 1 + TOKEN_A.length },
    ]);
    expect(annotations[1]?.message).toBe(`Secret matched rule ${TEST_RULE_ID}: REDACTED`);

    const report = JSON.parse(readFileSync(join(ws, 'gitleaks-report.json'), 'utf8')) as Array<Record<string, unknown>>;
    expect(report[1]).toMatchObject({ RuleID: TEST_RULE_ID, File: 'src/a.ts', StartLine: 3, Secret: 'REDACTED', Match: 'REDACTED', Fingerprint: `src/a.ts:${TEST_RULE_ID}:3` });
    const sarif = JSON.parse(readFileSync(join(ws, 'gitleaks-report.sarif'), 'utf8'));
    expect(sarif.runs[0].automationDetails).toEqual({ id: 'audit/' });
    expect(sarif.runs[0].tool.driver.rules.map((r: { id: string }) => r.id)).toEqual([TEST_RULE_ID]);
    expect(sarif.runs[0].results[1].locations[0].physicalLocation).toMatchObject({
      artifactLocation: { uri: 'src/a.ts' },
      region: { startLine: 3, startColumn: PREFIX.length + 1, endColumn: PREFIX.length + 1 + TOKEN_A.length },
    });

    const summary = ports.summary.join('');
    expect(summary).toContain('2 secrets found');
    expect(summary).toContain('[3](https://github.com/org/app/blob/abc123/src/a.ts#L3)');
    expect(summary).toMatch(/\| working tree \| 4 \| 0\.0 MB \|/);
    expect(ports.uploads).toEqual([{ name: 'gitleaks-report', files: [join(ws, 'gitleaks-report.json'), join(ws, 'gitleaks-report.sarif')], rootDir: ws }]);
    expect(ports.masked).toEqual(expect.arrayContaining([TOKEN_A, TOKEN_B]));

    const shown = everythingShown(ports) + readFileSync(join(ws, 'gitleaks-report.json'), 'utf8') + readFileSync(join(ws, 'gitleaks-report.sarif'), 'utf8');
    for (const token of [TOKEN_A, TOKEN_B]) expect(shown).not.toContain(token.slice(4));
  });

  test('past GitHub\'s annotation limit: 9 annotated (one error kept for the step\'s failure), the rest noted', async () => {
    const gen = prng(12);
    const files = Object.fromEntries(Array.from({ length: 12 }, (_, i) => [`f${String(i).padStart(2, '0')}.ts`, planted(testToken(gen))]));
    const { ports, result } = await audit(tempTree({ 'config/gitleaks.toml': TEST_CONFIG, ...files }));
    expect(result.findings).toHaveLength(12);
    expect(ports.lines.filter((l) => l.level === 'error')).toHaveLength(9);
    const note = '3 more findings not annotated (3 errors); see the report.';
    expect(ports.lines).toContainEqual({ level: 'notice', message: note, place: undefined });
    expect(ports.summary.join('')).toContain(note);
  });

  test('a clean tree passes; fail-on-findings false turns findings into warnings', async () => {
    const clean = tempTree({ 'config/gitleaks.toml': TEST_CONFIG, 'a.txt': 'hello\n' });
    expect((await audit(clean)).result.verdict).toBe('pass');
    const ws = tempTree({ 'config/gitleaks.toml': TEST_CONFIG, 'a.ts': planted(TOKEN_A) });
    const { ports, result } = await audit(ws, { 'fail-on-findings': 'false', annotations: 'true' });
    expect(result.verdict).toBe('warn');
    expect(ports.outputs.findings).toBe('1');
    expect(ports.lines.filter((l) => l.level === 'warning' && l.place !== undefined)).toHaveLength(1);
  });

  test('redact false keeps the secret in the report files only, which become owner-only', async () => {
    const ws = tempTree({ 'config/gitleaks.toml': TEST_CONFIG, 'a.ts': planted(TOKEN_A) });
    const { ports } = await audit(ws, { redact: 'false' });
    expect(readFileSync(join(ws, 'gitleaks-report.json'), 'utf8')).toContain(TOKEN_A);
    expect(statSync(join(ws, 'gitleaks-report.json')).mode & 0o777).toBe(0o600);
    expect(everythingShown(ports)).not.toContain(TOKEN_A);
  });

  test('.gitleaksignore, the detect-secrets baseline and gitleaks:allow suppress, and are counted', async () => {
    const ws = tempTree({
      'config/gitleaks.toml': TEST_CONFIG,
      'a.ts': planted(TOKEN_A),
      'b.ts': planted(TOKEN_B),
      'c.ts': `x = "${testToken(prng(7))}" // gitleaks:allow\n`,
      '.gitleaksignore': `# reviewed\na.ts:${TEST_RULE_ID}:3\n`,
      'config/detect-secrets.baseline': JSON.stringify({ results: { 'b.ts': [{ type: 'Secret Keyword', hashed_secret: sha1Hex(TOKEN_B), line_number: 3 }] } }),
    });
    const { ports, result } = await audit(ws);
    expect(result.findings).toEqual([]);
    expect(result.stats.suppressed).toMatchObject({ ignoreFile: 1, baseline: 1, inline: 1 });
    expect(ports.summary.join('')).toContain('0 allowlist, 1 .gitleaksignore, 1 baseline, 1 gitleaks:allow');
  });

  test('[extend] useDefault = true adds the built-in rules to the config', async () => {
    const ws = tempTree({ 'config/gitleaks.toml': `[extend]\nuseDefault = true\n\n${TEST_CONFIG.replace(/^title.*$/m, '')}`, 'a.ts': planted(TOKEN_A), 'ids.txt': `const id = "${AWS_ID}";\n` });
    const { result } = await audit(ws);
    expect(result.findings.map((f) => f.RuleID).sort()).toEqual(['aws-access-token', TEST_RULE_ID]);
  });

  test('path: a subfolder is reported from the workspace, as gitleaks does under --source', async () => {
    const config = `${TEST_CONFIG}\n[allowlist]\npaths = ['''^pkg/vendor/''']\n`;
    const ws = tempTree({ 'config/gitleaks.toml': config, 'pkg/src/a.ts': planted(TOKEN_A), 'pkg/vendor/v.ts': planted(TOKEN_B), 'other.ts': planted(TOKEN_B) });
    const { ports, result } = await audit(ws, { path: 'pkg' });
    expect(result.findings.map((f) => [f.File, f.Fingerprint])).toEqual([['pkg/src/a.ts', `pkg/src/a.ts:${TEST_RULE_ID}:3`]]);
    expect(ports.lines.filter((l) => l.level === 'error').map((a) => a.place?.file)).toEqual(['pkg/src/a.ts']);
    const report = JSON.parse(readFileSync(join(ws, 'gitleaks-report.json'), 'utf8')) as Array<Record<string, unknown>>;
    expect(report.map((f) => f.File)).toEqual(['pkg/src/a.ts']);
    const sarif = JSON.parse(readFileSync(join(ws, 'gitleaks-report.sarif'), 'utf8'));
    expect(sarif.runs[0].results[0].locations[0].physicalLocation.artifactLocation).toMatchObject({ uri: 'pkg/src/a.ts' });
  });

  test('onProgress sees the scan advance', async () => {
    const ws = tempTree({ 'a.ts': planted(TOKEN_A), 'b.ts': 'clean\n' });
    const states: Array<{ files: number; bytes: number }> = [];
    await runAudit(memoryPorts({}), optionsFor(ws), { onProgress: (s) => states.push(s) });
    expect(states[0]).toMatchObject({ files: 1 });
  });
});

describe('configuration errors: named input, file and line, and no report left behind', () => {
  async function configError(toml: string): Promise<{ error: ConfigurationError; ws: string }> {
    const ws = tempTree({ 'rules.toml': toml, 'a.ts': planted(TOKEN_A) });
    try {
      await audit(ws, { config: 'rules.toml' });
    } catch (error) {
      if (error instanceof ConfigurationError) return { error, ws };
      throw error;
    }
    throw new Error('expected a ConfigurationError');
  }

  test('invalid TOML', async () => {
    const { error, ws } = await configError('title = "x"\n\n[[rules]\nid = "broken"\n');
    expect(error.input).toBe('config');
    expect(error.file).toBe(join(ws, 'rules.toml'));
    expect(error.line).toBe(3);
    expect(error.message).toMatch(/^input 'config', .*rules\.toml:3: invalid TOML/);
    expect(existsSync(join(ws, 'gitleaks-report.json'))).toBe(false);
    expect(existsSync(join(ws, 'gitleaks-report.sarif'))).toBe(false);
  });

  test('a regex that cannot be translated names the rule', async () => {
    const { error } = await configError('[[rules]]\nid = "bad-regex"\nregex = \'\'\'(?<=x)secret\'\'\'\n');
    expect(error.input).toBe('config');
    expect(error.message).toContain("rule 'bad-regex'");
    expect(error.line).toBe(1);
  });

  test('a broken baseline names the baseline input', async () => {
    const ws = tempTree({ 'config/detect-secrets.baseline': '{ nope', 'a.ts': planted(TOKEN_A) });
    await expect(audit(ws)).rejects.toThrow(/input 'baseline', config\/detect-secrets\.baseline: not valid JSON/);
  });
});

describe('runAudit on git history', () => {
  test('finds a secret added and later removed, at its exact column in the commit', async () => {
    const repo = newRepo('audit-');
    commitFiles(repo, { 'rules.toml': TEST_CONFIG, 'a.ts': '// one\n' }, 'start');
    // a.ts: the secret is the second line of its hunk; b.ts: the first.
    const leaked = commitFiles(repo, { 'a.ts': `// one\n// two\n${PREFIX}${TOKEN_A}";\n`, 'b.ts': `${PREFIX}${TOKEN_B}";\n` }, 'leak');
    commitFiles(repo, { 'a.ts': '// one\n', 'b.ts': '\n' }, 'remove');

    const { ports, result } = await audit(repo, { scan: 'git', config: 'rules.toml' });
    expect(result.findings.map((f) => [f.File, f.StartLine, f.Commit])).toEqual(
      expect.arrayContaining([
        ['a.ts', 3, leaked],
        ['b.ts', 1, leaked],
      ]),
    );
    const places = ports.lines.filter((l) => l.level === 'error').map((l) => l.place);
    expect(places).toHaveLength(2);
    for (const place of places) expect(place).toMatchObject({ startColumn: PREFIX.length + 1, endColumn: PREFIX.length + 1 + TOKEN_A.length });
    expect(ports.summary.join('')).toContain('| git history (all commits) | 3 |');
  });
});

describe('drop-in for gitleaks users', () => {
  test('the configuration is found as gitleaks finds it, and the summary names the one used', async () => {
    const other = TEST_CONFIG.replace(/id = "test-token"/, 'id = "from-dot-gitleaks"');
    const ws = tempTree({ '.gitleaks.toml': other, 'config/gitleaks.toml': TEST_CONFIG, 'a.ts': planted(TOKEN_A) });
    const dot = await audit(ws);
    expect(dot.result.configSource).toBe('.gitleaks.toml');
    expect(dot.result.findings.map((f) => f.RuleID)).toEqual(['from-dot-gitleaks']);
    expect(dot.ports.summary.join('')).toContain('| .gitleaks.toml |');
    expect(dot.ports.lines.map((l) => l.message)).toContain('Scanning the working tree with .gitleaks.toml (1 rule)');

    const inline = await audit(ws, {}, { GITLEAKS_CONFIG_TOML: TEST_CONFIG });
    expect(inline.result.configSource).toBe('GITLEAKS_CONFIG_TOML');
    expect(inline.result.findings.map((f) => f.RuleID)).toEqual([TEST_RULE_ID]);
    const fromPath = await audit(ws, {}, { GITLEAKS_CONFIG: 'config/gitleaks.toml', GITLEAKS_CONFIG_TOML: other });
    expect(fromPath.result.configSource).toBe('config/gitleaks.toml (GITLEAKS_CONFIG)');
  });

  test('an error in GITLEAKS_CONFIG_TOML names the variable and the line', async () => {
    const ws = tempTree({ 'a.ts': planted(TOKEN_A) });
    await expect(audit(ws, {}, { GITLEAKS_CONFIG_TOML: 'title = "x"\n[[rules]\n' })).rejects.toThrow(/^GITLEAKS_CONFIG_TOML:2: invalid TOML: .*\(the configuration GITLEAKS_CONFIG_TOML chose\)/);
  });

  test('baseline-path: the findings of an earlier gitleaks report are not reported again; new ones are', async () => {
    const ws = tempTree({ 'config/gitleaks.toml': TEST_CONFIG, 'a.ts': planted(TOKEN_A) });
    await audit(ws, { 'report-path': 'known.json' });
    writeFileSync(join(ws, 'b.ts'), planted(TOKEN_B));
    const { ports, result } = await audit(ws, { 'baseline-path': 'known.json' });
    expect(result.findings.map((f) => f.File)).toEqual(['b.ts']);
    expect(result.stats.suppressed.baseline).toBe(1);
    expect(ports.summary.join('')).toContain('0 allowlist, 0 .gitleaksignore, 1 baseline, 0 gitleaks:allow');
  });

  test('an unredacted run compares secrets too: a redacted baseline report then matches nothing (gitleaks does the same)', async () => {
    const ws = tempTree({ 'config/gitleaks.toml': TEST_CONFIG, 'a.ts': planted(TOKEN_A) });
    // Kept out of the scanned tree: an unredacted report holds the secret.
    const reports = tempTree({});
    const only = (name: string, redact: string) => ({ 'report-path': join(reports, name), 'sarif-path': '', redact });
    await audit(ws, only('redacted.json', 'true'));
    await audit(ws, only('clear.json', 'false'));
    const against = (name: string) => audit(ws, { 'baseline-path': join(reports, name), redact: 'false', 'report-path': '', 'sarif-path': '' });
    expect((await against('redacted.json')).result.findings).toHaveLength(1);
    expect((await against('clear.json')).result.findings).toHaveLength(0);
  });

  test('every finding carries its .gitleaksignore fingerprint; history findings their commit, author, date and message, redacted', async () => {
    const repo = newRepo('audit-dropin-');
    commitFiles(repo, { 'rules.toml': TEST_CONFIG }, 'start');
    const leaked = commitFiles(repo, { 'a.ts': planted(TOKEN_A) }, `add client\n\nthe key was ${TOKEN_B}`);
    commitFiles(repo, { 'b.ts': `${PREFIX}${TOKEN_B}";\n` }, 'more');
    const { ports, result } = await audit(repo, { scan: 'git', config: 'rules.toml' });
    const a = result.reportFindings.find((f) => f.file.endsWith('a.ts'));
    expect(a?.ignoreEntry).toBe(`${leaked}:a.ts:${TEST_RULE_ID}:3`);
    expect(a?.commit).toEqual({ sha: leaked, author: 't', email: 't@e', date: expect.stringMatching(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$/), message: 'add client\n\nthe key was REDACTED' });
    const summary = ports.summary.join('');
    expect(summary).toContain('| Line | Level | Rule | Message | Commit | Snippet (redacted) |');
    expect(summary).toContain(`Fingerprint: <code>${leaked}:a.ts:${TEST_RULE_ID}:3</code>`);
    expect(summary).toContain(`<code>${leaked.slice(0, 7)}</code> by t &lt;t@e&gt; on `);
    const report = JSON.parse(readFileSync(join(repo, 'gitleaks-report.json'), 'utf8')) as Array<Record<string, string>>;
    expect(report.find((f) => f.File === 'a.ts')).toMatchObject({ Commit: leaked, Author: 't', Email: 't@e', Message: 'add client\n\nthe key was REDACTED' });
    expect(everythingShown(ports) + JSON.stringify(report)).not.toContain(TOKEN_B.slice(4));
  });
});
