// The deterministic mixed-source corpus the audit benchmarks scan: .js/.json/.md files of generated code
// and prose with fake secrets planted at known lines. Generated once per set of parameters under
// bench/out/ and reused while the parameters match (the marker file records them and the planted list).
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { crc32 } from 'node:zlib';
import { OUT } from './lib.mjs';

/** mulberry32, as the tests use: the corpus is the same on every machine. */
export function prng(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const WORDS = ['alpha', 'bravo', 'count', 'delta', 'entry', 'field', 'group', 'handle', 'index', 'join', 'label', 'merge', 'node', 'order',
  'parse', 'queue', 'range', 'state', 'table', 'update', 'value', 'width', 'yield', 'zone', 'render', 'fetch', 'filter', 'reduce'];
const UPPER32 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567';
const ALNUM = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';
const BASE64 = `${ALNUM}+/`;

const BASE62 = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz';

function base62(n, width) {
  let out = '';
  for (let v = n; v > 0; v = Math.floor(v / 62)) out = BASE62[v % 62] + out;
  return out.padStart(width, '0');
}

/** Kinds of fake secret the corpus can plant; each is known to our built-in rules and to secretlint's preset. */
export const SECRET_KINDS = ['aws', 'slack', 'github', 'private-key'];

/**
 * Lines that plant one fake secret of `kind` in file number `f`. Prefixes are split so this file
 * itself holds no token-shaped literal. The first line is where a finding is expected.
 */
function plantedLines(kind, f, chars) {
  switch (kind) {
    case 'aws':
      return [`  const client${f} = connect("${['AK', 'IA'].join('')}${chars(UPPER32, 16)}");`];
    case 'slack':
      return [`  const client${f} = connect("${['xo', 'xb-'].join('')}${chars('0123456789', 11)}-${chars('0123456789', 12)}-${chars(ALNUM, 24)}");`];
    case 'github': {
      // GitHub's format: 30 random characters, then their CRC32 in base62 (6 characters), which
      // our rule checks: a token without it is a lookalike, not a planted secret.
      const body = chars(ALNUM, 30);
      return [`  const client${f} = connect("${['gh', 'p_'].join('')}${body}${base62(crc32(Buffer.from(body)), 6)}");`];
    }
    case 'private-key': {
      const label = ['RSA PRIVATE', 'KEY-----'].join(' ');
      // DER starts with a SEQUENCE ("MII..."): secretlint skips bodies that do not look like a real key.
      const body = Array.from({ length: 12 }, (_, i) => (i === 0 ? `MIIEpAIBAAKCAQEA${chars(BASE64, 48)}` : chars(BASE64, 64)));
      return [`  const key${f} = \`-----BEGIN ${label}`, ...body, `-----END ${label}\`;`];
    }
    default:
      throw new Error(`bench/corpus.mjs: unknown secret kind "${kind}"; use one of ${SECRET_KINDS.join(', ')}`);
  }
}

/** Where file number `f` of a corpus lives, relative to its folder. */
function corpusPath(f) {
  // .js, not .ts: bench/ is in tsconfig's include, and the corpus must not be type-checked.
  const ext = f % 10 === 0 ? 'json' : f % 10 === 1 ? 'md' : 'js';
  return { dir: `src/d${f % 40}`, file: `src/d${f % 40}/f${f}.${ext}`, ext };
}

function generate(dir, { files, mb, kinds, plantedPerKind, seed }) {
  const next = prng(seed);
  const pick = (list) => list[Math.floor(next() * list.length)];
  const chars = (alphabet, n) => Array.from({ length: n }, () => alphabet[Math.floor(next() * alphabet.length)]).join('');
  const bytesPerFile = Math.floor((mb * 1_000_000) / files);
  const slots = plantedPerKind * kinds.length;
  const plantAt = new Map();
  for (let i = 0; i < slots; i++) plantAt.set(Math.floor(((i + 0.5) * files) / slots), kinds[i % kinds.length]);

  const codeLine = (i) => {
    const a = pick(WORDS);
    const b = pick(WORDS);
    switch (i % 5) {
      case 0: return `export function ${a}${b[0].toUpperCase()}${b.slice(1)}(${a}, ${b}) {`;
      case 1: return `  const ${a}${i} = ${b}.${pick(WORDS)}(${Math.floor(next() * 1000)}, "${pick(WORDS)}-${pick(WORDS)}");`;
      case 2: return `  // ${pick(WORDS)} the ${pick(WORDS)} before the ${pick(WORDS)} ${pick(WORDS)}s`;
      case 3: return `  if (${a}.length > ${Math.floor(next() * 64)}) return ${b}.map((x) => x.${pick(WORDS)});`;
      default: return '}';
    }
  };
  const jsonLine = (i) => `  {"id": ${i}, "${pick(WORDS)}": "${pick(WORDS)} ${pick(WORDS)}", "sha": "${chars('0123456789abcdef', 12)}", "n": ${Math.floor(next() * 1e6)}},`;
  const mdLine = () => `${pick(WORDS)} ${pick(WORDS)} ${pick(WORDS)}, ${pick(WORDS)} ${pick(WORDS)}. The ${pick(WORDS)} of ${pick(WORDS)}.`;

  rmSync(dir, { recursive: true, force: true });
  const planted = [];
  let bytes = 0;
  for (let f = 0; f < files; f++) {
    const { dir: sub, file, ext } = corpusPath(f);
    const lines = [];
    let size = 0;
    for (let i = 0; size < bytesPerFile; i++) {
      const line = ext === 'json' ? jsonLine(i) : ext === 'md' ? mdLine() : codeLine(i);
      lines.push(line);
      size += line.length + 1;
    }
    const kind = plantAt.get(f);
    if (kind !== undefined) {
      const at = Math.floor(lines.length / 2);
      lines.splice(at, 0, ...plantedLines(kind, f, chars));
      planted.push({ file, line: at + 1, kind });
    }
    mkdirSync(join(dir, sub), { recursive: true });
    const text = `${lines.join('\n')}\n`;
    writeFileSync(join(dir, file), text);
    bytes += Buffer.byteLength(text);
  }
  return { planted, bytes };
}

/**
 * The corpus `bench/out/<name>` for these parameters, generated unless an identical one is there.
 * Resolves to its folder, total bytes, file count and planted secrets ({ file, line, kind }, file
 * relative to the folder, line 1-based).
 */
export function ensureCorpus({ name, files, mb, kinds = ['aws', 'slack'], plantedPerKind = 10, seed = 1123 }) {
  const dir = join(OUT, name);
  const marker = join(OUT, `${name}.json`);
  // version 5: GitHub tokens carry their checksum; the aws/slack corpus of version 2 is otherwise unchanged.
  const spec = { files, mb, kinds, plantedPerKind, seed, version: 5 };
  const cached = existsSync(marker) ? JSON.parse(readFileSync(marker, 'utf8')) : undefined;
  if (cached !== undefined && JSON.stringify(cached.spec) === JSON.stringify(spec) && existsSync(dir)) {
    return { dir, files, bytes: cached.bytes, planted: cached.planted };
  }
  process.stdout.write(`Generating ${files} files / ${mb} MB in bench/out/${name} ...\n`);
  const { planted, bytes } = generate(dir, spec);
  writeFileSync(marker, JSON.stringify({ spec, bytes, planted }));
  return { dir, files, bytes, planted };
}

/**
 * A repository whose history adds the files of a corpus one per commit (`git fast-import`, fixed
 * names and dates, so the same on every machine): what `audit --scan git` reads. Generated once
 * under bench/out/<name>; resolves to its folder, commit count, bytes of added text and the
 * planted secrets (where they were added).
 */
export function ensureHistory({ name, commits, mb, kinds, plantedPerKind = 10 }) {
  const dir = join(OUT, name);
  const marker = join(OUT, `${name}.json`);
  const spec = { commits, mb, kinds, plantedPerKind, version: 1 };
  const cached = existsSync(marker) ? JSON.parse(readFileSync(marker, 'utf8')) : undefined;
  if (cached !== undefined && JSON.stringify(cached.spec) === JSON.stringify(spec) && existsSync(dir)) return { dir, commits, bytes: cached.bytes, planted: cached.planted };
  const source = ensureCorpus({ name: `${name}-files`, files: commits, mb, kinds, plantedPerKind });
  process.stdout.write(`Importing ${commits} commits into bench/out/${name} ...\n`);
  rmSync(dir, { recursive: true, force: true });
  execFileSync('git', ['init', '-q', '-b', 'main', dir]);
  const stream = [];
  for (let f = 0; f < commits; f++) {
    const { file } = corpusPath(f);
    const content = readFileSync(join(source.dir, file));
    const message = `add ${file}\n`;
    stream.push(Buffer.from(`commit refs/heads/main\nmark :${f + 1}\ncommitter Bench <bench@example.com> ${1_700_000_000 + f * 60} +0000\n`
      + `data ${Buffer.byteLength(message)}\n${message}${f === 0 ? '' : `from :${f}\n`}M 100644 inline ${file}\ndata ${content.length}\n`), content, Buffer.from('\n'));
  }
  execFileSync('git', ['fast-import', '--quiet'], { cwd: dir, input: Buffer.concat(stream), maxBuffer: 1 << 26 });
  writeFileSync(marker, JSON.stringify({ spec, bytes: source.bytes, planted: source.planted }));
  return { dir, commits, bytes: source.bytes, planted: source.planted };
}
