// From the candidate findings of one text (every rule, every decoded layer) to what is reported:
// composite rules kept only where their required rules match nearby, then one secret, one finding.
//
// Secrets are compared by their span in the original text (a finding in decoded text stands on
// the encoded segment it came from), not by line:
//  - the same rule finding the same secret again in a decoded layer: the shallowest stays (every
//    configuration);
//  - built-in rules: a catch-all rule (generic assignments, headers, URLs, JWTs) yields to any other
//    rule whose secret overlaps its own, and to a specific rule's checksum rejection of it; of two
//    specific rules on overlapping secrets the longer secret stays (then the shallower layer, then
//    the rule listed first);
//  - a configuration's own rules (`gitleaks` precedence) keep gitleaks' behaviour: a rule whose id
//    contains `generic` yields to another rule's finding on the same line whose secret contains its own;
//  - a built-in rule's same secret twice on one line (one fingerprint) is one finding.
import type { CompiledRequirement, CompiledRule } from '../config/compiled';
import type { Finding } from '../report/finding';

export interface Candidate {
  finding: Finding;
  rule: CompiledRule;
  /** The secret's span in the original text, [start, end); start = -1 for a path-only finding. */
  start: number;
  end: number;
  /** Decoding round that found it (0: the text as it is). */
  depth: number;
  /** The rule's validator rejected the secret: never reported, but catch-all rules leave the span alone. */
  rejected: boolean;
}

const isGenericId = (rule: CompiledRule): boolean => rule.id.toLowerCase().includes('generic');

/** A catch-all finding in the gitleaks sense or ours: what yields to the others. */
function yields(c: Candidate): boolean {
  return c.rule.precedence === 'catch-all' || (c.rule.precedence === 'gitleaks' && isGenericId(c.rule));
}

/** Disjoint, sorted spans; a span added merges with those it overlaps. */
class SpanSet {
  private readonly starts: number[] = [];
  private readonly ends: number[] = [];

  /** Index of the first span whose end is past `at`. */
  private firstEndingAfter(at: number): number {
    let lo = 0;
    let hi = this.ends.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if ((this.ends[mid] as number) <= at) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }

  overlaps(start: number, end: number): boolean {
    const i = this.firstEndingAfter(start);
    return i < this.starts.length && (this.starts[i] as number) < end;
  }

  add(start: number, end: number): void {
    const i = this.firstEndingAfter(start);
    let j = i;
    let s = start;
    let e = end;
    while (j < this.starts.length && (this.starts[j] as number) < end) {
      s = Math.min(s, this.starts[j] as number);
      e = Math.max(e, this.ends[j] as number);
      j++;
    }
    this.starts.splice(i, j - i, s);
    this.ends.splice(i, j - i, e);
  }
}

const hasSpan = (c: Candidate): boolean => c.start >= 0 && c.end > c.start;

/** Longer secret first, then the shallower layer, the rule listed first, the earlier position. */
function byStrength(a: Candidate, b: Candidate): number {
  return b.end - b.start - (a.end - a.start) || a.depth - b.depth || a.rule.index - b.rule.index || a.start - b.start;
}

function near(primary: Finding, other: Finding, r: CompiledRequirement): boolean {
  if (r.withinLines !== undefined && Math.abs(primary.StartLine - other.StartLine) > r.withinLines) return false;
  if (r.withinColumns !== undefined && Math.abs(primary.columns.start - other.columns.start) > r.withinColumns) return false;
  return true;
}

/** Composite rules: a finding stays when every required rule has a finding near it. */
function completeComposites(candidates: Candidate[]): Candidate[] {
  if (!candidates.some((c) => c.rule.required.length > 0)) return candidates;
  const byRule = new Map<string, Finding[]>();
  for (const c of candidates) {
    if (c.rejected) continue;
    const list = byRule.get(c.rule.id);
    if (list === undefined) byRule.set(c.rule.id, [c.finding]);
    else list.push(c.finding);
  }
  return candidates.filter((c) => c.rejected || c.rule.required.every((r) => (byRule.get(r.id) ?? []).some((o) => near(c.finding, o, r))));
}

