import { DEFAULT_CONFIG, parseWorkflowsConfig } from '../index';

const lines = (...l: string[]): string => `${l.join('\n')}\n`;
const FILE = '.github/mcp-secrets.yml';

describe('parseWorkflowsConfig', () => {
  test('reads rules, allowed writes and the unpinned-uses policy; other sections are left alone', () => {
    const config = parseWorkflowsConfig(
      FILE,
      lines(
        'audit:',
        '  whatever: true',
        'workflows:',
        '  rules:',
        '    secrets-outside-env: off',
        '    artipacked: false',
        '    unpinned-uses: warning',
        '  allowed-write-permissions:',
        '    release.yml:',
        '      publish: [contents, packages]',
        '  unpinned-uses:',
        '    allow: [My-Org/*]',
        '  secrets-outside-env:',
        '    allow: [npm_token]',
      ),
    );
    expect(config).toEqual({
      rules: { ...DEFAULT_CONFIG.rules, 'secrets-outside-env': 'off', artipacked: 'off', 'unpinned-uses': 'warning' },
      allowedWrites: [{ workflow: 'release.yml', job: 'publish', scopes: ['contents', 'packages'] }],
      unpinnedUses: { allow: ['my-org/*'], warn: [] },
      secretsOutsideEnv: { allow: ['NPM_TOKEN'] },
    });
  });

  test('an empty file or one without a workflows section is the default', () => {
    expect(parseWorkflowsConfig(FILE, '')).toEqual(DEFAULT_CONFIG);
    expect(parseWorkflowsConfig(FILE, 'audit: {}\n')).toEqual(DEFAULT_CONFIG);
  });

  test('self-hosted-runner is off unless turned on (zizmor: pedantic only); other rule settings keep that default', () => {
    expect(DEFAULT_CONFIG.rules).toEqual({ 'self-hosted-runner': 'off' });
    expect(parseWorkflowsConfig(FILE, lines('workflows:', '  rules:', '    artipacked: note')).rules).toEqual({ ...DEFAULT_CONFIG.rules, artipacked: 'note' });
    expect(parseWorkflowsConfig(FILE, lines('workflows:', '  rules:', '    self-hosted-runner: note')).rules).toMatchObject({ 'self-hosted-runner': 'note' });
  });

  test.each([
    [lines('workflows:', '  rulez: {}'), `${FILE}:2: unknown key "workflows.rulez"`],
    [lines('workflows:', '  rules:', '    no-such-rule: off'), `${FILE}:3: unknown rule "no-such-rule"`],
    [lines('workflows:', '  rules:', '    artipacked: loud'), `${FILE}:3: rule "artipacked": "loud" is not off, error, warning or note`],
    [lines('workflows:', '  allowed-write-permissions:', '    a.yml:', '      build: [contents, admin]'), `${FILE}:4: a.yml build: "admin" is not a permission scope`],
    [lines('workflows:', '  allowed-write-permissions:', '    a.yml:', '      build: contents'), `${FILE}:4: a.yml build: expected a list of scopes`],
    [lines('workflows:', '  unpinned-uses:', '    deny: []'), `${FILE}:3: unknown key "unpinned-uses.deny"`],
    [lines('workflows:', '  secrets-outside-env: [A]'), `${FILE}:2: "workflows.secrets-outside-env" must be a mapping`],
    [lines('workflows: [1'), `${FILE}:2: invalid YAML`],
  ])('names the file and line: %#', (text, message) => {
    expect(() => parseWorkflowsConfig(FILE, text)).toThrow(message);
  });
});
