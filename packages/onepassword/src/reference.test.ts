import { parseItemReference, parseNamedReferences, parseSecretReference, showReference } from './reference';

describe('op:// references', () => {
  test('vault/item/field and vault/item/section/field, names with spaces, dots and dashes', () => {
    expect(parseSecretReference('op://MCP/SOPS Age key/private', 'x')).toEqual({ vault: 'MCP', item: 'SOPS Age key', field: 'private', text: 'op://MCP/SOPS Age key/private' });
    expect(parseSecretReference(' op://app-prod/db.main/admin/password ', 'x')).toMatchObject({ vault: 'app-prod', item: 'db.main', section: 'admin', field: 'password' });
    expect(parseItemReference('op://MCP/CI bundle', 'op-item')).toMatchObject({ vault: 'MCP', item: 'CI bundle' });
  });

  test.each([
    ['too few parts', 'op://MCP/item'],
    ['too many parts', 'op://a/b/c/d/e'],
    ['an empty part', 'op://MCP//field'],
    ['a query parameter', 'op://MCP/totp/one-time password?attribute=otp'],
    ['another character', 'op://MCP/it$em/field'],
  ])('%s is refused, naming the input and the reference', (_case, text) => {
    expect(() => parseSecretReference(text, 'sops-age-key')).toThrow(expect.objectContaining({ name: 'ConfigurationError', input: 'sops-age-key' }));
    expect(() => parseSecretReference(text, 'sops-age-key')).toThrow(text.trim());
  });

  test('text that is not an op:// reference (perhaps a pasted secret) is never shown', () => {
    expect(() => parseSecretReference('AGE-SECRET-KEY-1PASTEDBYMISTAKE', 'sops-age-key')).toThrow(/not an op:\/\/ reference \(not shown\)/);
    expect(() => parseSecretReference('AGE-SECRET-KEY-1PASTEDBYMISTAKE', 'sops-age-key')).not.toThrow(/PASTEDBYMISTAKE/);
    expect(showReference('sk-live-123')).not.toContain('sk-live');
  });

  test('NAME=reference lists: names checked, each once; a bad entry is never shown', () => {
    expect(parseNamedReferences(['OPENAI_API_KEY=op://CI/OpenAI/credential', 'DB_PASSWORD = op://CI/db/admin/password'], 'op-secrets')).toEqual([
      { name: 'OPENAI_API_KEY', reference: expect.objectContaining({ item: 'OpenAI', field: 'credential' }) },
      { name: 'DB_PASSWORD', reference: expect.objectContaining({ section: 'admin', field: 'password' }) },
    ]);
    expect(() => parseNamedReferences(['A=op://v/i/f', 'A=op://v/i/g'], 'op-secrets')).toThrow("input 'op-secrets': A is given more than once");
    for (const entry of ['sk-live-pasted-value-123', 'bad-name=op://v/i/f', '1X=op://v/i/f']) {
      expect(() => parseNamedReferences([entry], 'op-secrets')).toThrow(/input 'op-secrets'.*\(not shown\)/);
      expect(() => parseNamedReferences([entry], 'op-secrets')).not.toThrow(/sk-live|bad-name|1X/);
    }
  });
});
