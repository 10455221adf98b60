// The service-account path against 1Password itself, when OP_SERVICE_ACCOUNT_TOKEN is set (the
// onepassword-integration workflow; locally: export a token of a test account). It reads the item
// MCP_SECRETS_OP_LIVE_ITEM (default op://mcp-secrets-ci/sync-live), whose field labels are
// environment variable names: through the SDK installed with the CLI, then through the bundled sync
// action, which fetches the pinned SDK from the registry. Values are compared, never printed: a
// failing assertion shows counts and names only.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { findItem, itemEntries, parseItemReference } from '@mcp-secrets/onepassword';
import { openServiceAccount } from '@mcp-secrets/onepassword-sdk';
import { findLeaks } from '../helpers/leaks';
import { runBundledAction } from '../helpers/runner';

const TOKEN = process.env.OP_SERVICE_ACCOUNT_TOKEN ?? '';
const ITEM = process.env.MCP_SECRETS_OP_LIVE_ITEM || 'op://mcp-secrets-ci/sync-live';

if (TOKEN === '') {
  describe.skip('1Password service account, live (skipped: OP_SERVICE_ACCOUNT_TOKEN is not set)', () => {
    test('needs a service account token', () => undefined);
  });
  process.stderr.write('NOTICE: skipping the live 1Password suite: OP_SERVICE_ACCOUNT_TOKEN is not set\n');
} else {
  describe(`1Password service account, live (${ITEM})`, () => {
    let entries: Record<string, string>;
    beforeAll(async () => {
      const store = await openServiceAccount(TOKEN);
      const ctx = { store, input: 'op-item' };
      const ref = parseItemReference(ITEM, 'op-item');
      entries = itemEntries(ctx, await findItem(ctx, ref), ref);
    }, 60_000);

    test('the installed SDK signs in and reads the item by name', () => {
      expect(Object.keys(entries).length).toBeGreaterThan(0);
      expect(Object.keys(entries).filter((name) => !/^[A-Za-z_][A-Za-z0-9_]*$/.test(name))).toEqual([]);
    });

    test('the bundled sync action fetches the pinned SDK and exports the same keys and values, printing none', async () => {
      const env: Record<string, string> = { OP_SERVICE_ACCOUNT_TOKEN: TOKEN, RUNNER_TOOL_CACHE: mkdtempSync(join(tmpdir(), 'tool-cache-')) };
      if (process.env.NPM_CONFIG_REGISTRY) env.NPM_CONFIG_REGISTRY = process.env.NPM_CONFIG_REGISTRY;
      const run = await runBundledAction('sync', { inputs: { 'op-item': ITEM }, env });
      expect(run.main.commands.filter((c) => c.command === 'error').map((c) => c.message)).toEqual([]);
      expect(run.main.outputs.provider).toBe('1password');
      expect(run.main.outputs.keys.split(',').sort()).toEqual(Object.keys(entries).sort());
      const differing = Object.keys(entries).filter((name) => run.main.env[name] !== entries[name]);
      expect(differing).toEqual([]);
      expect(findLeaks(run, [...Object.values(entries), TOKEN]).length).toBe(0);
      expect(run.post?.exitCode).toBe(0);
    }, 120_000);

    test('a field the item lacks is an error naming the reference', async () => {
      const reference = `${ITEM}/no-such-field-${Date.now()}`;
      const run = await runBundledAction('sync', { inputs: { 'op-secrets': `MISSING=${reference}` }, env: { OP_SERVICE_ACCOUNT_TOKEN: TOKEN, RUNNER_TOOL_CACHE: mkdtempSync(join(tmpdir(), 'tool-cache-')) } });
      expect(run.main.exitCode).toBe(1);
      expect(run.main.commands.find((c) => c.command === 'error')?.message).toContain(`input 'op-secrets': '${reference}': no field`);
      expect(findLeaks(run, [TOKEN]).length).toBe(0);
    }, 120_000);
  });
}
