import { makeRepo, runCheck } from '../../../test/temp-repo';
import { isSecretTarget, secretFilePermissions } from './secret-file-permissions';

describe('secret-file-permissions', () => {
  test('targets', () => {
    expect(['.env', '$HOME/.mcp/.env', 'out/console-secrets.json', '$ENV_FILE', '$(ENV_FILE)'].every(isSecretTarget)).toBe(true);
    expect(['/dev/null', 'report.json', 'env.sh', '$OUT'].some(isSecretTarget)).toBe(false);
  });

  test('pass: umask 077 before the write; install -m 600 before the write', async () => {
    const dir = makeRepo({
      'scripts/a.sh': ['#!/bin/sh', 'set -eu', 'umask 077', 'sops -d config/secrets.enc.yaml > "$HOME/.mcp/.env"', ''].join('\n'),
      'scripts/b.sh': ['install -m 600 /dev/null "${SECRETS_JSON}"', 'jq . > "$SECRETS_JSON"', ''].join('\n'),
      'scripts/c.sh': ['echo hi >&2', 'echo x > /tmp/log', ''].join('\n'),
    });
    const result = await runCheck(secretFilePermissions, dir);
    expect(result).toEqual({ status: 'pass', details: '2 script(s) write secret files privately', evidence: [] });
  });

  test('pass: nothing writes secrets', async () => {
    const result = await runCheck(secretFilePermissions, makeRepo({ 'run.sh': 'echo ok\n' }));
    expect(result.details).toBe('no shell script or Makefile writes a secret file');
  });

  test('fail: no umask or chmod; a Makefile umask on another recipe line does not count', async () => {
    const dir = makeRepo({
      'scripts/sync.sh': ['#!/bin/bash', '# umask 077 (commented out)', 'vault kv get -format=json secret/x | tee -a console-secrets.json', ''].join('\n'),
      Makefile: ['env:', '\tumask 077', '\tsops -d secrets.enc.env > .env', ''].join('\n'),
    });
    const result = await runCheck(secretFilePermissions, dir);
    expect(result.status).toBe('fail');
    expect(result.evidence).toEqual([
      { file: 'Makefile', line: 3 },
      { file: 'scripts/sync.sh', line: 3 },
    ]);
    expect(result.details).toBe(
      'Makefile:3 writes .env without umask 077 or chmod 600; scripts/sync.sh:3 writes console-secrets.json without umask 077 or chmod 600',
    );
  });

  test('pass: a Makefile umask on the same recipe line', async () => {
    const dir = makeRepo({ 'Makefile': ['env:', '\t@umask 077; sops -d x > $(ENV_FILE)', ''].join('\n') });
    expect((await runCheck(secretFilePermissions, dir)).status).toBe('pass');
  });

  test('warn: chmod 600 only after the write', async () => {
    const dir = makeRepo({ 'bin/env.sh': ['sops -d a > .env', 'echo done', "chmod 600 '.env'", ''].join('\n') });
    const result = await runCheck(secretFilePermissions, dir);
    expect(result).toEqual({
      status: 'warn',
      details: 'bin/env.sh:1 writes .env before chmod 600 (line 3)',
      evidence: [
        { file: 'bin/env.sh', line: 1 },
        { file: 'bin/env.sh', line: 3 },
      ],
    });
  });
});
