import { relative, isAbsolute } from 'node:path';
import { ConfigurationError } from '@mcp-secrets/ports';
import { compileConfig, loadConfig } from '@mcp-secrets/scanner';
import { parse } from 'smol-toml';
import { Findings, evidence } from '../findings';
import type { Check, CheckContext, Evidence } from '../types';

interface OwnRule {
  id: string;
  hasPattern: boolean;
  line: number | null;
}

export const gitleaksConfig: Check = {
  id: 'gitleaks-config',
  title: 'The gitleaks configuration loads and every rule compiles',
  rationale: 'A broken or empty configuration makes the audit pass without scanning for anything.',
  remediation:
    'Fix `config/gitleaks.toml`: valid TOML, `[extend]` with either `useDefault = true` or a `path` (not both), every `[[rules]]` with a unique `id` and a `regex` or `path` in RE2 syntax.',
  severity: 'high',
  async run(ctx) {
    const path = ctx.options.gitleaksConfigPath;
    const text = ctx.files.readText(path);
    if (text === undefined) return { status: 'fail', details: `${path} is missing`, evidence: [] };
    let table: Record<string, unknown>;
    try {
      table = parse(text) as Record<string, unknown>;
    } catch (error) {
      const line = (error as { line?: number }).line ?? null;
      return { status: 'fail', details: `${path} is not valid TOML: ${(error as Error).message.split('\n')[0]}`, evidence: [evidence(path, line)] };
    }
    const findings = new Findings();
    const extendLine = headerLine(text, /^\s*\[\s*extend\s*\]/);
    const extend = isTable(table.extend) ? table.extend : undefined;
    const useDefault = extend?.useDefault === true;
    if (useDefault && typeof extend?.path === 'string' && extend.path !== '') {
      findings.fail('`[extend]` sets both `useDefault` and `path` (gitleaks uses only `useDefault`)', evidence(path, extendLine));
    }
    const own = ownRules(table, text);
    const seen = new Map<string, OwnRule>();
    for (const rule of own) {
      if (rule.id === '') findings.fail(`a rule at line ${rule.line} has no \`id\``, evidence(path, rule.line));
      else if (seen.has(rule.id)) findings.fail(`duplicate rule id \`${rule.id}\` (first at line ${seen.get(rule.id)?.line})`, evidence(path, rule.line));
      else seen.set(rule.id, rule);
    }
    const compiled = findings.failed ? undefined : compileWithAuditEngine(ctx, path, text, own, findings);
    if (own.length === 0 && !useDefault && extend?.path === undefined) {
      findings.warn(`${path} has no rules and does not extend the defaults (\`[extend] useDefault = true\`)`, evidence(path));
    }
    const extended = useDefault || extend?.path !== undefined ? ` (${own.length} own, the rest extended)` : '';
    return findings.result(`${path} loads and its ${compiled ?? 0} rule(s)${extended} compile with the audit engine`, [evidence(path)]);
  },
};

/** The audit's own loader and compiler, so "compiles" here means the audit will accept it; the rule count when it does. */
function compileWithAuditEngine(ctx: CheckContext, path: string, text: string, own: OwnRule[], findings: Findings): number | undefined {
  try {
    const config = loadConfig({ text, path, baseDir: ctx.root, root: ctx.root });
    const merged = new Set(config.rules.map((rule) => rule.id));
    for (const rule of own) {
      if (!rule.hasPattern && !merged.has(rule.id)) {
        findings.fail(`rule \`${rule.id}\` has neither \`regex\` nor \`path\` and extends no rule`, evidence(path, rule.line));
      }
    }
    return compileConfig(config).rules.length;
  } catch (error) {
    if (!(error instanceof ConfigurationError)) throw error;
    const where: Evidence[] = error.file !== undefined ? [evidence(repoRelative(ctx.root, error.file), error.line ?? null)] : [evidence(path)];
    // The engine names files absolutely; the report speaks in repository paths.
    findings.fail(error.message.split(`${ctx.root}/`).join(''), ...where);
    return undefined;
  }
}

function ownRules(table: Record<string, unknown>, text: string): OwnRule[] {
  const rules = Array.isArray(table.rules) ? table.rules : [];
  const lines = text.split('\n').flatMap((line, index) => (/^\s*\[\[\s*rules\s*\]\]/.test(line) ? [index + 1] : []));
  return rules.map((rule: unknown, index) => {
    const fields = isTable(rule) ? rule : {};
    const id = typeof fields.id === 'string' ? fields.id.trim() : '';
    const hasPattern = (typeof fields.regex === 'string' && fields.regex !== '') || (typeof fields.path === 'string' && fields.path !== '');
    return { id, hasPattern, line: lines[index] ?? null };
  });
}

function headerLine(text: string, header: RegExp): number | null {
  const index = text.split('\n').findIndex((line) => header.test(line));
  return index < 0 ? null : index + 1;
}

function isTable(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function repoRelative(root: string, file: string): string {
  return isAbsolute(file) ? relative(root, file) : file;
}
