#!/usr/bin/env node
// Token efficiency as a precision filter beside Shannon entropy (docs/decisions/0005-token-efficiency.md).
// A BPE tokenizer needs few tokens for words, identifiers and code, many for random characters: the
// filter keeps a candidate secret only when it needs at least a share of a token per character. This
// measures, on deterministic corpora of our own, what that buys over entropy alone for the values the
// context rules (generic-api-key, generic-password) capture: the false-alarm rate on values that are
// not secrets, the recall on values that are, the tokenizer's speed and the size of its data.
// It needs the tokenizer, which the project does not ship (see the decision):
//   npm install --no-save js-tiktoken@1.0.21 && node bench/token-efficiency.bench.mjs
// Benchmarks measure; they never assert. Nothing is written into the repository.
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const require = createRequire(import.meta.url);
let tokenizer;
let ranksFile;
try {
  const { Tiktoken } = require('js-tiktoken/lite');
  ranksFile = require.resolve('js-tiktoken/ranks/cl100k_base');
  tokenizer = new Tiktoken(require('js-tiktoken/ranks/cl100k_base'));
} catch {
  process.stdout.write('js-tiktoken is not installed: npm install --no-save js-tiktoken@1.0.21, then run this again.\n');
  process.exit(0);
}

// ---- deterministic generators --------------------------------------------------------------
let state = 0x70c3e5;
function rand() {
  state = (state + 0x6d2b79f5) >>> 0;
  let t = state;
  t = Math.imul(t ^ (t >>> 15), t | 1);
  t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
  return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
}
const pick = (list) => list[Math.floor(rand() * list.length)];
const int = (lo, hi) => lo + Math.floor(rand() * (hi - lo + 1));
const chars = (alphabet, n) => Array.from({ length: n }, () => pick(alphabet)).join('');
const times = (n, make) => Array.from({ length: n }, make);

const LOWER = 'abcdefghijklmnopqrstuvwxyz';
const UPPER = LOWER.toUpperCase();
const DIGITS = '0123456789';
const BASE62 = `${DIGITS}${UPPER}${LOWER}`;
const SYMBOLS = '!@#$%^&*-_=+.?~';
const WORDS = (
  'account action active address admin agent alert alpha api app apply archive array asset async audit auth backup ' +
  'balance base batch beta billing blob branch bucket buffer build bundle cache callback canary cart catalog channel ' +
  'check client cloud cluster code column commit config connect consumer container content context cookie core cron ' +
  'customer dashboard data database debug default delete deploy device digest domain download draft driver edge email ' +
  'encode endpoint engine entity error event export feature feed field file filter flag format frame gateway global ' +
  'graph group handler header health history host hook image import index input insert instance invoice item job ' +
  'kernel label layer layout legacy level limit link list local lock login logger main manager mapper market master ' +
  'media member memory merge message meta metric mobile model module monitor mount network node notify object order ' +
  'origin output owner package page parser partner patch payment peer pipeline policy pool portal post preview price ' +
  'primary private process product profile project provider proxy public publish query queue quota range reader ' +
  'record redirect region registry release remote render replica report request resource response result retry ' +
  'review role route runner sample scheduler schema scope search secret section segment sender server service session ' +
  'setting shard shared signal signing source stage static status storage store stream string subject summary sync ' +
  'system table target task team template tenant test theme thread ticket timeout token topic trace tracker traffic ' +
  'transfer trigger update upload usage user value vault vendor version view volume webhook widget worker workflow zone'
).split(' ');
const SENTENCES = [
  'the quick brown fox jumps over the lazy dog',
  'please set this value in your environment before you deploy',
  'this configuration file is read once at start up',
  'rotate the credentials every ninety days and never commit them',
  'the service account needs read access to the bucket',
  'see the documentation for how to create an access key',
  'default settings are fine for local development',
  'contact the platform team if the build keeps failing',
];
const word = () => pick(WORDS);
const cap = (w) => w[0].toUpperCase() + w.slice(1);
const words = (n) => times(n, word);
const sha = (alg, text) => createHash(alg).update(text).digest('hex');
const b64 = (text) => Buffer.from(text).toString('base64');

