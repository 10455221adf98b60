/** One line of an edit script: kept, removed or added. */
interface Op {
  kind: ' ' | '-' | '+';
  line: string;
}

/** Beyond this many changed lines the middle of the file is shown as one replacement (the search would cost too much). */
const MAX_CHANGES = 2000;

/**
 * A unified diff (`diff -u`, as `git apply` and `patch -p1` take it) from `before` to `after`,
 * named a/<path> and b/<path>, with `context` lines around each change; empty when the texts are
 * equal. Lines are compared whole; a carriage return is not shown.
 */
export function unifiedDiff(path: string, before: string, after: string, context = 3): string {
  if (before === after) return '';
  const a = splitLines(before);
  const b = splitLines(after);
  const ops = diffLines(a.lines, b.lines);
  const hunks = toHunks(ops, context);
  const out = [`--- a/${path}`, `+++ b/${path}`];
  for (const hunk of hunks) {
    out.push(`@@ -${hunk.aStart},${hunk.aCount} +${hunk.bStart},${hunk.bCount} @@`);
    for (const op of hunk.ops) {
      out.push(`${op.kind}${op.line.replace(/\r$/, '')}`);
      const missingNewline = (op.kind !== '+' && op === hunk.lastOfA && a.noNewlineAtEnd) || (op.kind !== '-' && op === hunk.lastOfB && b.noNewlineAtEnd);
      if (missingNewline) out.push('\\ No newline at end of file');
    }
  }
  return `${out.join('\n')}\n`;
}

function splitLines(text: string): { lines: string[]; noNewlineAtEnd: boolean } {
  const lines = text.split('\n');
  const noNewlineAtEnd = lines[lines.length - 1] !== '';
  if (!noNewlineAtEnd) lines.pop();
  return { lines, noNewlineAtEnd };
}

/** The shortest edit script (Myers), after the common head and tail are set aside. */
function diffLines(a: readonly string[], b: readonly string[]): Op[] {
  let head = 0;
  while (head < a.length && head < b.length && a[head] === b[head]) head++;
  let tail = 0;
  while (tail < a.length - head && tail < b.length - head && a[a.length - 1 - tail] === b[b.length - 1 - tail]) tail++;
  const midA = a.slice(head, a.length - tail);
  const midB = b.slice(head, b.length - tail);
  const same = (lines: readonly string[]): Op[] => lines.map((line) => ({ kind: ' ', line }));
  const middle = myers(midA, midB) ?? [...midA.map((line): Op => ({ kind: '-', line })), ...midB.map((line): Op => ({ kind: '+', line }))];
  return [...same(a.slice(0, head)), ...middle, ...same(a.slice(a.length - tail))];
}

function myers(a: readonly string[], b: readonly string[]): Op[] | undefined {
  const n = a.length;
  const m = b.length;
  const offset = n + m + 1;
  const v = new Int32Array(2 * offset + 1);
  // Before step d only diagonals -d..d matter: each step keeps that window, so memory grows with
  // the number of changes squared, not with the file's length.
  const trace: Int32Array[] = [];
  for (let d = 0; d <= Math.min(n + m, MAX_CHANGES); d++) {
    trace.push(v.slice(offset - d - 1, offset + d + 2));
    for (let k = -d; k <= d; k += 2) {
      let x = k === -d || (k !== d && v[offset + k - 1] < v[offset + k + 1]) ? v[offset + k + 1] : v[offset + k - 1] + 1;
      let y = x - k;
      while (x < n && y < m && a[x] === b[y]) {
        x++;
        y++;
      }
      v[offset + k] = x;
      if (x >= n && y >= m) return backtrack(a, b, trace);
    }
  }
  return undefined;
}

function backtrack(a: readonly string[], b: readonly string[], trace: readonly Int32Array[]): Op[] {
  const ops: Op[] = [];
  let x = a.length;
  let y = b.length;
  for (let d = trace.length - 1; d >= 0; d--) {
    // trace[d] holds diagonals -d-1..d+1 of the state before step d.
    const at = (k: number): number => trace[d][k + d + 1];
    const k = x - y;
    const previousK = k === -d || (k !== d && at(k - 1) < at(k + 1)) ? k + 1 : k - 1;
    const previousX = at(previousK);
    const previousY = previousX - previousK;
    while (x > previousX && y > previousY) {
      x--;
      y--;
      ops.push({ kind: ' ', line: a[x] });
    }
    if (d > 0) {
      if (x === previousX) ops.push({ kind: '+', line: b[--y] });
      else ops.push({ kind: '-', line: a[--x] });
    }
  }
  return ops.reverse();
}

interface Hunk {
  aStart: number;
  aCount: number;
  bStart: number;
  bCount: number;
  ops: Op[];
  lastOfA?: Op;
  lastOfB?: Op;
}

/** Changes with `context` kept lines around them; changes closer than twice that share a hunk. */
function toHunks(ops: readonly Op[], context: number): Hunk[] {
  const hunks: Hunk[] = [];
  const changed = ops.map((op, i) => (op.kind !== ' ' ? i : -1)).filter((i) => i >= 0);
  let i = 0;
  while (i < changed.length) {
    let end = changed[i];
    let j = i;
    while (j + 1 < changed.length && changed[j + 1] - end <= 2 * context) end = changed[++j];
    const from = Math.max(0, changed[i] - context);
    const to = Math.min(ops.length, end + context + 1);
    hunks.push(hunk(ops, from, to));
    i = j + 1;
  }
  return hunks;
}

function hunk(ops: readonly Op[], from: number, to: number): Hunk {
  let aLine = 1;
  let bLine = 1;
  for (const op of ops.slice(0, from)) {
    if (op.kind !== '+') aLine++;
    if (op.kind !== '-') bLine++;
  }
  const slice = ops.slice(from, to);
  const aCount = slice.filter((op) => op.kind !== '+').length;
  const bCount = slice.filter((op) => op.kind !== '-').length;
  const aTotal = ops.filter((op) => op.kind !== '+').length;
  const bTotal = ops.filter((op) => op.kind !== '-').length;
  const lastA = [...slice].reverse().find((op) => op.kind !== '+');
  const lastB = [...slice].reverse().find((op) => op.kind !== '-');
  return {
    // An empty side starts at the line before it, as diff -u writes it.
    aStart: aCount === 0 ? aLine - 1 : aLine,
    aCount,
    bStart: bCount === 0 ? bLine - 1 : bLine,
    bCount,
    ops: slice,
    lastOfA: lastA !== undefined && aLine - 1 + aCount === aTotal ? lastA : undefined,
    lastOfB: lastB !== undefined && bLine - 1 + bCount === bTotal ? lastB : undefined,
  };
}
