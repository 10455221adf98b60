import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'yaml';
import { addRecipient, findSopsConfig, matchCreationRule } from './sops-config';

const CONFIG = `# team keys
creation_rules:
  - path_regex: ^examples/.*\\.yaml$
    age: age1example
  # the CI bundle
  - path_regex: config/.*\\.enc\\.yaml$
    age: >-
      age1alice,
      age1bob
  - path_regex: lists/.*
    age:
      - age1carol
  - path_regex: groups/.*
    key_groups:
      - age:
          - age1dave
  - age: age1fallback
`;

const at = (file: string) => ({ path: '/repo/.sops.yaml', text: CONFIG, file: join('/repo', file) });

describe('.sops.yaml creation rules', () => {
  test('the first rule whose path_regex matches the path relative to the config wins', () => {
    const { path, text, file } = at('config/secrets.enc.yaml');
    expect(matchCreationRule({ path, text }, file, '.sops.yaml')).toEqual({ index: 1, line: 6, pattern: 'config/.*\\.enc\\.yaml$', recipients: ['age1alice', 'age1bob'] });
    expect(matchCreationRule({ path, text }, join('/repo', 'lists/a.yaml'), '.sops.yaml').recipients).toEqual(['age1carol']);
    expect(matchCreationRule({ path, text }, join('/repo', 'groups/a.yaml'), '.sops.yaml').recipients).toEqual(['age1dave']);
    expect(matchCreationRule({ path, text }, join('/repo', 'other/a.yaml'), '.sops.yaml').recipients).toEqual(['age1fallback']);
  });

  test('no matching rule, or no creation_rules, is a configuration error naming the file', () => {
    const text = 'creation_rules:\n  - path_regex: ^nothing$\n    age: age1x\n';
    expect(() => matchCreationRule({ path: '/r/.sops.yaml', text }, '/r/config/s.yaml', '.sops.yaml')).toThrow(/\.sops\.yaml: no creation rule matches config\/s\.yaml/);
    expect(() => matchCreationRule({ path: '/r/.sops.yaml', text: 'stores: {}\n' }, '/r/s.yaml', '.sops.yaml')).toThrow(/has no creation_rules list/);
    expect(() => matchCreationRule({ path: '/r/.sops.yaml', text: 'creation_rules:\n  - path_regex: "("\n' }, '/r/s.yaml', '.sops.yaml')).toThrow(/\.sops\.yaml:2: creation rule 1 has a path_regex/);
  });

  test('addRecipient keeps a comma string a string, a list a list, and the comments', () => {
    const config = { path: '/repo/.sops.yaml', text: CONFIG };
    const rules = (text: string) => (parse(text) as { creation_rules: Record<string, unknown>[] }).creation_rules;
    const toString = addRecipient(config, 1, 'age1new', '.sops.yaml');
    expect(rules(toString)[1].age).toBe('age1alice, age1bob,age1new');
    expect(toString).toContain('# the CI bundle');
    expect(toString).toContain('# team keys');
    expect(rules(toString)[0]).toEqual({ path_regex: '^examples/.*\\.yaml$', age: 'age1example' });
    expect(rules(addRecipient(config, 2, 'age1new', '.sops.yaml'))[2].age).toEqual(['age1carol', 'age1new']);
    expect(rules(addRecipient(config, 3, 'age1new', '.sops.yaml'))[3].key_groups).toEqual([{ age: ['age1dave', 'age1new'] }]);
    const updated = { path: config.path, text: toString };
    expect(matchCreationRule(updated, '/repo/config/s.enc.yaml', '.sops.yaml').recipients).toEqual(['age1alice', 'age1bob', 'age1new']);
  });

  test('findSopsConfig searches from the bundle folder up to the repository root', () => {
    const root = mkdtempSync(join(tmpdir(), 'sops-config-'));
    mkdirSync(join(root, 'config', 'deep'), { recursive: true });
    expect(findSopsConfig(join(root, 'config', 'deep', 's.yaml'), root)).toBeUndefined();
    writeFileSync(join(root, '.sops.yaml'), CONFIG);
    expect(findSopsConfig(join(root, 'config', 'deep', 's.yaml'), root)?.path).toBe(join(root, '.sops.yaml'));
    writeFileSync(join(root, 'config', '.sops.yaml'), 'creation_rules: []\n');
    expect(findSopsConfig(join(root, 'config', 'deep', 's.yaml'), root)?.path).toBe(join(root, 'config', '.sops.yaml'));
  });
});
