// The built-in rules as a contract with gitleaks users and with docs/rules.md:
// - docs/rules.md is generated from BUILTIN_RULES and must match them. After changing a rule,
//   regenerate it with `npm run docs` (which runs this file with UPDATE_DOCS=1), or
//   `UPDATE_DOCS=1 npx jest test/contract/builtin-rules.test.ts`.
// - A rule that names its gitleaks equivalent has gitleaks' id, so `.gitleaksignore` fingerprints,
//   rule-id allowlists and `disabledRules` written for gitleaks keep working.
// - With ../shared present: every rule id of gitleaks' default configuration is a built-in rule id.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'smol-toml';
import { BUILTIN_RULES } from '@mcp-secrets/scanner';
import { REPO_ROOT } from '../helpers/runner';
import { describeWithShared } from '../support/shared-fixtures';

const DOC = join(REPO_ROOT, 'docs', 'rules.md');

interface DocumentedRule {
  id: string;
  description?: string;
  equivalents?: { gitleaks?: string; betterleaks?: string };
}

/** Text made inert in a Markdown table cell. */
function cell(text: string): string {
  return text
    .replace(/\s*\r?\n\s*/g, ' ')
    .replace(/[\\`*_[\]|]/g, (c) => `\\${c}`)
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;');
}

const code = (id: string | undefined): string => (id === undefined ? '' : `\`${id}\``);

/** docs/rules.md as the rules say it should be. */
export function renderRulesDoc(rules: readonly DocumentedRule[]): string {
  const sorted = [...rules].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const gitleaks = rules.filter((r) => r.equivalents?.gitleaks !== undefined).length;
  const betterleaks = rules.filter((r) => r.equivalents?.betterleaks !== undefined).length;
  return [
    '# Built-in rules',
    '',
    '<!-- Generated from packages/scanner/src/rules/builtin by test/contract/builtin-rules.test.ts: do not edit.',
    '     After changing a rule, run `npm run docs` (or `UPDATE_DOCS=1 npx jest test/contract/builtin-rules.test.ts`). -->',
    '',
    `The rules \`mcp-secrets audit\` uses when no configuration replaces them, and the rules \`[extend] useDefault = true\``,
    `extends: ${rules.length} rules, each written from its provider's public token format.`,
    '',
    `- **gitleaks**: ${gitleaks} rules detect a token kind of gitleaks' default configuration and carry gitleaks' rule id,`,
    "  so a `.gitleaksignore` (fingerprints are `file:rule:line`), rule-id allowlists (`targetRules`) and `[extend] disabledRules`",
    '  written for gitleaks keep working. Every rule id of gitleaks 8.30\'s default configuration is a built-in rule id.',
    `- **Betterleaks**: ${betterleaks} rules name the Betterleaks rule that detects the same kind.`,
    '- The other rules cover providers gitleaks does not (AI providers, clouds, CI/CD, databases, observability, payments,',
    '  messaging, package registries, identity providers, developer platforms) and secrets found by their setting or file.',
    '',
    'Disable a rule with `[extend] disabledRules = ["<id>"]` in a configuration that has `useDefault = true`.',
    '',
    '| Rule id | What it matches | gitleaks | Betterleaks |',
    '|---|---|---|---|',
    ...sorted.map((r) => `| ${code(r.id)} | ${cell(r.description ?? '')} | ${code(r.equivalents?.gitleaks)} | ${code(r.equivalents?.betterleaks)} |`),
    '',
  ].join('\n');
}

describe('docs/rules.md', () => {
  test('lists every built-in rule with what it matches and its gitleaks and Betterleaks equivalents', () => {
    const expected = renderRulesDoc(BUILTIN_RULES);
    if (process.env.UPDATE_DOCS === '1') writeFileSync(DOC, expected);
    const actual = existsSync(DOC) ? readFileSync(DOC, 'utf8') : '';
    // A failure here means the rules changed since the document was generated: run `npm run docs`.
    const shown = new Set(actual.split('\n'));
    const changed = expected.split('\n').filter((line) => !shown.has(line)).map((line) => line.split(' | ')[0]);
    expect(actual === expected ? 'up to date' : `stale (${changed.slice(0, 5).join(', ')}${changed.length > 5 ? ', ...' : ''}): run \`npm run docs\``).toBe('up to date');
  });
});

describe('gitleaks equivalents', () => {
  test('a rule that names its gitleaks equivalent has that id', () => {
    const mismatched = BUILTIN_RULES.filter((r) => r.equivalents?.gitleaks !== undefined && r.equivalents.gitleaks !== r.id).map((r) => r.id);
    expect(mismatched).toEqual([]);
  });
});

describeWithShared(['fixtures', 'gitleaks', 'gitleaks-default.toml'], "gitleaks' default configuration", (file) => {
  const defaults = ((parse(readFileSync(file, 'utf8')) as { rules?: Array<{ id?: unknown }> }).rules ?? []).map((r) => String(r.id));
  const ours = new Map(BUILTIN_RULES.map((r) => [r.id, r]));

  test('every rule id of it is the id of a built-in rule', () => {
    expect(defaults.length).toBeGreaterThan(200);
    expect(defaults.filter((id) => !ours.has(id))).toEqual([]);
  });

  test('those built-in rules say so (equivalents.gitleaks), and no other rule claims a gitleaks id it does not have', () => {
    expect(defaults.filter((id) => ours.get(id)?.equivalents?.gitleaks !== id)).toEqual([]);
    const known = new Set(defaults);
    expect(BUILTIN_RULES.filter((r) => r.equivalents?.gitleaks !== undefined && !known.has(r.equivalents.gitleaks)).map((r) => r.id)).toEqual([]);
  });
});
