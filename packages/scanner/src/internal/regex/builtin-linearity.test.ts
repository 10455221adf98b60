// The built-in rules run on V8's backtracking engine (their patterns are reviewed, see
// config/reviewed-patterns.ts); every other pattern runs on RE2. This is the review's evidence:
// each built-in regex, and each allowlist regex it runs on every candidate, goes over pumped
// inputs (its keywords, then runs of one character, repeated) as large as the largest window the
// scan gives a regex. A pattern that backtracks exponentially never finishes and a quadratic one
// takes seconds here, while a linear one takes about a millisecond: the bound is a thousand times that.
import { builtinConfig } from '../config/load-config';
import { compileConfig } from '../config/compile';
import { isReviewedPattern } from '../config/reviewed-patterns';
import { BUILTIN_RULES } from '../../rules/index';
import { DEFAULT_LIMITS } from '../detect/windows';

const WINDOW = DEFAULT_LIMITS.chunk;
const GENEROUS_MS = 1000;
const PUMPS = ['a', 'Z', '0', '_', '-', '.', '=', ':', '/', '+', ' ', '"', '\t', '\n', 'aB3-'];
const RUNS = [1, 40, 1000];

function pumped(keyword: string, pump: string, run: number): string {
  const unit = keyword + pump.repeat(run);
  return unit.repeat(Math.ceil(WINDOW / unit.length)).slice(0, WINDOW);
}

const config = compileConfig(builtinConfig());

describe('built-in rules on V8 stay linear on pumped inputs', () => {
  test('every built-in pattern is reviewed, so it runs on V8 (and only those do)', () => {
    const patterns = BUILTIN_RULES.flatMap((r) => [r.regex, ...(r.allowlists ?? []).flatMap((a) => a.regexes ?? [])]);
    expect(patterns.every((p) => p === undefined || isReviewedPattern(p))).toBe(true);
    expect(isReviewedPattern('(\\p{L}+)+$')).toBe(false);
  });

  test.each(config.rules.map((rule) => [rule.id, rule] as const))('%s', (_id, rule) => {
    const keywords = rule.keywords.length > 0 ? rule.keywords : [''];
    const slowest = { ms: 0, input: '' };
    for (const keyword of keywords) {
      for (const pump of PUMPS) {
        for (const run of RUNS) {
          const text = pumped(keyword, pump, run);
          const started = performance.now();
          rule.regex?.matcher.forEach(text, () => undefined);
          for (const allowlist of rule.allowlists) for (const regex of allowlist.regexes) regex.test(text.slice(0, DEFAULT_LIMITS.maxLine));
          const ms = performance.now() - started;
          if (ms > slowest.ms) Object.assign(slowest, { ms, input: `${JSON.stringify(keyword)} + ${JSON.stringify(pump)} x ${run}` });
        }
      }
    }
    expect({ rule: rule.id, ...slowest, within: slowest.ms < GENEROUS_MS }).toMatchObject({ within: true });
  });
});
