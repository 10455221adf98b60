import { ConfigurationError } from '@mcp-secrets/ports';
import { describeFailure, type FailureContext } from './failure';

const context: FailureContext = {
  specs: [{ name: 'report-path', description: '' }, { name: 'dotenv-file', description: '', input: 'env-file' }, { name: 'sops-file', description: '' }],
  values: { 'report-path': 'out/report.json', 'dotenv-file': '~/mcp/.env', 'sops-file': 'plain.yaml' },
  cwd: '/work/repo',
  env: { HOME: '/home/dev' },
};

const errno = (code: string, syscall: string, path: string, dest?: string): NodeJS.ErrnoException =>
  Object.assign(new Error(`${code}: ${syscall} '${path}'`), { code, syscall, path, ...(dest !== undefined && { dest }) });

describe('describeFailure', () => {
  test('a rename onto a folder names the option and the target, never the staged temp file', () => {
    const failure = describeFailure(errno('EISDIR', 'rename', '/work/repo/out/.report.json.0123456789ab.tmp', '/work/repo/out/report.json'), context);
    expect(failure).toEqual({ message: '--report-path out/report.json: out/report.json is a folder, not a file', exitCode: 2 });
  });

  test('a file in the way of a folder, below the home folder (~)', () => {
    const failure = describeFailure(errno('EEXIST', 'mkdir', '/home/dev/mcp'), context);
    expect(failure).toEqual({ message: '--dotenv-file ~/mcp/.env: /home/dev/mcp is a file, not a folder', exitCode: 2 });
  });

  test('a temp file alone (no rename target) is named as the file it stages', () => {
    const failure = describeFailure(errno('EACCES', 'open', '/work/repo/out/.report.json.0123456789ab.tmp'), context);
    expect(failure).toEqual({ message: '--report-path out/report.json: cannot open out/report.json (EACCES)', exitCode: 1 });
  });

  test('a SOPS refusal that is the user\'s to fix is exit 2 naming the option; one the key cannot open is 1', () => {
    const refusal = Object.assign(new Error('plain.yaml: no sops metadata found'), { name: 'SopsError', kind: 'not-sops', fileName: 'plain.yaml' });
    expect(describeFailure(refusal, context)).toEqual({ message: '--sops-file: plain.yaml: no sops metadata found', exitCode: 2 });
    const locked = Object.assign(new Error('plain.yaml: no identity matches'), { name: 'SopsError', kind: 'no-matching-identity', fileName: 'plain.yaml' });
    expect(describeFailure(locked, context)).toEqual({ message: 'plain.yaml: no identity matches', exitCode: 1 });
  });

  test('a hint written for the workflow file reads as the option to type', () => {
    const error = new ConfigurationError('not inside a git repository', { input: 'sops-file', hint: 'use sops-file: config/x.yaml, or report-path: out.json' });
    expect(describeFailure(error, context).message).toBe('--sops-file: not inside a git repository (use --sops-file config/x.yaml, or --report-path out.json)');
  });

  test('a configuration error names the option the input is given by', () => {
    const failure = describeFailure(new ConfigurationError('must be below the home folder', { input: 'env-file' }), context);
    expect(failure).toEqual({ message: '--dotenv-file: must be below the home folder', exitCode: 2 });
  });
});
