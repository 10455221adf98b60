import { builtinConfig, compileConfig, loadConfig } from '../../index';
import { compilePortable, portableConfig } from './portable-config';

describe('portableConfig', () => {
  test('the built-in rules survive cloning: the same rules, secret checks included', () => {
    const config = compileConfig(builtinConfig());
    const portable = portableConfig(config);
    expect(portable).toBeDefined();
    const copy = compilePortable(structuredClone(portable) as NonNullable<typeof portable>);
    expect(copy.rules.map((r) => [r.id, r.keywords, r.entropy, r.validate])).toEqual(config.rules.map((r) => [r.id, r.keywords, r.entropy, r.validate]));
    expect(copy.rules.filter((r) => r.validate !== undefined).length).toBeGreaterThan(0);
  });

  test('a TOML configuration is plain data', () => {
    const config = compileConfig(loadConfig({ text: `[[rules]]\nid = "tok"\nregex = '''tok_[a-z0-9]{12}'''\n` }));
    expect(compilePortable(structuredClone(portableConfig(config)) as NonNullable<ReturnType<typeof portableConfig>>).rules.map((r) => r.id)).toEqual(['tok']);
  });

  test('a secret check that is not a built-in rule\'s cannot be sent: undefined (the scan stays on its thread)', () => {
    const spec = loadConfig({ text: `[[rules]]\nid = "tok"\nregex = '''tok_[a-z0-9]{12}'''\n` });
    const config = compileConfig({ ...spec, rules: spec.rules.map((r) => ({ ...r, validate: (s: string) => s.length > 3 })) });
    expect(portableConfig(config)).toBeUndefined();
  });
});
