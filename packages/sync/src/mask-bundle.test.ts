import { maskablePieces } from '@mcp-secrets/ports';
import { bundleFromObject } from '@mcp-secrets/secrets-store';
import { memoryPorts } from '../../../test/support/memory-ports';
import { maskBundle, reportUnmasked } from './mask-bundle';

describe('maskBundle: the masking policy', () => {
  const bundle = bundleFromObject({
    MCP_SECRETS_VERSION: '3',
    API_TOKEN: 'tok-planted-value-1',
    FEATURE_ON: 'true',
    DB_PORT: '5432',
    PIN: 'x9',
    SHORT_CODE: 'q7z',
  });

  test('every value goes to the masker; values no one keeps secret and short ones are named by key, never shown', () => {
    const ports = memoryPorts();
    maskBundle(ports, bundle, 'test bundle');
    expect(ports.lines).toEqual([]);
    reportUnmasked(ports, bundle);
    expect(ports.masked).toEqual(['tok-planted-value-1', 'true', '5432', 'x9', 'q7z']);
    expect(ports.lines).toEqual([
      { level: 'info', message: expect.stringMatching(/^Not masked, as values no one keeps secret .*: FEATURE_ON, DB_PORT$/) },
      { level: 'warning', message: expect.stringMatching(/^Not masked, shorter than 4 characters: PIN, SHORT_CODE\. The runner hides every occurrence/) },
    ]);
    for (const value of ['x9', 'q7z', 'tok-planted-value-1']) expect(ports.lines.map((l) => l.message).join('\n')).not.toContain(value);
  });

  test('what the masker registers with the runner: the secret, not the words and short values', () => {
    expect(Object.values(bundle.entries).flatMap(maskablePieces)).toEqual(['tok-planted-value-1']);
  });

  test('a bundle of secrets only logs nothing', () => {
    const ports = memoryPorts();
    reportUnmasked(ports, maskBundle(ports, bundleFromObject({ A: 'long-enough-1', B: '123456' }), 'test bundle'));
    expect(ports.lines).toEqual([]);
  });
});
