// sops' INI store over go-ini: every section (with the always-present DEFAULT first) is a map of
// string values; a section's comment becomes its first item, a key's comment follows the key; the
// metadata is the flattened [sops] section.
import { flattenMetadata, unflattenMetadata } from '../metadata';
import { SopsError } from '../sops-error';
import type { SopsEntry, SopsMapNode, SopsNode } from '../tree';
import { METADATA_KEY, type LoadedEncryptedFile } from './store-types';

const DEFAULT_SECTION = 'DEFAULT';

/** sops' stripCommentChar: drops the leading ';'/'#' and following blanks of the first line only. */
function stripCommentChar(comment: string): string {
  return comment.replace(/^;[; ]*/, '').replace(/^#[# ]*/, '');
}

interface IniKey {
  name: string;
  value: string;
  comment: string;
  line: number;
}

interface IniSection {
  name: string;
  comment: string;
  keys: IniKey[];
  line?: number;
}

function parseIni(text: string, fileName: string): IniSection[] {
  const lines = text.split(/\r?\n/);
  const sections: IniSection[] = [{ name: DEFAULT_SECTION, comment: '', keys: [] }];
  let current = sections[0];
  let comment: string[] = [];
  for (let i = 0; i < lines.length; i++) {
    const lineNo = i + 1;
    const line = lines[i].trimStart();
    if (line === '') continue;
    if (line.startsWith('#') || line.startsWith(';')) {
      comment.push(line);
      continue;
    }
    if (line.startsWith('[')) {
      const close = line.indexOf(']');
      if (close < 0) throw new SopsError('parse', 'invalid INI section header: missing "]"', { fileName, line: lineNo });
      const name = line.slice(1, close).trim();
      const existing = sections.find((s) => s.name === name);
      current = existing ?? { name, comment: '', keys: [], line: lineNo };
      if (existing === undefined) sections.push(current);
      current.comment = comment.join('\n');
      comment = [];
      continue;
    }
    const { name, rest } = readKeyName(line, fileName, lineNo);
    const read = readValue(rest, lines, i);
    i = read.lastLine;
    if (read.inlineComment !== '') comment.push(read.inlineComment);
    const key: IniKey = { name, value: read.value, comment: comment.join('\n'), line: lineNo };
    comment = [];
    const index = current.keys.findIndex((k) => k.name === name);
    if (index >= 0) current.keys[index] = key;
    else current.keys.push(key);
  }
  return sections;
}

function readKeyName(line: string, fileName: string, lineNo: number): { name: string; rest: string } {
  for (const quote of ['"""', '`', '"']) {
    if (line.startsWith(quote)) {
      const end = line.indexOf(quote, quote.length);
      if (end < 0) break;
      const after = line.slice(end + quote.length).trimStart();
      if (after[0] !== '=' && after[0] !== ':') break;
      return { name: line.slice(quote.length, end), rest: after.slice(1) };
    }
  }
  const eq = line.search(/[=:]/);
  if (eq < 0) throw new SopsError('parse', 'invalid INI line: expected key = value, a [section] or a ; comment', { fileName, line: lineNo });
  return { name: line.slice(0, eq).trim(), rest: line.slice(eq + 1) };
}

/** go-ini's readValue: triple-quoted and backtick values may span lines; ;/# start an inline comment. */
function readValue(raw: string, lines: readonly string[], index: number): { value: string; inlineComment: string; lastLine: number } {
  const line = raw.trimStart();
  const quote = line.length > 3 && line.startsWith('"""') ? '"""' : line.startsWith('`') ? '`' : '';
  if (quote !== '') {
    const body = line.slice(quote.length);
    const close = body.lastIndexOf(quote);
    if (close >= 0) return { value: body.slice(0, close), inlineComment: '', lastLine: index };
    const parts = [body];
    for (let j = index + 1; j < lines.length; j++) {
      const end = lines[j].lastIndexOf(quote);
      if (end >= 0) {
        parts.push(lines[j].slice(0, end));
        return { value: parts.join('\n'), inlineComment: '', lastLine: j };
      }
      parts.push(lines[j]);
    }
    return { value: parts.join('\n'), inlineComment: '', lastLine: lines.length - 1 };
  }
  let value = line.trim();
  let inlineComment = '';
  const hash = value.search(/[#;]/);
  if (hash >= 0) {
    inlineComment = value.slice(hash);
    value = value.slice(0, hash).trim();
  }
  if (value.length >= 2 && (value[0] === '"' || value[0] === "'") && value[value.length - 1] === value[0]) value = value.slice(1, -1);
  return { value, inlineComment, lastLine: index };
}

function sectionToMap(section: IniSection): SopsMapNode {
  const map: SopsMapNode = { kind: 'map', items: [], line: section.line };
  if (section.comment !== '') map.items.push({ kind: 'comment', text: stripCommentChar(section.comment), line: section.line });
  for (const key of section.keys) {
    map.items.push({ kind: 'entry', key: key.name, value: { kind: 'str', value: key.value, line: key.line }, line: key.line });
    if (key.comment !== '') map.items.push({ kind: 'comment', text: stripCommentChar(key.comment), line: key.line });
  }
  return map;
}

function sectionsToDocument(sections: readonly IniSection[]): SopsMapNode {
  return {
    kind: 'map',
    items: sections.map((s): SopsEntry => ({ kind: 'entry', key: s.name, value: sectionToMap(s), line: s.line })),
  };
}

export function loadPlainIni(text: string, fileName: string): SopsMapNode[] {
  return [sectionsToDocument(parseIni(text, fileName))];
}

export function loadEncryptedIni(text: string, fileName: string): LoadedEncryptedFile {
  const sections = parseIni(text, fileName);
  const meta = sections.find((s) => s.name === METADATA_KEY);
  const data = sections.filter((s) => s !== meta);
  return {
    documents: [sectionsToDocument(data)],
    metadata: meta === undefined ? undefined : unflattenMetadata(meta.keys.map((k) => [k.name, k.value] as const)),
    metadataLine: meta?.line,
  };
}

// ---- writing (go-ini's WriteTo with PrettyFormat) ----

function formatComment(comment: string): string[] {
  return comment.split('\n').map((line) => (line.startsWith('#') || line.startsWith(';') ? `${line[0]} ${line.slice(1).trim()}` : `; ${line}`));
}

function quoteKey(name: string): string {
  if (name.includes('"') || /[=:]/.test(name)) return `\`${name}\``;
  if (name.includes('`')) return `"""${name}"""`;
  return name;
}

function quoteValue(value: string): string {
  if (/[\n`]/.test(value)) return `"""${value}"""`;
  if (/[#;]/.test(value)) return `\`${value}\``;
  if (value.trim() !== value) return `"${value}"`;
  return value;
}

function scalarText(node: SopsNode, where: string): string {
  switch (node.kind) {
    case 'str':
      return node.value;
    case 'int':
      return node.value.toString();
    case 'float':
      return node.value.toFixed(6);
    case 'bool':
      return String(node.value);
    case 'bytes':
      return new TextDecoder().decode(node.value);
    case 'null':
      return '';
    default:
      throw new SopsError('unsupported', `cannot write the nested value of "${where}" to an INI file (sections hold scalar values)`);
  }
}

function joinComment(existing: string, text: string): string {
  return existing === '' ? text : `${existing}\n${text}`;
}

function writeSection(name: string, section: SopsMapNode, out: string[]): void {
  const keys: { name: string; value: string; comment: string }[] = [];
  let sectionComment = '';
  section.items.forEach((item) => {
    if (item.kind === 'comment') {
      if (keys.length === 0) sectionComment = joinComment(sectionComment, item.text);
      else keys[keys.length - 1].comment = joinComment(keys[keys.length - 1].comment, item.text);
      return;
    }
    keys.push({ name: quoteKey(item.key), value: quoteValue(scalarText(item.value, `${name}.${item.key}`)), comment: '' });
  });
  if (name === DEFAULT_SECTION && keys.length === 0 && sectionComment === '') return;
  if (sectionComment !== '') out.push(...formatComment(sectionComment));
  // DEFAULT is written first and, like go-ini, without a header.
  if (name !== DEFAULT_SECTION) out.push(`[${name}]`);
  const width = Math.max(0, ...keys.map((k) => k.name.length));
  for (const key of keys) {
    if (key.comment !== '') out.push(...formatComment(key.comment));
    out.push(`${key.name.padEnd(width)} = ${key.value}`);
  }
  out.push('');
}

export function emitIni(document: SopsMapNode, metadata: Record<string, unknown>): string {
  const out: string[] = [];
  const sections = document.items.filter((i): i is SopsEntry => i.kind === 'entry');
  const ordered = [...sections.filter((s) => s.key === DEFAULT_SECTION), ...sections.filter((s) => s.key !== DEFAULT_SECTION)];
  for (const item of ordered) {
    if (item.value.kind !== 'map') {
      throw new SopsError('unsupported', `cannot write "${item.key}" to an INI file: top-level values must be sections (maps)`);
    }
    writeSection(item.key, item.value, out);
  }
  const meta: SopsMapNode = {
    kind: 'map',
    items: flattenMetadata(metadata).map(([key, value]) => ({ kind: 'entry', key, value: { kind: 'str', value } })),
  };
  writeSection(METADATA_KEY, meta, out);
  return out.join('\n');
}
