import { ConfigurationError, toError } from './errors';

describe('ConfigurationError', () => {
  test('names the input, file and line, and ends with the hint', () => {
    const error = new ConfigurationError('not valid TOML', { input: 'config', file: 'config/gitleaks.toml', line: 3, hint: 'fix the quote' });
    expect(error.message).toBe("input 'config', config/gitleaks.toml:3: not valid TOML (fix the quote)");
  });
});

describe('toError', () => {
  test('turns any thrown value into an Error', () => {
    expect(toError('boom').message).toBe('boom');
    expect(toError({ code: 1 }).message).toBe('non-error thrown: {"code":1}');
    expect(toError(undefined)).toBeInstanceOf(Error);
    const original = new TypeError('x');
    expect(toError(original)).toBe(original);
  });
});

test('an error from another realm keeps its message', () => {
  const foreign = { name: 'TypeError', message: "Unknown option '--nope'", code: 'ERR_PARSE_ARGS_UNKNOWN_OPTION' };
  expect(toError(foreign).message).toBe("Unknown option '--nope'");
});
