import { decryptSops, encryptSops, generateAgeIdentity } from '@mcp-secrets/sops';
import { commitAll, makeRepo, runCheck, writeFiles } from '../../../test/temp-repo';
import { secretsVersion } from './secrets-version';

const BUNDLE = 'config/secrets.enc.yaml';

describe('secrets-version over the SOPS engine', () => {
  test('secrets-version compares really encrypted versions', async () => {
    const { identity, recipient } = await generateAgeIdentity();
    const encrypt = async (version: string): Promise<string> =>
      (await encryptSops({ plaintext: `API_KEY: k\nMCP_SECRETS_VERSION: "${version}"\n` }, { fileName: BUNDLE, recipients: [recipient] })).text;
    const dir = makeRepo({ [BUNDLE]: await encrypt('2026.10') });
    writeFiles(dir, { [BUNDLE]: await encrypt('2026.9') });
    commitAll(dir, 'downgrade');
    const decryptBundle = async (content: string, fileName: string) => (await decryptSops(content, { fileName, identities: identity })).data;
    const result = await runCheck(secretsVersion, dir, { decryptBundle });
    expect(result.status).toBe('fail');
    expect(result.details).toMatch(/^MCP_SECRETS_VERSION went down from 2026\.10 \(commit [0-9a-f]{7}\) to 2026\.9$/);
    expect(result.evidence).toEqual([{ file: BUNDLE, line: 2 }]);
  });
});