// ---- corpora ------------------------------------------------------------------------------
// Values a context rule may capture that are not secrets (each kind of false alarm separately).
const NOT_SECRETS = {
  'identifiers (camel, snake, dotted, kebab)': times(400, () => {
    const w = words(int(2, 5));
    return pick([
      () => w[0] + w.slice(1).map(cap).join(''),
      () => w.map(cap).join(''),
      () => w.join('_'),
      () => w.join('_').toUpperCase(),
      () => w.join('.'),
      () => w.join('-'),
      () => `${w.join('_')}_${int(1, 99)}`,
    ])();
  }),
  'phrases without spaces': times(200, () => pick(SENTENCES).split(' ').slice(0, int(4, 9)).join(pick(['-', '_', '.', '']))),
  'minified code': times(200, () => {
    const v = () => chars(LOWER, 1);
    return pick([
      () => `${v()}.${word()}(${v()},${v()}).${word()}()`,
      () => `${v()}=${v()}.${word()}||{},${v()}=${v()}[${int(0, 9)}]`,
      () => `function(${v()},${v()}){return!${v()}.${word()}}`,
      () => `${word()}.${word()}.${word()}(${v()}=>${v()}.${word()})`,
      () => `${v()}&&${v()}.${word()}?${v()}:${v()}.${word()}`,
    ])();
  }),
  'paths and URLs': times(200, () =>
    pick([
      () => `/${words(int(2, 5)).join('/')}.${pick(['json', 'yaml', 'pem', 'txt', 'key'])}`,
      () => `https://${word()}.${word()}.com/${words(int(1, 3)).join('/')}`,
      () => `${word()}/${word()}:${int(1, 9)}.${int(0, 20)}.${int(0, 9)}`,
    ])(),
  ),
  'versions, dates, numbers': times(200, () =>
    pick([
      () => `${int(1, 9)}.${int(0, 40)}.${int(0, 99)}-${pick(['beta', 'rc', 'alpha'])}.${int(1, 9)}+build.${int(100, 99999)}`,
      () => `${int(2015, 2026)}-${String(int(1, 12)).padStart(2, '0')}-${String(int(1, 28)).padStart(2, '0')}T${String(int(0, 23)).padStart(2, '0')}:00:00Z`,
      () => chars(DIGITS, int(16, 24)),
    ])(),
  ),
  'base64 of text': times(200, () => b64(`${pick(SENTENCES)} ${word()}`)),
  'hashes (sha1, sha256, md5)': times(300, () => sha(pick(['sha1', 'sha256', 'md5']), `${word()}${int(0, 1e6)}`)),
  UUIDs: times(200, () => [8, 4, 4, 4, 12].map((n) => chars('0123456789abcdef', n)).join('-')),
};

// Secrets: random keys and tokens, generated passwords, and passwords people make.
const SECRETS = {
  'random base62 keys (16-64)': times(400, () => chars(BASE62, int(16, 64))),
  'random base64 keys (24-88)': times(300, () => Buffer.from(times(int(18, 66), () => int(0, 255))).toString('base64')),
  'random hex keys (32-64)': times(300, () => chars('0123456789abcdef', pick([32, 40, 48, 64]))),
  'generated passwords (12-24, all classes)': times(300, () => chars(`${BASE62}${SYMBOLS}`, int(12, 24))),
  'passwords people make (word + digits + symbol)': times(300, () =>
    pick([
      () => `${cap(word())}${int(1, 9999)}${pick(SYMBOLS.split(''))}`,
      () => `${cap(word())}${pick(SYMBOLS.split(''))}${cap(word())}${int(10, 99)}`,
      () => `${word()}${int(100, 999)}${cap(word())}`,
      () => `${cap(word())}_${cap(word())}_${int(2000, 2026)}!`,
    ])(),
  ),
};

// ---- measures -----------------------------------------------------------------------------
function entropy(s) {
  const counts = new Map();
  for (const c of s) counts.set(c, (counts.get(c) ?? 0) + 1);
  let h = 0;
  for (const n of counts.values()) h -= (n / s.length) * Math.log2(n / s.length);
  return h;
}
/** Tokens per character: near 0.25 for English words, near 0.5 or more for random characters. */
const tokensPerChar = (s) => tokenizer.encode(s).length / s.length;

const scored = (corpus) =>
  Object.fromEntries(Object.entries(corpus).map(([kind, values]) => [kind, values.map((v) => ({ v, h: entropy(v), t: tokensPerChar(v) }))]));
const notSecrets = scored(NOT_SECRETS);
const secrets = scored(SECRETS);
const all = (groups) => Object.values(groups).flat();

const FILTERS = [
  { name: 'entropy > 3.5 (generic-api-key today)', keep: (x) => x.h > 3.5 },
  { name: 'entropy > 3.0', keep: (x) => x.h > 3.0 },
  { name: 'entropy > 2.5 (generic-password today)', keep: (x) => x.h > 2.5 },
  ...[0.3, 0.35, 0.4, 0.45].flatMap((te) => [
    { name: `entropy > 3.0 and tokens/char >= ${te}`, keep: (x) => x.h > 3.0 && x.t >= te },
    { name: `entropy > 2.5 and tokens/char >= ${te}`, keep: (x) => x.h > 2.5 && x.t >= te },
  ]),
];

const pct = (n, d) => `${((100 * n) / d).toFixed(1)}%`;
function table(rows) {
  const widths = rows[0].map((_, i) => Math.max(...rows.map((r) => String(r[i]).length)));
  for (const [index, row] of rows.entries()) {
    process.stdout.write(`${row.map((cell, i) => String(cell).padEnd(widths[i])).join('  ').trimEnd()}\n`);
    if (index === 0) process.stdout.write(`${widths.map((w) => '-'.repeat(w)).join('  ')}\n`);
  }
}

