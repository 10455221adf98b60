// The example bundle under examples/ is what the docs point at and what this repository's own ops
// controls judge: it must decrypt with the TEST-ONLY key beside it, to the recipient .sops.yaml names.
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parse } from 'yaml';
import { decryptSops } from '@mcp-secrets/sops';

const REPO_ROOT = resolve(__dirname, '..', '..');
const read = (path: string): string => readFileSync(join(REPO_ROOT, path), 'utf8');

test('examples/secrets.enc.yaml decrypts with the test-only key, for the recipient .sops.yaml names', async () => {
  const keyFile = read('examples/test-only-age-key.txt');
  expect(keyFile).toMatch(/^# TEST-ONLY age identity/);
  const result = await decryptSops(read('examples/secrets.enc.yaml'), { fileName: 'examples/secrets.enc.yaml', identities: keyFile });
  expect(Object.keys(result.data)).toEqual(['MCP_SECRETS_VERSION', 'EXAMPLE_API_URL', 'EXAMPLE_API_TOKEN', 'EXAMPLE_DB_PASSWORD']);
  expect(result.data.MCP_SECRETS_VERSION).toBe('1');
  const rules = (parse(read('.sops.yaml')) as { creation_rules: Array<{ path_regex: string; age: string }> }).creation_rules;
  const rule = rules.find((r) => new RegExp(r.path_regex).test('examples/secrets.enc.yaml'));
  expect(rule?.age).toBe(result.matchedRecipient);
  expect(keyFile).toContain(`# public key: ${result.matchedRecipient}`);
});
