// Rules are user-supplied RE2 patterns that gitleaks runs in linear time; V8's backtracking
// engine can take exponential time on some of them ((a+)+b). This V8 flag makes a regex that
// backtracks excessively restart on V8's linear-time engine (regexes without the u flag or
// lookarounds, which is why the translator avoids the u flag where it can). It only changes
// how long such a regex runs, never what it matches; it is process-wide and set once.
import { setFlagsFromString } from 'node:v8';

export const BACKTRACK_GUARD_FLAG = '--enable-experimental-regexp-engine-on-excessive-backtracks';

let enabled = false;

export function enableBacktrackGuard(): void {
  if (enabled) return;
  enabled = true;
  setFlagsFromString(BACKTRACK_GUARD_FLAG);
}