/** The same rule on the same secret in a deeper layer (a decoded copy of what was found as it is). */
function dropDecodedRepeats(candidates: Candidate[]): Candidate[] {
  if (!candidates.some((c) => c.depth > 0)) return candidates;
  const spans = new Map<string, SpanSet>();
  const keep = new Set<Candidate>();
  for (const c of [...candidates].sort((a, b) => a.depth - b.depth || a.start - b.start)) {
    if (!hasSpan(c) || c.rejected) {
      keep.add(c);
      continue;
    }
    let set = spans.get(c.rule.id);
    if (set === undefined) spans.set(c.rule.id, (set = new SpanSet()));
    if (c.depth > 0 && set.overlaps(c.start, c.end)) continue;
    set.add(c.start, c.end);
    keep.add(c);
  }
  return candidates.filter((c) => keep.has(c));
}

/** gitleaks' filter: a generic-named rule's finding goes when another rule found a secret containing it on its line. */
function gitleaksGenericDuplicate(c: Candidate, others: readonly Candidate[]): boolean {
  if (c.finding.Secret === '') return false;
  return others.some((o) => o !== c && !isGenericId(o.rule) && o.finding.StartLine === c.finding.StartLine && o.finding.Secret.includes(c.finding.Secret));
}

/** Candidates to findings: composites completed, duplicates resolved, validator rejections and skipReport rules left out. */
export function resolveFindings(all: Candidate[]): Finding[] {
  const candidates = dropDecodedRepeats(completeComposites(all)).filter((c) => !c.rule.skipReport);
  if (candidates.length === 1) return candidates[0]?.rejected === true ? [] : [candidates[0]!.finding];
  const kept = new Set<Candidate>();
  // Specific built-in rules: the strongest of overlapping secrets stays.
  const specific = new SpanSet();
  for (const c of candidates.filter((x) => x.rule.precedence === 'specific' && !x.rejected).sort(byStrength)) {
    if (!hasSpan(c)) {
      kept.add(c);
    } else if (!specific.overlaps(c.start, c.end)) {
      specific.add(c.start, c.end);
      kept.add(c);
    }
  }
  // A configuration's own rules are kept as gitleaks keeps them (generic-named ones judged below).
  for (const c of candidates) if (c.rule.precedence === 'gitleaks' && !c.rejected && !isGenericId(c.rule)) kept.add(c);
  // What catch-all rules yield to: every kept finding that is not itself catch-all, and checksum rejections.
  const taken = new SpanSet();
  for (const c of candidates) if (hasSpan(c) && ((kept.has(c) && !yields(c)) || (c.rejected && !yields(c)))) taken.add(c.start, c.end);
  for (const c of candidates.filter((x) => x.rule.precedence === 'catch-all' && !x.rejected).sort(byStrength)) {
    if (!hasSpan(c)) {
      kept.add(c);
    } else if (!taken.overlaps(c.start, c.end)) {
      taken.add(c.start, c.end);
      kept.add(c);
    }
  }
  const reported = [...kept];
  for (const c of candidates) {
    if (c.rule.precedence === 'gitleaks' && isGenericId(c.rule) && !c.rejected && !gitleaksGenericDuplicate(c, reported)) kept.add(c);
  }
  const builtin = new Set(candidates.filter((c) => c.rule.precedence !== 'gitleaks').map((c) => c.finding));
  return withoutRepeatsOnALine(
    candidates.filter((c) => kept.has(c)).map((c) => c.finding),
    (f) => builtin.has(f),
  );
}

/**
 * A built-in rule's secret written twice on one line (a minified bundle repeats its settings) is one
 * finding: the two would share a fingerprint (`file:rule:line`) anyway. A configuration's own rules
 * report each occurrence, as gitleaks does.
 */
function withoutRepeatsOnALine(findings: Finding[], precedenceOf: (f: Finding) => boolean): Finding[] {
  const seen = new Set<string>();
  return findings.filter((f) => {
    if (!precedenceOf(f) || f.Secret === '') return true;
    const key = `${f.RuleID}\u0000${f.StartLine}\u0000${f.Commit}\u0000${f.Secret}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
