// Hostile YAML for the attack tests of test/hostile/yaml.test.ts (and the benchmarks): each input is
// a few KB to a few MB of text that costs far more to whoever expands or walks it than to write.

/**
 * `levels` anchors `a0`..`a<levels>`, each a flow list of `width` aliases to the one before:
 * width^levels nodes once expanded (9 × 10: a billion) from about 50 × levels × width bytes.
 */
export function aliasBombLines(levels = 9, width = 10, indent = ''): string[] {
  const lines = [`${indent}a0: &a0 [${Array(width).fill('lol').join(', ')}]`];
  for (let i = 1; i <= levels; i++) lines.push(`${indent}a${i}: &a${i} [${Array(width).fill(`*a${i - 1}`).join(', ')}]`);
  return lines;
}

/** The same through merge keys: `m<i>` merges `width` copies of `m<i-1>` (`<<: [*m0, *m0, ...]`). */
export function mergeBombLines(levels = 9, width = 10, indent = ''): string[] {
  const lines = [`${indent}m0: &m0 {${Array.from({ length: width }, (_, k) => `k${k}: v`).join(', ')}}`];
  for (let i = 1; i <= levels; i++) lines.push(`${indent}m${i}: &m${i} {<<: [${Array(width).fill(`*m${i - 1}`).join(', ')}]}`);
  return lines;
}

const HEADER = 'name: hostile\non: [pull_request]\npermissions:\n  contents: read\n';

/** A workflow whose job hands the bomb to the check where it reads every string (`services:`). */
export function aliasBombWorkflow(levels = 9, width = 10): string {
  return `${HEADER}x-anchors:\n${aliasBombLines(levels, width, '  ').join('\n')}\njobs:\n  build:\n    runs-on: ubuntu-latest\n    services: *a${levels}\n    steps:\n      - run: echo ok\n`;
}

/** A workflow whose step `env:` merges the merge-key bomb (the check lists every env entry). */
export function mergeBombWorkflow(levels = 9, width = 10): string {
  return `${HEADER}x-anchors:\n${mergeBombLines(levels, width, '  ').join('\n')}\njobs:\n  build:\n    runs-on: ubuntu-latest\n    steps:\n      - run: echo ok\n        env: *m${levels}\n`;
}

/** A workflow with `depth` nested flow lists under a job key (GitHub itself refuses past 50). */
export function deepWorkflow(depth = 5000): string {
  return `${HEADER}jobs:\n  build:\n    runs-on: ubuntu-latest\n    services: ${'['.repeat(depth)}${']'.repeat(depth)}\n    steps:\n      - run: echo ok\n`;
}

/** A workflow of `steps` steps, each echoing the pull request's title: one template-injection finding each (~70 bytes a step). */
export function manyFindingsWorkflow(steps: number): string {
  const step = '      - run: echo "${{ github.event.pull_request.title }}"\n';
  return `${HEADER}jobs:\n  build:\n    runs-on: ubuntu-latest\n    steps:\n${step.repeat(steps)}`;
}

/** A workflow whose one `run:` opens `count` expressions and closes none (~4 bytes each; 250,000: just under 1 MiB). */
export function unclosedExpressionsWorkflow(count = 250_000): string {
  return `${HEADER}jobs:\n  build:\n    runs-on: ubuntu-latest\n    steps:\n      - run: "${'${{ '.repeat(count)}"\n`;
}

/** A workflow whose one expression indexes `github[` `count` times without closing a bracket (7 bytes each). */
export function unclosedIndexWorkflow(count = 140_000): string {
  return `${HEADER}jobs:\n  build:\n    runs-on: ubuntu-latest\n    steps:\n      - run: "\${{ ${'github['.repeat(count)} }}"\n`;
}

/**
 * `depth` + 1 reusable workflows `w0`..`w<depth>`, each with `jobs` jobs calling the next one, the
 * last running an unknown action: jobs^depth paths from a few KB (path -> text).
 */
export function chainedWorkflows(depth = 8, jobs = 10): Record<string, string> {
  const files: Record<string, string> = {};
  for (let i = 0; i <= depth; i++) {
    const job = (j: number): string =>
      i < depth ? `  j${j}:\n    uses: ./.github/workflows/w${i + 1}.yml\n` : `  j${j}:\n    runs-on: ubuntu-latest\n    steps:\n      - uses: someone/unknown-action@0123456789abcdef0123456789abcdef01234567\n`;
    // No permissions: blocks, so that each call is graded by what the called jobs need.
    files[`.github/workflows/w${i}.yml`] = `on: [pull_request, workflow_call]\njobs:\n${Array.from({ length: jobs }, (_, j) => job(j)).join('')}`;
  }
  return files;
}

/** `count` keys `k0: v`, `k1: v`... one a line: yaml's own duplicate-key check compares each with every earlier one. */
export function manyKeys(count: number, indent = ''): string {
  return Array.from({ length: count }, (_, i) => `${indent}k${i}: v\n`).join('');
}

/** The alias bomb (`a0`..`a<levels>`) as top-level keys at the start of a SOPS file, before its values and `sops:` block. */
export function withAliasBomb(sopsYaml: string, levels = 9, width = 10): string {
  return `${aliasBombLines(levels, width).join('\n')}\n${sopsYaml}`;
}

/** `depth` nested flow lists as the first key of a SOPS file. */
export function withDeepNesting(sopsYaml: string, depth = 5000): string {
  return `deep: ${'['.repeat(depth)}${']'.repeat(depth)}\n${sopsYaml}`;
}
