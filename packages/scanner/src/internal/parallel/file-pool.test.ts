import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { compileConfig, loadConfig } from '../../index';
import { ScanSession } from '../scan-session';
import type { FileJob } from '../sources/files';
import { scanFileJobs } from './file-pool';
import type { ThreadPlan } from './worker-pool';
import { portableConfig } from './portable-config';

// The happy path runs the bundles (test/e2e/audit-jobs.test.ts): a worker must be a script that
// exists in the bundle. Here, workers that fail: plain scripts standing in for the bundle.
const config = compileConfig(loadConfig({ text: `[[rules]]\nid = "tok"\nregex = '''tok_[a-z0-9]{12}'''\nkeywords = ["tok_"]\n` }));
const dir = mkdtempSync(join(tmpdir(), 'scanner-pool-'));
const FILES = 600;

beforeAll(() => {
  for (let i = 0; i < FILES; i++) writeFileSync(join(dir, `f${i}.txt`), `line ${i}\n`);
  writeFileSync(join(dir, 'throws.cjs'), "require('node:worker_threads').parentPort.on('message', () => { throw new Error('disk on fire'); });\n");
  writeFileSync(join(dir, 'exits.cjs'), "require('node:worker_threads').parentPort.on('message', () => process.exit(3));\n");
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function* jobs(): AsyncIterable<FileJob> {
  for (let i = 0; i < FILES; i++) yield { full: join(dir, `f${i}.txt`), path: `f${i}.txt` };
}

function plan(script: string): ThreadPlan {
  return { threads: 2, workers: { script: join(dir, script), config: portableConfig(config) as NonNullable<ReturnType<typeof portableConfig>>, detect: {} } };
}

describe('scanFileJobs on worker threads', () => {
  test('a worker that throws fails the scan, naming the batch it had', async () => {
    const session = new ScanSession(config, {});
    await expect(scanFileJobs(session, jobs(), { realRoot: dir }, plan('throws.cjs'))).rejects.toThrow(
      /^a scan worker thread disk on fire while scanning f0\.txt \(or one of \d+ other items of its batches\): the scan is incomplete$/,
    );
  });

  test('a worker that exits fails the scan too: no file is dropped silently', async () => {
    const session = new ScanSession(config, {});
    await expect(scanFileJobs(session, jobs(), { realRoot: dir }, plan('exits.cjs'))).rejects.toThrow(/^a scan worker thread stopped \(exit code 3\) while scanning f0\.txt/);
  });

  test('without a worker script every file is scanned on this thread, in order', async () => {
    const session = new ScanSession(config, {});
    expect(await scanFileJobs(session, jobs(), { realRoot: dir }, { threads: 4 })).toBe(1);
    expect(session.finish().stats.filesScanned).toBe(FILES);
  });
});
