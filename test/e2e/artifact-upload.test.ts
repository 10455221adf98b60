// The report artifacts are the security team's evidence: the bundled actions
// must really upload them through the runner's artifact protocol.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { inflateRawSync } from 'node:zlib';
import { startArtifactService, type ArtifactService } from '../support/artifact-service';
import { runBundledAction } from '../helpers/runner';

/** File names and contents of a zip (central directory walk; stored or deflated entries). */
function unzip(zip: Buffer): Record<string, string> {
  const files: Record<string, string> = {};
  let offset = 0;
  while (offset + 30 <= zip.length && zip.readUInt32LE(offset) === 0x04034b50) {
    const method = zip.readUInt16LE(offset + 8);
    let compressed = zip.readUInt32LE(offset + 18);
    const nameLength = zip.readUInt16LE(offset + 26);
    const extraLength = zip.readUInt16LE(offset + 28);
    const name = zip.toString('utf8', offset + 30, offset + 30 + nameLength);
    const start = offset + 30 + nameLength + extraLength;
    const usesDescriptor = (zip.readUInt16LE(offset + 6) & 0x08) !== 0;
    if (usesDescriptor && compressed === 0) {
      // Streaming writers put sizes after the data; find the next descriptor signature.
      let end = zip.indexOf(Buffer.from([0x50, 0x4b, 0x07, 0x08]), start);
      compressed = end - start;
      offset = end + 16;
      end = start + compressed;
      files[name] = (method === 8 ? inflateRawSync(zip.subarray(start, end)) : zip.subarray(start, end)).toString('utf8');
      continue;
    }
    const data = zip.subarray(start, start + compressed);
    files[name] = (method === 8 ? inflateRawSync(data) : data).toString('utf8');
    offset = start + compressed + (usesDescriptor ? 16 : 0);
  }
  return files;
}

let service: ArtifactService;
beforeEach(async () => {
  service = await startArtifactService();
});
afterEach(() => service.close());

test('audit uploads gitleaks-report with the JSON report and the SARIF log', async () => {
  const workspace = mkdtempSync(join(tmpdir(), 'ws-'));
  writeFileSync(join(workspace, 'README.md'), '# nothing secret here\n');
  const run = await runBundledAction('audit', { workspace, env: service.env });
  expect(run.main.commands.filter((c) => c.command === 'error' || c.command === 'warning')).toEqual([]);
  expect(run.main.exitCode).toBe(0);
  expect(service.artifacts.map((a) => ({ name: a.name, finalized: a.finalized }))).toEqual([{ name: 'gitleaks-report', finalized: true }]);
  const files = unzip(service.artifacts[0].zip);
  expect(Object.keys(files).sort()).toEqual(['gitleaks-report.json', 'gitleaks-report.sarif']);
  expect(JSON.parse(files['gitleaks-report.json'])).toEqual([]);
  expect(JSON.parse(files['gitleaks-report.sarif']).version).toBe('2.1.0');
});
