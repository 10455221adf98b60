import type { ScanStats, SkippedFile } from '@mcp-secrets/scanner';
import { memoryPorts } from '../../../test/support/memory-ports';
import { reportSkipped, skippedCount, skippedSection } from './skipped-files';

function statsWith(files: SkippedFile[], allowlistedPaths = 0): ScanStats {
  return {
    filesScanned: 0,
    bytesScanned: 0,
    commitsScanned: 0,
    skipped: { unreadable: files.filter((f) => f.reason === 'unreadable').length, symlinks: files.filter((f) => f.reason === 'symlink').length, special: 0, allowlistedPaths },
    skippedFiles: files,
    binaryFiles: 0,
    suppressed: { allowlist: 0, inline: 0, placeholder: 0, lowEntropy: 0, checksum: 0, ignoreFile: 0, baseline: 0 },
    truncatedWindows: 0,
    findings: 0,
    durationMs: 0,
  };
}

const link = (i: number): SkippedFile => ({ path: `dir/link-${i}`, reason: 'symlink', detail: 'symbolic link to outside the scanned folder, not followed' });

describe('files not scanned', () => {
  test('each named in the log; warnings on the first two files, the third says how many more', () => {
    const ports = memoryPorts();
    const stats = statsWith([...Array.from({ length: 4 }, (_, i) => link(i)), { path: 'blob.bin', reason: 'unreadable', detail: 'blob 0123 not readable', commit: 'a'.repeat(40) }]);
    expect(reportSkipped(ports, stats)).toBe(3);
    expect(ports.lines.filter((l) => l.level === 'info').map((l) => l.message)).toEqual([
      '5 files not scanned:',
      ...Array.from({ length: 4 }, (_, i) => `  dir/link-${i}: symbolic link to outside the scanned folder, not followed`),
      '  blob.bin in commit aaaaaaa: blob 0123 not readable',
    ]);
    expect(ports.lines.filter((l) => l.level === 'warning').map((l) => [l.message, l.place?.file])).toEqual([
      ['dir/link-0 not scanned: symbolic link to outside the scanned folder, not followed', 'dir/link-0'],
      ['dir/link-1 not scanned: symbolic link to outside the scanned folder, not followed', 'dir/link-1'],
      ['3 more file(s) not scanned; the job summary lists them', undefined],
    ]);
  });

  test('the summary lists them with the reason, and what fail-on-skipped does; allowlisted paths are not among them', () => {
    const stats = statsWith([link(0), { path: 'a|b.txt', reason: 'unreadable', detail: 'not readable (EACCES)' }], 7);
    expect(skippedCount(stats)).toBe(2);
    const section = skippedSection(stats, false);
    expect(section).toContain('### Not scanned (2)');
    expect(section).toContain('| <code>a&#124;b.txt</code> |  | not readable (EACCES) |');
    expect(section).toContain('Set fail-on-skipped to fail the audit on them.');
    expect(skippedSection(stats, true)).toContain('fail-on-skipped is set: the audit fails.');
    expect(skippedSection(statsWith([], 3), true)).toBe('');
  });

  test('a clean scan says nothing', () => {
    const ports = memoryPorts();
    expect(reportSkipped(ports, statsWith([]))).toBe(0);
    expect(ports.lines).toEqual([]);
  });
});
