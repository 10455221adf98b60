// The detection benchmark's corpus (bench/detection.bench.mjs bundles this with ncc): a
// deterministic tree of many file kinds with fake credentials of every built-in rule planted at
// known lines, and decoys no scanner should report, also at known lines.
//
// Planted secrets are the format-valid values of each rule's true-positive case generator (seeded
// differently from the tests), embedded in contexts of our own: a secret assigned to a setting
// keeps only that setting's name (written in the styles of each file kind) and goes into .env,
// YAML, Kubernetes, workflow, compose, JSON, TOML, INI, properties, XML, Dockerfile, shell,
// Terraform, source files of ten languages, Markdown, notebooks or a minified bundle. A secret
// whose case has no setting (a command line, a URL, a nested JSON key) keeps its case's line in a
// script or a document of ours; one whose context spans lines, or a file its rule is bound to
// (.pgpass, *.p12, .tfstate), keeps its case's text. Each planted secret says which it is.
import { BUILTIN_RULES } from '../packages/scanner/src/rules/builtin/index';
import { buildRuleCases, type TruePositive } from '../packages/scanner/src/rules/builtin/__fixtures__/cases';
import { FILE_KINDS, fits, Lines, Rand, renderFile, type FileKind, type Setting } from './detection-contexts';
import { decoyFiles, everydayDecoy, nearMisses, placeholders, sshPublicKey, type DecoyKind, type DecoyValue, type RuleProfile } from './detection-decoys';

/** How much of a planted secret's surroundings is ours. */
export type PlantContext = 'own' | 'case-line' | 'case-text' | 'case-file';

export interface PlantedSecret {
  ruleId: string;
  secret: string;
  file: string;
  /** 1-based lines the secret (or its case's text) spans. */
  line: number;
  endLine: number;
  context: PlantContext;
  /** Path-only rules report the file, not a secret. */
  pathOnly: boolean;
}

export interface PlantedDecoy {
  kind: DecoyKind;
  /** The decoy's text, when it is one value (not a whole line of a decoy file). */
  value?: string;
  /** The rule whose tokens the decoy imitates, when it was made from them. */
  ruleId?: string;
  file: string;
  line: number;
}

export interface CorpusFile {
  path: string;
  text: string;
  kind: string;
}

export interface DetectionCorpus {
  files: CorpusFile[];
  planted: PlantedSecret[];
  decoys: PlantedDecoy[];
}

