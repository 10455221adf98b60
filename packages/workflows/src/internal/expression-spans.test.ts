import { expressionSpans, withoutExpressions } from './expression-spans';

describe('expressionSpans', () => {
  test('each expression ends at the first }} after its ${{', () => {
    const text = 'echo ${{ a }} and ${{ b }}} ${{ c';
    expect(expressionSpans(text)).toEqual([
      { start: 5, end: 13, inner: ' a ' },
      { start: 18, end: 26, inner: ' b ' },
    ]);
  });

  test('a ${{ inside an expression does not open another; nothing closed, nothing found', () => {
    expect(expressionSpans('${{ x ${{ y }} }}').map((s) => s.inner)).toEqual([' x ${{ y ']);
    expect(expressionSpans('${{ '.repeat(3))).toEqual([]);
  });

  test('a megabyte of unclosed ${{ is one pass, not one scan per opening', () => {
    expect(expressionSpans('${{ '.repeat(250_000))).toEqual([]);
  });
});

test('withoutExpressions drops each expression and keeps the rest', () => {
  expect(withoutExpressions('github.rest.issues.get(${{ github.event.x }}); ${{ y')).toBe('github.rest.issues.get(); ${{ y');
});
