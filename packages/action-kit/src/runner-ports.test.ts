import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ConfigurationError } from '@mcp-secrets/ports';
import { formatCommand, formatFileCommand } from './internal/commands';
import { runAction } from './run-action';
import { runnerPorts } from './runner-ports';

function runnerEnv(): { env: NodeJS.ProcessEnv; dir: string } {
  const dir = mkdtempSync(join(tmpdir(), 'kit-'));
  const env: NodeJS.ProcessEnv = {};
  for (const name of ['GITHUB_OUTPUT', 'GITHUB_ENV', 'GITHUB_STATE', 'GITHUB_STEP_SUMMARY']) {
    env[name] = join(dir, name);
    writeFileSync(env[name] as string, '');
  }
  return { env, dir };
}

describe('workflow commands', () => {
  test('escape data and properties as the runner expects', () => {
    expect(formatCommand('error', { file: 'a,b:c.ts', line: 3 }, '50% done\nnext')).toBe(
      '::error file=a%2Cb%3Ac.ts,line=3::50%25 done%0Anext\n',
    );
  });

  test('file commands use a heredoc delimiter that survives multi-line values', () => {
    const block = formatFileCommand('KEY', 'line1\nline2');
    const [head, ...rest] = block.trimEnd().split('\n');
    const delimiter = head.split('<<')[1];
    expect(head).toBe(`KEY<<${delimiter}`);
    expect(rest).toEqual(['line1', 'line2', delimiter]);
  });
});

describe('runnerPorts', () => {
  test('masks every line once, before anything else is written', () => {
    const out: string[] = [];
    const ports = runnerPorts({ env: {}, write: (text) => out.push(text) });
    ports.mask('first-line\nsecond-line');
    ports.mask('first-line');
    expect(out).toEqual([
      '::add-mask::first-line%0Asecond-line\n',
      '::add-mask::first-line second-line\n', // the one-line form a sanitised message shows
      '::add-mask::first-line\n',
      '::add-mask::second-line\n',
    ]);
  });

  test('outputs, env, state and summary land in their files; env also updates the process view', () => {
    const { env } = runnerEnv();
    const ports = runnerPorts({ env, write: () => undefined });
    ports.setOutput('count', '3');
    ports.exportVariable('MULTI', 'a\nb');
    ports.saveState('token', 'x');
    return ports.appendSummary('## Hello').then(() => {
      expect(readFileSync(env.GITHUB_OUTPUT as string, 'utf8')).toMatch(/^count<<ghadelimiter_[0-9a-f-]+\n3\nghadelimiter_/);
      expect(readFileSync(env.GITHUB_ENV as string, 'utf8')).toMatch(/^MULTI<<(ghadelimiter_[0-9a-f-]+)\na\nb\n\1\n$/);
      expect(env.MULTI).toBe('a\nb');
      expect(readFileSync(env.GITHUB_STATE as string, 'utf8')).toContain('token<<');
      expect(readFileSync(env.GITHUB_STEP_SUMMARY as string, 'utf8')).toBe('## Hello\n');
    });
  });

  test('annotations drop columns on multi-line ranges', () => {
    const out: string[] = [];
    const ports = runnerPorts({ env: {}, write: (text) => out.push(text) });
    ports.log.warning('w', { file: 'f.yml', startLine: 2, endLine: 4, startColumn: 3, endColumn: 9 });
    ports.log.error('e', { file: 'f.yml', startLine: 2, startColumn: 3, endColumn: 9 });
    expect(out).toEqual(['::warning file=f.yml,line=2,endLine=4::w\n', '::error file=f.yml,line=2,col=3,endColumn=9::e\n']);
  });

  test('getIdToken explains the missing permission', async () => {
    const ports = runnerPorts({ env: {}, write: () => undefined });
    await expect(ports.getIdToken('vault')).rejects.toThrow('id-token: write');
  });
});

describe('runAction', () => {
  let written: string;
  const spy = jest.spyOn(process.stdout, 'write');
  beforeEach(() => {
    written = '';
    spy.mockImplementation((chunk: string | Uint8Array) => {
      written += String(chunk);
      return true;
    });
  });
  afterEach(() => {
    process.exitCode = undefined;
  });
  afterAll(() => spy.mockRestore());

  test('a thrown string still fails the step', async () => {
    await runAction('sync', async () => {
      throw 'plain string';
    });
    expect(process.exitCode).toBe(1);
    expect(written).toContain('::error title=sync failed::plain string');
  });

  test('a configuration error is annotated at its file and line without a stack', async () => {
    await runAction('audit', async () => {
      throw new ConfigurationError('bad regex', { file: 'config/gitleaks.toml', line: 7 });
    });
    expect(process.exitCode).toBe(1);
    expect(written).toBe('::error title=audit%3A configuration error,file=config/gitleaks.toml,line=7::config/gitleaks.toml:7: bad regex\n');
  });

  test('success leaves the exit code alone', async () => {
    await runAction('sync', async (ports) => ports.log.info('fine'));
    expect(process.exitCode).toBeUndefined();
    expect(written).toBe('fine\n');
  });
});