process.stdout.write('\nFilters over all values (false alarms: non-secrets kept; recall: secrets kept)\n');
table([
  ['filter', 'false alarms', 'recall'],
  ...FILTERS.map((f) => [f.name, pct(all(notSecrets).filter(f.keep).length, all(notSecrets).length), pct(all(secrets).filter(f.keep).length, all(secrets).length)]),
]);

const shown = [FILTERS[0], FILTERS[1], FILTERS.find((f) => f.name === 'entropy > 3.0 and tokens/char >= 0.35'), FILTERS.find((f) => f.name === 'entropy > 2.5 and tokens/char >= 0.35')];
process.stdout.write('\nBy kind of value (share kept)\n');
table([
  ['kind', 'median tokens/char', ...shown.map((f) => f.name)],
  ...[...Object.entries(notSecrets).map(([k, xs]) => [`not a secret: ${k}`, xs]), ...Object.entries(secrets).map(([k, xs]) => [`secret: ${k}`, xs])].map(([kind, xs]) => [
    kind,
    [...xs.map((x) => x.t)].sort((a, b) => a - b)[Math.floor(xs.length / 2)].toFixed(2),
    ...shown.map((f) => pct(xs.filter(f.keep).length, xs.length)),
  ]),
]);

// Through the engine: each value assigned to secret-sounding settings in four file styles, scanned with
// the built-in rules (their own allowlists for identifiers, paths, code, UUIDs and hashes included);
// then the same findings with token efficiency applied to the context rules' (generic-*) secrets.
const ROOT = new URL('..', import.meta.url).pathname;
const outDir = mkdtempSync(join(tmpdir(), 'token-efficiency-bench-'));
let scanner;
try {
  execFileSync(join(ROOT, 'node_modules/.bin/ncc'), ['build', join(ROOT, 'packages/scanner/src/index.ts'), '-o', outDir, '--transpile-only', '--quiet'], { cwd: ROOT, stdio: 'inherit' });
  scanner = require(join(outDir, 'index.js'));
} finally {
  rmSync(outDir, { recursive: true, force: true });
}
const config = scanner.defaultConfig();
const SETTINGS = [
  (v) => ({ path: 'settings.py', text: `API_KEY = "${v}"\n` }),
  (v) => ({ path: '.env', text: `SERVICE_SECRET=${v}\n` }),
  (v) => ({ path: 'config.yaml', text: `database:\n  password: ${v}\n` }),
  (v) => ({ path: 'app.json', text: `{ "client_secret": "${v}" }\n` }),
];
/** The findings a value draws, each as [rule id, secret]. */
const findingsOf = (v) =>
  SETTINGS.flatMap((setting) => {
    const { path, text } = setting(v);
    return scanner.scanText(text, { config, path }).findings.map((f) => [f.RuleID, f.Secret]);
  });
const engineRows = (groups, threshold) =>
  Object.entries(groups).map(([kind, xs]) => {
    let flagged = 0;
    let flaggedTe = 0;
    for (const x of xs) {
      const found = findingsOf(x.v);
      if (found.length > 0) flagged++;
      if (found.some(([rule, secret]) => !rule.startsWith('generic') || tokensPerChar(secret) >= threshold)) flaggedTe++;
    }
    return [kind, xs.length, pct(flagged, xs.length), pct(flaggedTe, xs.length)];
  });
for (const threshold of [0.3, 0.35]) {
  process.stdout.write(`\nThrough the engine (built-in rules), a value counted once if any of 4 settings reports it; token efficiency >= ${threshold} on generic-* secrets\n`);
  const rows = [...engineRows(notSecrets, threshold).map((r) => [`not a secret: ${r[0]}`, ...r.slice(1)]), ...engineRows(secrets, threshold).map((r) => [`secret: ${r[0]}`, ...r.slice(1)])];
  table([['kind', 'values', 'reported today', 'reported with token efficiency'], ...rows]);
}

// Speed: tokenizing every candidate secret of the corpora, many times over.
const values = [...all(notSecrets), ...all(secrets)].map((x) => x.v);
const bytes = values.reduce((n, v) => n + v.length, 0);
const started = performance.now();
const rounds = 20;
for (let r = 0; r < rounds; r++) for (const v of values) tokenizer.encode(v);
const seconds = (performance.now() - started) / 1000;
process.stdout.write(
  `\nSpeed: ${((bytes * rounds) / 1e6 / seconds).toFixed(2)} MB/s of candidate secrets, ${Math.round((values.length * rounds) / seconds)} values/s` +
    ` (cl100k_base, js-tiktoken); ranks data ${(statSync(ranksFile).size / 1e6).toFixed(2)} MB\n`,
);
