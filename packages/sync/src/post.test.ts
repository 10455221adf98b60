import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { writeFileAtomic } from '@mcp-secrets/fs-safe';
import { memoryPorts } from '../../../test/support/memory-ports';
import { runSyncPost } from './post';
import { STATE } from './state';

describe('post when the inputs no longer read', () => {
  test('the files main wrote are still removed; a login token left to revoke is a warning saying why', async () => {
    const home = mkdtempSync(join(tmpdir(), 'post-home-'));
    const envFile = join(home, '.mcp', '.env');
    writeFileAtomic(envFile, "KEY='post-planted-value'\n", { mode: 0o600, privateDir: true });
    const state: Record<string, string> = { [STATE.files]: JSON.stringify([envFile]), [STATE.token]: 'hvs.post-planted-token' };
    const ports = { ...memoryPorts({ HOME: home }), getState: (name: string) => state[name] ?? '' };
    const inputsError = "input 'op-connect-host': 'garbage' is not a URL";

    const result = await runSyncPost(ports, { privateRoots: [home], inputsError });
    expect(result).toEqual({ revoked: 'failed', removed: [envFile] });
    expect(existsSync(envFile)).toBe(false);
    expect(ports.masked).toContain('hvs.post-planted-token');
    expect(ports.lines.filter((line) => line.level === 'warning').map((line) => line.message)).toEqual([
      `Could not revoke the Vault token: the inputs no longer read (${inputsError}). It expires with its TTL.`,
    ]);
  });
});

describe('post when main left nothing', () => {
  test('no token and no files in the state: nothing done, nothing logged or summarised', async () => {
    const ports = memoryPorts({});
    expect(await runSyncPost(ports, { privateRoots: [tmpdir()], inputsError: 'not read' })).toEqual({ revoked: 'none', removed: [] });
    expect([ports.lines, ports.summary, ports.masked]).toEqual([[], [], []]);
  });
});
