/** Shannon entropy in bits per character, over code points (as gitleaks does over runes). */
export function shannonEntropy(text: string): number {
  if (text === '') return 0;
  const counts = new Map<number, number>();
  let total = 0;
  for (const ch of text) {
    const c = ch.codePointAt(0) ?? 0;
    counts.set(c, (counts.get(c) ?? 0) + 1);
    total++;
  }
  let entropy = 0;
  for (const n of counts.values()) {
    const p = n / total;
    entropy -= p * Math.log2(p);
  }
  return entropy;
}

/** The shortest decimal that round-trips as a float32, as Go prints gitleaks' float32 Entropy. */
export function asFloat32(x: number): number {
  const f = Math.fround(x);
  for (let p = 1; p <= 9; p++) {
    const candidate = Number(f.toPrecision(p));
    if (Math.fround(candidate) === f) return candidate;
  }
  return f;
}
