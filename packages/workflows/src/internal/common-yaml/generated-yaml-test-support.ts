// Test support: workflow-shaped YAML made at random (seeded), the common and the odd, to hold the
// common-YAML reader against `yaml` on far more shapes than hand-written cases cover.

/** A seeded generator of numbers in [0, 1) (mulberry32). */
export function seeded(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const SCALARS = [
  'x', 'push', 'ubuntu-latest', 'a b  c', 'v1.2.3', '1', '-1', '+1', '-0', '007', '0o17', '0o8', '0x1F', '0xg', '1.5', '1.', '.5', '1e3', '1.2E-3', '1_000',
  '.inf', '-.Inf', '+.INF', '.nan', '.NaN', 'NaN', 'null', 'Null', 'NULL', '~', 'nul', 'true', 'True', 'TRUE', 'tRue', 'false', 'yes', 'on', 'off',
  'a:b', 'a#b', 'a # c', 'http://x.y/z?q=1#f', '${{ github.event.issue.title }}', "${{ format('{0}', 'x') }}", '--flag=1', '-x', 'é ü 漢', 'x: y', 'x:', 'it\'s',
  'a "q" b', "'q' x", '"q" y', "'q'", '[x]', '{x}', 'a, b', '@x', '`x`', '%x', '!x', '&x', '*x', '|', '>', '-', '- x', '?x', ':x', 'a  ', '#x',
];
const KEYS = ['name', 'on', 'run', 'if', 'with', 'env', 'a b', 'x-y', '1', 'true', 'null', '~', 'on ', "'q'", '"d"', "'it''s'", '"a\\tb"', 'k#x', 'runs-on', 'a:b', '[k]', '- k', '? k', '<<', 'é'];

/** With `tame`, fewer odd scalars, keys and indentation slips: most texts are then valid YAML. */
export function generatedYaml(random: () => number, tame = false): string {
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)];
  const chance = (p: number): boolean => random() < p;
  const spaces = (n: number): string => ' '.repeat(Math.max(0, n));
  const lines: string[] = [];
  const trivia = (indent: number): void => {
    while (chance(0.25)) lines.push(chance(0.5) ? spaces(Math.floor(random() * (indent + 6))) : `${spaces(Math.floor(random() * (indent + 6)))}# ${pick(SCALARS)}`);
  };
  const comment = (): string => (chance(0.2) ? `${spaces(1 + Math.floor(random() * 2))}# c${pick(SCALARS)}` : '') + (chance(0.1) ? '  ' : '');
  const jitter = (indent: number): number => (chance(tame ? 0.005 : 0.06) ? indent + pick([-2, -1, 1, 2]) : indent);
  const scalarText = (indent: number): string => {
    const style = random();
    if (style < 0.5) return tame ? pick(SCALARS.slice(0, 56)) : pick(SCALARS);
    if (style < 0.65) return `'${pick(SCALARS).replace(/'/g, "''")}${chance(0.2) ? `\n${spaces(jitter(indent + 2))}${pick(SCALARS).replace(/'/g, "''")}` : ''}${chance(0.1) ? '\n\n' + spaces(indent + 2) + 'z' : ''}'`;
    if (style < 0.8) return `"${pick(['x', 'a\\"b', 'a\\\\b', 'tab\\t', '\\u00e9', '\\x41', '\\q', 'a\\\n' + spaces(indent + 3) + 'b', 'nl\\n', pick(SCALARS).replace(/["\\]/g, '')])}${chance(0.15) ? `\n${spaces(jitter(indent + 2))}y` : ''}"`;
    if (style < 0.9) {
      const items = Array.from({ length: Math.floor(random() * 4) }, () => (chance(0.2) ? `'${pick(SCALARS).replace(/'/g, "''")}'` : chance(0.1) ? '[a, b]' : pick(SCALARS)));
      const sep = chance(0.2) ? `,\n${spaces(jitter(indent + 2))}` : pick([', ', ',', ' , ']);
      const open = chance(0.15) ? `[\n${spaces(indent + 2)}` : pick(['[', '[ ']);
      const close = chance(0.15) ? `\n${spaces(jitter(indent))}]` : pick([']', ' ]', ',]']);
      return open + items.join(sep) + close;
    }
    const entries = Array.from({ length: Math.floor(random() * 3) }, () => `${pick(['a', 'b c', "'q'", '1', 'x-y'])}: ${pick(SCALARS.slice(0, 12))}`);
    return pick(['{', '{ ']) + entries.join(pick([', ', ',', `,\n${spaces(indent + 2)}`])) + pick(['}', ' }', `\n${spaces(indent)}}`]);
  };
  const plainContinuation = (indent: number): string => {
    let out = '';
    while (chance(0.2)) out += `${chance(0.3) ? '\n' + spaces(Math.floor(random() * 3)) : ''}\n${spaces(jitter(indent + 2))}${pick(SCALARS)}`;
    return out;
  };
  const blockScalar = (indent: number): void => {
    const header = pick(['|', '>', '|-', '>-', '|+', '>+', '|2', '-|']) + (chance(0.1) ? ' # h' : '') + (chance(0.05) ? ' x' : '');
    lines[lines.length - 1] += ` ${header}`;
    const content = indent + 1 + Math.floor(random() * 3);
    const count = 1 + Math.floor(random() * 5);
    for (let i = 0; i < count; i++) {
      const kind = random();
      if (kind < 0.15) lines.push(spaces(Math.floor(random() * (content + 3))));
      else if (kind < 0.3) lines.push(`${spaces(content + 1 + Math.floor(random() * 3))}${pick(SCALARS)}`);
      else if (kind < 0.35) lines.push(`${spaces(jitter(content))}# not a comment`);
      else lines.push(`${spaces(i === 0 ? content : jitter(content))}${pick(SCALARS)}`);
    }
    while (chance(0.3)) lines.push(spaces(Math.floor(random() * (content + 2))));
  };
  const value = (indent: number, depth: number): void => {
    const kind = random();
    if (depth > 4 || kind < 0.45) {
      const text = scalarText(indent);
      lines[lines.length - 1] += ` ${text}${text.startsWith("'") || text.startsWith('"') || /^[[{]/.test(text) ? '' : plainContinuation(indent)}${comment()}`;
      for (const extra of lines.pop()!.split('\n')) lines.push(extra);
      return;
    }
    if (kind < 0.55) return blockScalar(indent);
    if (kind < 0.62) {
      lines[lines.length - 1] += comment();
      return;
    }
    lines[lines.length - 1] += comment();
    trivia(indent);
    const inner = chance(0.15) ? indent : indent + 1 + Math.floor(random() * 4);
    if (chance(0.45)) return sequence(jitter(inner), depth + 1);
    if (inner === indent) return;
    mapping(inner, depth + 1);
  };
  const mapping = (indent: number, depth: number, first?: string): void => {
    const count = 1 + Math.floor(random() * 4);
    for (let i = 0; i < count; i++) {
      const key = (tame ? pick(KEYS.slice(0, 19)) : pick(KEYS)) + (chance(0.05) ? ' ' : '');
      if (i === 0 && first !== undefined) lines[lines.length - 1] = `${first}${key}:`;
      else lines.push(`${spaces(i === 0 ? indent : jitter(indent))}${key}:`);
      value(indent, depth);
      trivia(indent);
    }
  };
  const sequence = (indent: number, depth: number): void => {
    const count = 1 + Math.floor(random() * 4);
    for (let i = 0; i < count; i++) {
      const dash = `${spaces(i === 0 ? indent : jitter(indent))}-${pick([' ', ' ', '  ', ''])}`;
      const kind = random();
      if (kind < 0.4) {
        lines.push(dash.trimEnd() === dash ? `${dash} ` : dash);
        mapping(dash.length, depth + 1, lines[lines.length - 1]);
      } else if (kind < 0.5) {
        lines.push(dash.trimEnd());
        trivia(indent);
        mapping(indent + 1 + Math.floor(random() * 3), depth + 1);
      } else {
        lines.push(dash.trimEnd());
        value(indent, depth + 1);
      }
      trivia(indent);
    }
  };
  trivia(0);
  if (chance(0.1)) lines.push('---');
  lines.push('');
  mapping(0, 0, '');
  trivia(0);
  const text = lines.join('\n');
  return chance(0.8) ? `${text}\n` : text;
}

const INSERTED = ['---', '...', '--- x', '- x', '-', 'k: v', 'k:', '? x', ': x', '&a x', '*a', '!t x', '%YAML 1.2', '"q', "'q'", '[x, y]', '{ k: v }', '|', '> x', '# c', 'k: "a\\tb"', 'k: |-'];

/** `text` with a few lines changed: indentation moved, comments and blank lines put in, a line dropped or doubled. */
export function mutatedYaml(text: string, random: () => number): string {
  const lines = text.split('\n');
  const edits = 1 + Math.floor(random() * 3);
  for (let e = 0; e < edits; e++) {
    const at = Math.floor(random() * lines.length);
    const line = lines[at] ?? '';
    const kind = Math.floor(random() * 10);
    const indent = line.length - line.trimStart().length;
    if (kind === 0) lines[at] = ' '.repeat(Math.max(0, indent + (random() < 0.5 ? -1 : 1))) + line.trimStart();
    else if (kind === 1) lines.splice(at, 0, `${' '.repeat(Math.floor(random() * (indent + 4)))}# inserted`);
    else if (kind === 2) lines.splice(at, 0, ' '.repeat(Math.floor(random() * 6)));
    else if (kind === 3) lines.splice(at, 1);
    else if (kind === 4) lines.splice(at, 0, line);
    else if (kind === 5) lines[at] = `${line} # end`;
    else if (kind === 6) lines[at] = line.replace(': ', ':');
    else if (kind === 7) lines[at] = line.replace(/\S+$/, (word) => (random() < 0.5 ? `'${word}'` : `"${word}"`));
    else if (kind === 8) lines.splice(at, 0, `${' '.repeat(Math.floor(random() * (indent + 3)))}${INSERTED[Math.floor(random() * INSERTED.length)]}`);
    else lines.splice(at, 2, `${line} ${(lines[at + 1] ?? '').trimStart()}`);
  }
  return lines.join('\n');
}
