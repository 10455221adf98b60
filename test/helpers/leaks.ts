import type { ActionRun, StepRun } from './runner';

/** Every piece of a planted value that must never be printed: the value, its lines and JSON leaves. */
export function secretPieces(values: string[]): string[] {
  const pieces = new Set<string>();
  for (const value of values) {
    for (const piece of [value, ...value.split('\n')]) if (piece.trim().length >= 4) pieces.add(piece.trim());
    try {
      const parsed: unknown = JSON.parse(value);
      if (parsed && typeof parsed === 'object') {
        for (const leaf of Object.values(parsed as Record<string, unknown>)) {
          if (typeof leaf === 'string' && leaf.length >= 4) pieces.add(leaf);
        }
      }
    } catch {
      // not JSON
    }
  }
  return [...pieces];
}

/**
 * Where a planted value shows up in what the runner would display or keep:
 * stdout (except the add-mask commands that register it), stderr, annotations,
 * outputs and the job summary. Returns "<place>: <piece>" for each leak.
 */
export function findLeaks(run: ActionRun, values: string[]): string[] {
  const pieces = secretPieces(values);
  const leaks: string[] = [];
  const steps: [string, StepRun | undefined][] = [['main', run.main], ['post', run.post]];
  for (const [name, step] of steps) {
    if (step === undefined) continue;
    const visibleStdout = step.stdout
      .split('\n')
      .filter((line) => !line.startsWith('::add-mask::'))
      .join('\n');
    const places: [string, string][] = [
      ['stdout', visibleStdout],
      ['stderr', step.stderr],
      ['summary', step.summary],
      ['outputs', JSON.stringify(step.outputs)],
      ['state', JSON.stringify(step.state)],
    ];
    for (const [place, text] of places) {
      for (const piece of pieces) if (text.includes(piece)) leaks.push(`${name} ${place}: ${piece.slice(0, 12)}...`);
    }
  }
  return leaks;
}
