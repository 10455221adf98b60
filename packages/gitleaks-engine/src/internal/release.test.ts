import { ConfigurationError } from '@mcp-secrets/ports';
import { DEFAULT_GITLEAKS_VERSION, gitleaksRelease } from './release';

describe('gitleaksRelease', () => {
  test('names the release archive and checksums file for linux/x64', () => {
    expect(gitleaksRelease('8.30.1', 'linux', 'x64')).toEqual({
      version: '8.30.1',
      os: 'linux',
      arch: 'x64',
      archiveName: 'gitleaks_8.30.1_linux_x64.tar.gz',
      archiveUrl: 'https://github.com/gitleaks/gitleaks/releases/download/v8.30.1/gitleaks_8.30.1_linux_x64.tar.gz',
      checksumsName: 'gitleaks_8.30.1_checksums.txt',
      checksumsUrl: 'https://github.com/gitleaks/gitleaks/releases/download/v8.30.1/gitleaks_8.30.1_checksums.txt',
    });
  });

  test.each([
    ['linux', 'arm64', 'gitleaks_8.30.1_linux_arm64.tar.gz'],
    ['linux', 'arm', 'gitleaks_8.30.1_linux_armv7.tar.gz'],
    ['linux', 'ia32', 'gitleaks_8.30.1_linux_x32.tar.gz'],
    ['darwin', 'arm64', 'gitleaks_8.30.1_darwin_arm64.tar.gz'],
    ['darwin', 'x64', 'gitleaks_8.30.1_darwin_x64.tar.gz'],
  ] as const)('maps %s/%s to gitleaks release names', (platform, arch, name) => {
    expect(gitleaksRelease('8.30.1', platform, arch).archiveName).toBe(name);
  });

  test('accepts a leading v and surrounding spaces', () => {
    expect(gitleaksRelease(' v8.24.0 ', 'linux', 'x64').version).toBe('8.24.0');
  });

  test('the pinned default is a valid release', () => {
    expect(gitleaksRelease(DEFAULT_GITLEAKS_VERSION, 'linux', 'x64').version).toBe(DEFAULT_GITLEAKS_VERSION);
  });

  test.each([['win32', 'x64'], ['darwin', 'ia32'], ['freebsd', 'x64'], ['linux', 's390x']] as const)('%s/%s is an unsupported platform, naming the engine input', (platform, arch) => {
    expect(() => gitleaksRelease('8.30.1', platform, arch)).toThrow(ConfigurationError);
    expect(() => gitleaksRelease('8.30.1', platform, arch)).toThrow(`input 'engine': gitleaks has no tar.gz release for ${platform}/${arch}`);
  });

  test('a malformed version names the input', () => {
    expect(() => gitleaksRelease('latest', 'linux', 'x64', 'gitleaks-version')).toThrow("input 'gitleaks-version': expected a gitleaks release version like 8.30.1, got 'latest'");
  });

  test('a version before the dir/git commands is refused', () => {
    expect(() => gitleaksRelease('8.18.4', 'linux', 'x64')).toThrow(/predates the 'gitleaks dir' and 'gitleaks git' commands \(use 8\.19\.0 or newer/);
    expect(gitleaksRelease('8.19.0', 'linux', 'x64').version).toBe('8.19.0');
    expect(gitleaksRelease('9.0.0', 'linux', 'x64').version).toBe('9.0.0');
  });
});