/** Mixed into the seed: the corpus's secrets are never the values the rule tests check. */
const CASES_SEED = 0x0de7ec7;
const EVERYDAY_DECOYS = 1500;
const KEY_BEFORE_VALUE = /(?:^|[\s{,;([])["']?([A-Za-z_$@][\w.$@-]*)["']?\s*(?:=|:=|=>|:)\s*["'`]?$/;

type Plan =
  | { how: 'assign'; ruleId: string; key: string; secret: string; keywords: string[] }
  | { how: 'line'; ruleId: string; line: string; secret: string }
  | { how: 'text'; ruleId: string; text: string; secret: string }
  | { how: 'pem'; ruleId: string; secret: string }
  | { how: 'file'; ruleId: string; text: string; path: string; secret: string };

/** How a true-positive case's secret is planted (see the file comment). */
function planOf(ruleId: string, tp: TruePositive, keywords: string[]): Plan {
  const { secret, text } = tp;
  if (tp.path !== undefined) return { how: 'file', ruleId, text, path: tp.path, secret };
  if (secret === '' || !text.includes(secret)) return { how: 'text', ruleId, text, secret };
  if (/[\r\n]/.test(secret)) return /^-----BEGIN [A-Z ]+-----/.test(secret) ? { how: 'pem', ruleId, secret } : { how: 'text', ruleId, text, secret };
  const line = text.split(/\r?\n/).find((l) => l.includes(secret)) as string;
  const before = line.slice(0, line.indexOf(secret));
  const key = KEY_BEFORE_VALUE.exec(before)?.[1];
  const has = (s: string): boolean => keywords.some((k) => s.toLowerCase().includes(k));
  if (key !== undefined && (has(secret) || has(key))) return { how: 'assign', ruleId, key, secret, keywords };
  if (has(line) || has(secret)) return { how: 'line', ruleId, line, secret };
  return { how: 'text', ruleId, text, secret };
}

interface Placed {
  setting: Setting;
  planted?: Omit<PlantedSecret, 'file' | 'line' | 'endLine'>;
  decoy?: Omit<PlantedDecoy, 'file' | 'line'>;
}

export function buildDetectionCorpus(seed = 20261212): DetectionCorpus {
  const r = new Rand(seed);
  const corpus: DetectionCorpus = { files: [], planted: [], decoys: [] };
  const paths = new Set<string>();
  const addFile = (path: string, text: string, kind: string): string => {
    let unique = path;
    for (let i = 2; paths.has(unique); i++) unique = `v${i}/${path}`;
    paths.add(unique);
    corpus.files.push({ path: unique, text, kind });
    return unique;
  };

  const keywordsOf = new Map(BUILTIN_RULES.map((rule) => [rule.id, (rule.keywords ?? []).map((k) => k.toLowerCase())]));
  const plans = buildRuleCases((CASES_SEED ^ seed) >>> 0).flatMap((c) => c.truePositives.map((tp) => planOf(c.ruleId, tp, keywordsOf.get(c.ruleId) ?? [])));

  // Settings to place: planted secrets, then decoys made from each rule's secrets, then everyday decoys.
  let nextId = 0;
  const placed: Placed[] = [];
  for (const p of plans) {
    if (p.how !== 'assign') continue;
    placed.push({ setting: { id: nextId++, key: p.key, value: p.secret, keep: p.keywords }, planted: { ruleId: p.ruleId, secret: p.secret, context: 'own', pathOnly: false } });
  }
  const decoy = (d: DecoyValue, ruleId?: string, keep?: readonly string[]): void =>
    void placed.push({ setting: { id: nextId++, key: d.key, value: d.value, keep }, decoy: { kind: d.kind, value: d.value, ...(ruleId !== undefined && { ruleId }) } });
  for (const rule of BUILTIN_RULES) {
    const own = plans.filter((p) => p.ruleId === rule.id);
    const profile: RuleProfile = {
      ruleId: rule.id,
      key: own.find((p): p is Extract<Plan, { how: 'assign' }> => p.how === 'assign')?.key,
      keywords: keywordsOf.get(rule.id) ?? [],
      secrets: own.map((p) => p.secret).filter((s) => s !== '' && !/[\r\n]/.test(s)),
    };
    for (const d of placeholders(profile, r)) decoy(d, rule.id, profile.keywords);
    for (const d of nearMisses(profile, r)) decoy(d, rule.id);
  }
  for (let i = 0; i < EVERYDAY_DECOYS; i++) decoy(everydayDecoy(r));

  // Each setting goes to a file kind that can hold its value verbatim, the kinds taken in turn.
  const buckets = new Map<FileKind, { planted: Placed[]; decoys: Placed[] }>(FILE_KINDS.map((k) => [k, { planted: [], decoys: [] }]));
  placed.forEach((p, i) => {
    const start = (i * 7 + r.int(FILE_KINDS.length)) % FILE_KINDS.length;
    for (let k = 0; k < FILE_KINDS.length; k++) {
      const kind = FILE_KINDS[(start + k) % FILE_KINDS.length] as FileKind;
      if (!fits(kind, p.setting.value) || !fits(kind, p.setting.key)) continue;
      buckets.get(kind)?.[p.planted ? 'planted' : 'decoys'].push(p);
      return;
    }
  });
  let fileNo = 0;
  for (const [kind, bucket] of buckets) {
    while (bucket.planted.length > 0 || bucket.decoys.length > 0) {
      const group = [...bucket.planted.splice(0, 1 + r.int(3)), ...bucket.decoys.splice(0, 1 + r.int(3))];
      const rendered = renderFile(kind, group.map((g) => g.setting), r, fileNo++);
      const file = addFile(rendered.path, rendered.text, kind);
      for (const g of group) {
        const line = rendered.lines.get(g.setting.id) as number;
        if (g.planted) corpus.planted.push({ ...g.planted, file, line, endLine: line });
        if (g.decoy) corpus.decoys.push({ ...g.decoy, file, line });
      }
    }
  }

  plantCaseLines(plans.filter((p): p is Extract<Plan, { how: 'line' }> => p.how === 'line'), r, corpus, addFile);
  for (const [i, p] of plans.entries()) {
    if (p.how === 'pem') plantPem(p, r, i, corpus, addFile);
    if (p.how === 'text') plantText(p, i, corpus, addFile);
    if (p.how === 'file') {
      const lines = p.text.split('\n').length;
      const file = addFile(`repo${i}/${p.path}`, p.text, 'case-file');
      corpus.planted.push({ ruleId: p.ruleId, secret: p.secret, file, line: 1, endLine: lines, context: 'case-file', pathOnly: p.secret === '' });
    }
  }
  for (let n = 0; n < 8; n++) {
    for (const f of decoyFiles(r, n)) {
      const file = addFile(f.path, f.text, 'decoy-file');
      for (const d of f.decoys) corpus.decoys.push({ kind: d.kind, file, line: d.line });
    }
  }
  return corpus;
}

type AddFile = (path: string, text: string, kind: string) => string;

const COMMANDS = /^\s*(?:- run: )?(?:curl|wget|git|docker|npm|npx|yarn|pip|aws|gcloud|az|kubectl|helm|oc|ngrok|dotnet|mvn|gradle|psql|mysql|mongo\w*|redis-cli|htpasswd|http|echo|export|sshpass|heroku|vercel|netlify|terraform|vault|op|gh|glab|twine|gem|cargo|composer|sentry-cli|snyk|sonar-scanner|fly|doctl|\w+=\S+ )/;

/** Secrets whose case line is kept: commands in shell scripts, anything else in a document's code block. */
function plantCaseLines(lines: Array<Extract<Plan, { how: 'line' }>>, r: Rand, corpus: DetectionCorpus, addFile: AddFile): void {
  const scripts = lines.filter((p) => COMMANDS.test(p.line));
  const snippets = lines.filter((p) => !COMMANDS.test(p.line));
  for (let i = 0; i < scripts.length; i += 3) {
    const out = new Lines().add('#!/usr/bin/env bash', '# release helper', 'set -euo pipefail');
    const group = scripts.slice(i, i + 3);
    const at: number[] = [];
    for (const p of group) {
      out.add(`echo "step ${at.length + 1}"`);
      out.add(p.line.replace(/^\s*- run: /, ''));
      at.push(out.lines.length);
    }
    const file = addFile(`tools/release-${i / 3}.sh`, `${out.lines.join('\n')}\n`, 'shell');
    group.forEach((p, k) => corpus.planted.push({ ruleId: p.ruleId, secret: p.secret, file, line: at[k] as number, endLine: at[k] as number, context: 'case-line', pathOnly: false }));
  }
  for (let i = 0; i < snippets.length; i += 3) {
    const out = new Lines().add(`# Integration notes ${i / 3}`, '', 'How the services talk to their providers, as configured today.');
    const group = snippets.slice(i, i + 3);
    const at: number[] = [];
    for (const p of group) {
      out.add('', r.pick(['Example:', 'The client is set up like this:', 'From the config:']), '', '```');
      out.add(p.line);
      at.push(out.lines.length);
      out.add('```');
    }
    const file = addFile(`docs/integrations/notes-${i / 3}.md`, `${out.lines.join('\n')}\n`, 'markdown');
    group.forEach((p, k) => corpus.planted.push({ ruleId: p.ruleId, secret: p.secret, file, line: at[k] as number, endLine: at[k] as number, context: 'case-line', pathOnly: false }));
  }
}

/** A private key: in a key file, a shell heredoc, a JavaScript template literal or a Python string. */
function plantPem(p: Extract<Plan, { how: 'pem' }>, r: Rand, i: number, corpus: DetectionCorpus, addFile: AddFile): void {
  const lines = p.secret.split('\n');
  const place = (path: string, before: string[], after: string[], kind: string): void => {
    const file = addFile(path, `${[...before, ...lines, ...after].join('\n')}\n`, kind);
    corpus.planted.push({ ruleId: p.ruleId, secret: p.secret, file, line: before.length + 1, endLine: before.length + lines.length, context: 'own', pathOnly: false });
  };
  const form = r.int(4);
  if (form === 0) place(`keys/deploy-${i}.pem`, [], [], 'pem');
  else if (form === 1) place(`scripts/install-key-${i}.sh`, ['#!/bin/sh', `echo '${sshPublicKey(r)}' >> ~/.ssh/authorized_keys`, "cat > ~/.ssh/id_deploy <<'EOF'"], ['EOF', 'chmod 600 ~/.ssh/id_deploy'], 'shell');
  else if (form === 2) place(`src/keys/signer-${i}.js`, ["'use strict';", 'const signingKey = `'], ['`;', 'module.exports = { signingKey };'], 'javascript');
  else place(`tests/fixtures/keys_${i}.py`, ['# fixture for the signing tests', 'PRIVATE_KEY = """'], ['"""'], 'python');
}

/** A secret whose case text is needed whole: YAML documents as files of their own, the rest in a document. */
function plantText(p: Extract<Plan, { how: 'text' }>, i: number, corpus: DetectionCorpus, addFile: AddFile): void {
  const yaml = /^(?:apiVersion:|[\w.-]+:\s*(?:\||$))/m.test(p.text) && !p.text.includes('```');
  const before = yaml ? [] : [`# Snippet ${i}`, '', 'Kept from the setup notes:', '', '```'];
  const body = p.text.replace(/\n$/, '').split('\n');
  const file = addFile(yaml ? `deploy/manifests/item-${i}.yaml` : `docs/snippets/snippet-${i}.md`, `${[...before, ...body, ...(yaml ? [] : ['```'])].join('\n')}\n`, yaml ? 'yaml' : 'markdown');
  corpus.planted.push({ ruleId: p.ruleId, secret: p.secret, file, line: before.length + 1, endLine: before.length + body.length, context: 'case-text', pathOnly: p.secret === '' });
}
