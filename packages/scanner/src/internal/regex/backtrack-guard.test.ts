import { compileConfig, loadConfig, scanText } from '../../index';

describe('backtracking guard', () => {
  test('a catastrophic pattern from a user config finishes (V8 falls back to its linear engine)', () => {
    const config = compileConfig(loadConfig({ text: `[[rules]]\nid = "evil"\nregex = '''(a+)+b'''` }));
    const r = scanText(`${'a'.repeat(32)}\n${'a'.repeat(32)}b`, { config, placeholders: false });
    expect(r.findings.map((f) => f.StartLine)).toEqual([2]);
  });
});
