// The path-only pkcs12-file rule: the shared case harness scans every case as fixture.txt, so
// the rule's cases are here, with the file names that decide it.
import { builtinConfig, compileConfig, scanText } from '../../index';
import { BUILTIN_RULES } from './index';

const config = compileConfig(builtinConfig(BUILTIN_RULES));

function ruleIds(path: string, text = '0\u0082\u0006\u0003\u0002\u0001\u0003'): string[] {
  return scanText(text, { config, path }).findings.map((f) => f.RuleID);
}

describe('pkcs12-file', () => {
  test.each(['certs/server.pfx', 'deploy/signing.p12', 'KEYSTORE.P12', 'a b/client.PFX'])('%s is reported once, as the file', (path) => {
    expect(ruleIds(path)).toEqual(['pkcs12-file']);
    const [finding] = scanText('', { config, path }).findings;
    expect(finding).toMatchObject({ RuleID: 'pkcs12-file', StartLine: 0, Secret: '' });
  });

  test.each(['certs/server.pem', 'docs/p12.md', 'cert.p12.txt', 'archive.pfx.bak', 'p12', 'src/pfx.ts'])('%s is not', (path) => {
    expect(ruleIds(path)).toEqual([]);
  });
});
