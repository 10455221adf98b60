import { walk } from './expression-contexts';
import { ExpressionSyntaxError, parseExpression, readExpression } from './expression-parser';

describe('expression parser', () => {
  test('reads numbers, names with dashes, strings and operators at their offsets', () => {
    const tree = readExpression("steps.build-x.outputs['v'] == 0x1F && !contains(github.event.labels.*.name, 'a''b') || .5 >= -1e3");
    expect(walk(tree).map((node) => `${node.kind}@${node.start}-${node.end}`)).toEqual([
      'binary@0-97',
      'binary@0-83',
      'binary@0-34',
      'context@0-26',
      'literal@30-34',
      'not@38-83',
      'call@39-83',
      'context@48-74',
      'literal@76-82',
      'binary@87-97',
      'literal@87-89',
      'literal@93-97',
    ]);
  });

  test('a syntax error says where; parseExpression gives undefined', () => {
    const error = (() => {
      try {
        readExpression('a == "b"');
      } catch (caught) {
        return caught as ExpressionSyntaxError;
      }
      return undefined;
    })();
    expect([error?.message, error?.start, error?.end]).toEqual(['unexpected character """; strings take single quotes', 5, 6]);
    expect(parseExpression('a == "b"')).toBeUndefined();
    expect(() => readExpression('a == "b"')).toThrow(ExpressionSyntaxError);
  });

  test('each text is parsed once: audits reading the same expression share its tree', () => {
    expect(readExpression('github.event.issue.title')).toBe(parseExpression('github.event.issue.title'));
  });

  test('a long expression is read in time linear in its length', () => {
    const long = Array.from({ length: 20_000 }, (_, i) => `env.a${i}`).join(' || ');
    const started = Date.now();
    expect(readExpression(long).kind).toBe('binary');
    expect(Date.now() - started).toBeLessThan(2000);
  });
});
