// The `.sops.yaml` creation rule that applies to the bundle: its age recipients, and adding one.
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, relative, sep } from 'node:path';
import { ConfigurationError } from '@mcp-secrets/ports';
import { describeYamlError, parseBoundedDocument } from '@mcp-secrets/yaml-bounds';
import { isMap, isScalar, isSeq, LineCounter, YAMLSeq, type Document, type Node } from 'yaml';

export interface SopsConfig {
  /** Absolute path of the `.sops.yaml`. */
  path: string;
  text: string;
}

export interface CreationRuleMatch {
  /** 0-based position in creation_rules. */
  index: number;
  /** 1-based line of the rule, for messages. */
  line: number;
  /** path_regex (or filename_regex) of the rule; '' when the rule matches every file. */
  pattern: string;
  /** Age public keys of the rule (`age`, comma-separated or a list, plus `key_groups[].age`). */
  recipients: string[];
}

const CONFIG_NAMES = ['.sops.yaml', '.sops.yml'];

/** Looks for `.sops.yaml` from the bundle's folder up to the repository root (sops' own upward search). */
export function findSopsConfig(bundlePath: string, repoRoot: string): SopsConfig | undefined {
  let dir = dirname(bundlePath);
  for (;;) {
    for (const name of CONFIG_NAMES) {
      const path = join(dir, name);
      if (existsSync(path)) return { path, text: readFileSync(path, 'utf8') };
    }
    if (dir === repoRoot || dirname(dir) === dir) return undefined;
    dir = dirname(dir);
  }
}

function parseConfig(config: SopsConfig, display: string): { doc: Document; lines: LineCounter } {
  const lines = new LineCounter();
  const doc = parseBoundedDocument(config.text, { lineCounter: lines });
  if (doc.errors.length > 0) {
    const first = doc.errors[0];
    throw new ConfigurationError(describeYamlError(first), { file: display, line: first.linePos?.[0].line });
  }
  return { doc, lines };
}

function rulesOf(doc: Document, display: string): Node[] {
  const rules = doc.get('creation_rules', true);
  if (!isSeq(rules)) throw new ConfigurationError('has no creation_rules list', { file: display, hint: 'add a creation rule with path_regex and age recipients' });
  return rules.items as Node[];
}

function lineOf(node: Node, lines: LineCounter): number {
  return node.range ? lines.linePos(node.range[0]).line : 1;
}

function recipientsIn(value: unknown): string[] {
  if (isScalar(value)) return String(value.value ?? '').split(',').map((r) => r.trim()).filter((r) => r !== '');
  if (isSeq(value)) return value.items.flatMap(recipientsIn);
  return [];
}

/**
 * The first creation rule matching the bundle, as sops picks it: the path relative to the
 * config's folder, tested with path_regex (or the older filename_regex); a rule with neither matches all.
 */
export function matchCreationRule(config: SopsConfig, bundlePath: string, display: string): CreationRuleMatch {
  const { doc, lines } = parseConfig(config, display);
  const relativePath = relative(dirname(config.path), bundlePath).split(sep).join('/');
  const rules = rulesOf(doc, display);
  for (const [index, rule] of rules.entries()) {
    if (!isMap(rule)) continue;
    const line = lineOf(rule, lines);
    const pattern = String(rule.get('path_regex') ?? rule.get('filename_regex') ?? '');
    let regex: RegExp;
    try {
      regex = new RegExp(pattern);
    } catch {
      throw new ConfigurationError(`creation rule ${index + 1} has a path_regex that is not a valid regular expression`, { file: display, line });
    }
    if (!regex.test(relativePath)) continue;
    const groups = rule.get('key_groups', true);
    const groupRecipients = isSeq(groups) ? groups.items.flatMap((g) => (isMap(g) ? recipientsIn(g.get('age', true)) : [])) : [];
    const recipients = [...new Set([...recipientsIn(rule.get('age', true)), ...groupRecipients])];
    return { index, line, pattern, recipients };
  }
  throw new ConfigurationError(`no creation rule matches ${relativePath}`, { file: display, hint: 'add a rule whose path_regex matches the bundle' });
}

/**
 * The config text with one more age recipient in the matched rule: appended to `age` (keeping a
 * comma-separated string a string and a list a list), or to the first key group when the rule has one.
 * Comments and the other rules are kept.
 */
export function addRecipient(config: SopsConfig, ruleIndex: number, recipient: string, display: string): string {
  const { doc } = parseConfig(config, display);
  const rule = rulesOf(doc, display)[ruleIndex];
  if (!isMap(rule)) throw new ConfigurationError(`creation rule ${ruleIndex + 1} is not a map`, { file: display });
  const groups = rule.get('key_groups', true);
  const firstGroup = isSeq(groups) ? groups.items.find(isMap) : undefined;
  const holder = rule.has('age') || firstGroup === undefined ? rule : firstGroup;
  const age = holder.get('age', true);
  if (isSeq(age)) {
    age.add(doc.createNode(recipient));
  } else if (isScalar(age) && String(age.value ?? '').trim() !== '') {
    age.value = `${String(age.value).trim()},${recipient}`;
  } else {
    const list = new YAMLSeq();
    list.add(doc.createNode(recipient));
    holder.set('age', list);
  }
  return doc.toString({ lineWidth: 0 });
}
