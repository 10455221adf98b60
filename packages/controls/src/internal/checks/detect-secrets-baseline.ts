import { isMap, isScalar, isSeq } from 'yaml';
import type { Node } from 'yaml';
import { Findings, evidence } from '../findings';
import type { Check, Evidence } from '../types';
import { itemsOf, pairOf, parseWithPositions, valueOf } from '../yaml-positions';

const TOP_LEVEL_KEYS = ['version', 'plugins_used', 'filters_used', 'results', 'generated_at'] as const;
const HASHED_SECRET = /^[0-9a-f]{40}$/;

export const detectSecretsBaseline: Check = {
  id: 'detect-secrets-baseline',
  title: 'detect-secrets baseline is valid and fully audited',
  rationale:
    'The baseline records every known secret-like string; an entry never audited is a possible secret nobody looked at.',
  remediation:
    'Generate it with `detect-secrets scan > config/detect-secrets.baseline`, then run `detect-secrets audit config/detect-secrets.baseline` until every entry has `is_secret`.',
  severity: 'medium',
  async run(ctx) {
    const path = ctx.options.baselinePath;
    const text = ctx.files.readText(path);
    if (text === undefined) return { status: 'fail', details: `${path} is missing`, evidence: [] };
    try {
      JSON.parse(text);
    } catch (error) {
      return { status: 'fail', details: `${path} is not valid JSON: ${(error as Error).message}`, evidence: [evidence(path)] };
    }
    const { doc, lineOf } = parseWithPositions(text);
    const findings = new Findings();
    const rootNode = doc.contents;
    if (!isMap(rootNode)) return { status: 'fail', details: `${path} is not a JSON object`, evidence: [evidence(path, 1)] };
    for (const key of TOP_LEVEL_KEYS) {
      if (pairOf(rootNode, key) === undefined) findings.fail(`\`${key}\` is missing`, evidence(path, 1));
    }
    for (const key of ['plugins_used', 'filters_used'] as const) {
      const value = valueOf(rootNode, key);
      if (value !== undefined && !isSeq(value)) {
        findings.fail(`\`${key}\` is not a list`, evidence(path, lineOf(value)));
      }
    }
    const results = valueOf(rootNode, 'results');
    let unaudited = 0;
    const unauditedEvidence: Evidence[] = [];
    if (results !== undefined && !isMap(results)) findings.fail('`results` is not an object', evidence(path, lineOf(results)));
    if (isMap(results)) {
      for (const pair of results.items) {
        const file = isScalar(pair.key) ? String(pair.key.value) : '?';
        const entries = pair.value as Node | null;
        if (!isSeq(entries)) {
          findings.fail(`results for ${file} is not a list`, evidence(path, lineOf(pair.key)));
          continue;
        }
        for (const entry of itemsOf(entries)) {
          const problem = entryProblem(entry);
          if (problem !== undefined) findings.fail(`results entry for ${file}: ${problem}`, evidence(path, lineOf(entry)));
          else if (pairOf(entry, 'is_secret') === undefined) {
            unaudited += 1;
            unauditedEvidence.push(evidence(path, lineOf(entry)));
          }
        }
      }
    }
    if (unaudited > 0) findings.warn(`${unaudited === 1 ? '1 entry' : `${unaudited} entries`} not audited yet (no \`is_secret\`)`, ...unauditedEvidence);
    return findings.result(`${path} is a valid baseline with every entry audited`, [evidence(path)]);
  },
};

/** What is wrong with one results entry, or undefined when it has every field with the right type. */
function entryProblem(entry: Node): string | undefined {
  if (!isMap(entry)) return 'not an object';
  const scalar = (key: string): unknown => {
    const node = valueOf(entry, key);
    return isScalar(node) ? node.value : undefined;
  };
  if (typeof scalar('type') !== 'string') return '`type` missing or not a string';
  if (typeof scalar('filename') !== 'string') return '`filename` missing or not a string';
  const hashed = scalar('hashed_secret');
  if (typeof hashed !== 'string' || !HASHED_SECRET.test(hashed)) return '`hashed_secret` is not 40 hex characters';
  const line = scalar('line_number');
  if (typeof line !== 'number' || !Number.isInteger(line)) return '`line_number` missing or not an integer';
  if (typeof scalar('is_verified') !== 'boolean') return '`is_verified` missing or not a boolean';
  return undefined;
}
