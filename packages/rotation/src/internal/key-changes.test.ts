import { resolveKeyChanges } from './key-changes';

const none = { set: [], setFromEnv: [], generate: [] };

describe('resolveKeyChanges', () => {
  test('--set splits at the first "=", --set-from-env reads the variable, --generate makes 32 random bytes hex', () => {
    const changes = resolveKeyChanges({ set: ['DB_URL=postgres://u:p@h/db?a=b'], setFromEnv: ['API_TOKEN'], generate: ['SESSION_SECRET'] }, { API_TOKEN: 'from-env' });
    expect(changes.map(({ key, source }) => [key, source])).toEqual([
      ['DB_URL', 'set'],
      ['API_TOKEN', 'set-from-env'],
      ['SESSION_SECRET', 'generate'],
    ]);
    expect(changes[0].value).toBe('postgres://u:p@h/db?a=b');
    expect(changes[1].value).toBe('from-env');
    expect(changes[2].value).toMatch(/^[0-9a-f]{64}$/);
    expect(resolveKeyChanges({ ...none, generate: ['A'] }, {})[0].value).not.toBe(changes[2].value);
  });

  test('bad input is refused without showing values', () => {
    expect(() => resolveKeyChanges({ ...none, set: ['no-equals-sign-secret'] }, {})).toThrow(/input 'set': expected KEY=VALUE \(the value is not shown\)/);
    expect(() => resolveKeyChanges({ ...none, set: ['no-equals-sign-secret'] }, {})).not.toThrow(/no-equals-sign-secret/);
    expect(() => resolveKeyChanges({ ...none, setFromEnv: ['MISSING'] }, {})).toThrow(/MISSING is not set or empty/);
    expect(() => resolveKeyChanges({ ...none, set: ['1BAD=x'] }, {})).toThrow(/not valid environment variable names: '1BAD'/);
    expect(() => resolveKeyChanges({ ...none, set: ['PATH=x'], generate: ['GITHUB_TOKEN'] }, {})).toThrow(/reserved names .*: PATH, GITHUB_TOKEN/);
    expect(() => resolveKeyChanges({ ...none, set: ['MCP_SECRETS_VERSION=9'] }, {})).toThrow(/rotate bumps it itself/);
    expect(() => resolveKeyChanges({ ...none, set: ['A=1'], generate: ['A'] }, {})).toThrow(/keys given more than once: A/);
  });
});
