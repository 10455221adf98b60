import { parseControlsConfig } from './config-file';

const FILE = '.github/mcp-secrets.yml';

const schedule = (text: string) => parseControlsConfig(FILE, text).rotationSchedule;

describe('rotation: in .github/mcp-secrets.yml', () => {
  test('Vault and bundle entries, named keys or all, every policy form', () => {
    const text = [
      'controls:',
      '  bundle: config/ci.enc.yaml',
      'rotation:',
      '  - vault: /secret/app-prod/',
      '    keys: [MACHINE_SECRET_TOKEN, DB_PASSWORD]',
      '    owner: platform-team',
      '    every: 90d',
      '  - bundle: true',
      '    owner: security',
      '    every: quarterly',
      '  - bundle: other/secrets.enc.json',
      '    keys: STRIPE_KEY',
      '    owner: payments',
      '    every: on-compromise',
      '',
    ].join('\n');
    const parsed = parseControlsConfig(FILE, text);
    expect(parsed.bundlePath).toBe('config/ci.enc.yaml');
    expect(parsed.rotationSchedule).toEqual([
      { index: 1, file: FILE, line: 4, source: { kind: 'vault', path: 'secret/app-prod' }, keys: ['MACHINE_SECRET_TOKEN', 'DB_PASSWORD'], owner: 'platform-team', policy: { kind: 'days', days: 90, label: '90d' } },
      { index: 2, file: FILE, line: 8, source: { kind: 'bundle' }, keys: 'all', owner: 'security', policy: { kind: 'months', months: 3, label: 'quarterly' } },
      { index: 3, file: FILE, line: 11, source: { kind: 'bundle', path: 'other/secrets.enc.json' }, keys: ['STRIPE_KEY'], owner: 'payments', policy: { kind: 'unscheduled', label: 'on-compromise' } },
    ]);
    expect(schedule('rotation:\n')).toBeUndefined();
    expect(schedule('rotation: []\n')).toBeUndefined();
  });

  test.each([
    ['rotation: {vault: x}\n', ':1: `rotation:` must be a list of entries'],
    ['rotation:\n  - just-a-string\n', ':2: rotation[1]: expected a mapping with vault, bundle, keys, owner, every'],
    ['rotation:\n  - owner: a\n    every: 90d\n', ':2: rotation[1]: give exactly one of `vault: <KV v2 path>` and `bundle: <file>`'],
    ['rotation:\n  - vault: a/b\n    bundle: true\n    owner: a\n    every: 90d\n', ':2: rotation[1]: give exactly one of'],
    ['rotation:\n  - vault: secret\n    owner: a\n    every: 90d\n', ':2: rotation[1]: vault: expected a KV v2 path such as secret/app-prod'],
    ['rotation:\n  - bundle: ../outside.yaml\n    owner: a\n    every: 90d\n', ':2: rotation[1]: bundle: expected the bundle file relative to the repository root'],
    ['rotation:\n  - vault: secret/a\n    owner: [a]\n    every: 90d\n', ':3: rotation[1]: (vault secret/a) owner: expected a non-empty string'],
    ['rotation:\n  - vault: secret/a\n    every: 90d\n', ':2: rotation[1]: (vault secret/a) owner: missing (who rotates these keys)'],
    ['rotation:\n  - vault: secret/a\n    owner: a\n', ':2: rotation[1]: (vault secret/a) every: missing (use a number of days or weeks'],
    ['rotation:\n  - vault: secret/a\n    owner: a\n    every: 90\n', ":4: rotation[1]: (vault secret/a) every: '90' is not a rotation policy (use a number of days or weeks (90d, 12w)"],
    ['rotation:\n  - vault: secret/a\n    owner: a\n    every: weekly\n', ":4: rotation[1]: (vault secret/a) every: 'weekly' is not a rotation policy"],
    ['rotation:\n  - vault: secret/a\n    owner: a\n    every: 90d\n    keys: [A, "B C"]\n', ":5: rotation[1]: (vault secret/a) keys: 'B C' is not a key name"],
    ['rotation:\n  - vault: secret/a\n    owner: a\n    every: 90d\n    rotate: now\n', ":5: rotation[1]: unknown key 'rotate' (valid: vault, bundle, keys, owner, every)"],
  ])('%j is refused with the file, line and entry', (text, message) => {
    expect(() => schedule(text)).toThrow(`${FILE}${message}`);
  });

  test('a key scheduled twice for one source names both entries', () => {
    const entry = (keys: string) => `  - vault: secret/a\n    keys: ${keys}\n    owner: a\n    every: 30d\n`;
    expect(() => schedule(`rotation:\n${entry('[A, B]')}${entry('[B]')}`)).toThrow(
      `${FILE}:6: rotation[2]: key B of vault secret/a is already scheduled by rotation[1] (line 2)`,
    );
    expect(() => schedule(`rotation:\n${entry('all')}${entry('all')}`)).toThrow('rotation[2]: `keys: all` of vault secret/a is already scheduled by rotation[1]');
    expect(schedule(`rotation:\n${entry('all')}${entry('[B]')}`)).toHaveLength(2);
  });
});
