"use strict";
exports.id = 408;
exports.ids = [408];
exports.modules = {

/***/ 2408:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  decryptSops: () => (/* reexport */ decryptSops)
});

// UNUSED EXPORTS: SOPS_FORMATS, SOPS_FORMAT_VERSION, SopsError, encryptSops, formatForFileName, fromPlain, generateAgeIdentity, inspectSops, parseAgeIdentities, toPlain

;// CONCATENATED MODULE: ./packages/sops/src/internal/sops-error.ts
/** The one error type of this package. Messages name the file (and line/key path) and never contain a secret. */
class sops_error_SopsError extends Error {
    kind;
    fileName;
    line;
    keyPath;
    recipients;
    constructor(kind, message, details = {}) {
        super(withLocation(message, details));
        this.name = 'SopsError';
        this.kind = kind;
        this.fileName = details.fileName;
        this.line = details.line;
        this.keyPath = details.keyPath;
        this.recipients = details.recipients ?? [];
    }
}
function withLocation(message, { fileName, line }) {
    if (fileName === undefined)
        return message;
    return `${fileName}${line === undefined ? '' : `:${line}`}: ${message}`;
}

// EXTERNAL MODULE: ./node_modules/age-encryption/dist/index.js + 48 modules
var dist = __webpack_require__(3389);
;// CONCATENATED MODULE: ./packages/sops/src/internal/age-keys.ts
// Age identities (SOPS_AGE_KEY) and the age-wrapped data key in the sops metadata.


const IDENTITY_LINE = /^AGE-SECRET-KEY-(PQ-)?1[0-9A-Z]+$/;
/**
 * Parses SOPS_AGE_KEY / an age key file: one identity per line; blank lines and `#` comments
 * (age-keygen's `# created`, `# public key`) are skipped. Throws a 'bad-identity' SopsError naming the
 * line (not its content) for anything else.
 */
function parseAgeIdentities(text, source = 'SOPS_AGE_KEY') {
    const identities = [];
    text.split(/\r?\n/).forEach((raw, index) => {
        const line = raw.trim();
        if (line === '' || line.startsWith('#'))
            return;
        if (!IDENTITY_LINE.test(line)) {
            const hint = line.startsWith('age1')
                ? 'it looks like a public key (recipient); SOPS_AGE_KEY needs the secret key line AGE-SECRET-KEY-1...'
                : 'expected an age identity (AGE-SECRET-KEY-1... or AGE-SECRET-KEY-PQ-1...), a # comment or a blank line';
            throw new sops_error_SopsError('bad-identity', `line ${index + 1} is not an age identity: ${hint}`, { fileName: source });
        }
        identities.push({ secretKey: line, line: index + 1 });
    });
    return identities;
}
/**
 * Tries every age stanza of the file with all identities. Returns the data key and the recipient
 * whose stanza opened, or throws 'no-matching-identity' naming the recipients the file expects.
 */
async function unwrapDataKey(stanzas, identities, fileName) {
    const decrypter = new dist/* Decrypter */.Hz();
    for (const identity of identities) {
        try {
            decrypter.addIdentity(identity.secretKey);
        }
        catch {
            // The library's message quotes the key: never pass it on.
            throw new sops_error_SopsError('bad-identity', `line ${identity.line} of SOPS_AGE_KEY is not a valid age identity (bad checksum or length); copy the whole AGE-SECRET-KEY line again`, {
                fileName,
            });
        }
    }
    const failures = [];
    for (const stanza of stanzas) {
        let file;
        try {
            file = dist/* armor.decode */.yE.decode(stanza.enc);
        }
        catch {
            failures.push(`${stanza.recipient}: the "enc" field is not an armored age file`);
            continue;
        }
        try {
            const dataKey = await decrypter.decrypt(file);
            if (dataKey.length !== 32) {
                failures.push(`${stanza.recipient}: the wrapped data key is ${dataKey.length} bytes, expected 32`);
                continue;
            }
            return { dataKey, recipient: stanza.recipient };
        }
        catch (err) {
            const message = err instanceof Error ? err.message : String(err);
            if (!/no identity matched/i.test(message))
                failures.push(`${stanza.recipient}: ${message}`);
        }
    }
    const recipients = stanzas.map((s) => s.recipient);
    if (failures.length > 0) {
        throw new sops_error_SopsError('decrypt', `could not unwrap the data key: ${failures.join('; ')}`, { fileName, recipients });
    }
    const expected = recipients.length > 0 ? recipients.join(', ') : '(none: the file has no age recipients)';
    throw new sops_error_SopsError('no-matching-identity', `no age identity in SOPS_AGE_KEY matches the file's recipients: ${expected}. Provide the secret key of one of them.`, { fileName, recipients });
}
/** Wraps the data key for one recipient as sops does: one armored age file per recipient. */
async function age_keys_wrapDataKey(dataKey, recipient) {
    const encrypter = new Encrypter();
    try {
        encrypter.addRecipient(recipient);
    }
    catch {
        throw new SopsError('bad-identity', `"${recipient}" is not an age recipient (age1... or age1pq1...)`);
    }
    return { recipient, enc: armor.encode(await encrypter.encrypt(dataKey)) };
}
/** A fresh age identity: X25519 by default, the ML-KEM-768+X25519 hybrid with `postQuantum`. */
async function generateAgeIdentity(options = {}) {
    const identity = options.postQuantum === true ? await generateHybridIdentity() : await generateIdentity();
    return { identity, recipient: await identityToRecipient(identity) };
}

;// CONCATENATED MODULE: ./packages/sops/src/internal/crypt-rules.ts
// Which leaves sops encrypts: sops.Tree.shouldBeEncrypted, with the metadata's rule fields.
const DEFAULT_UNENCRYPTED_SUFFIX = '_unencrypted';
const PATH_RULES = ['unencryptedSuffix', 'encryptedSuffix', 'unencryptedRegex', 'encryptedRegex'];
/** Null when valid, else why not (sops allows at most one path rule). */
function crypt_rules_ruleConflict(rules) {
    const set = PATH_RULES.filter((name) => (rules[name] ?? '') !== '');
    return set.length > 1 ? `only one of encrypted_suffix, unencrypted_suffix, encrypted_regex or unencrypted_regex may be set (found ${set.length})` : null;
}
/** sops' metadata.ToInternal: with no path rule at all, `_unencrypted` applies. */
function crypt_rules_withDefaultRule(rules) {
    return PATH_RULES.some((name) => (rules[name] ?? '') !== '') ? rules : { ...rules, unencryptedSuffix: DEFAULT_UNENCRYPTED_SUFFIX };
}
/** Go RE2 pattern → JS RegExp (a leading (?i)/(?s)/(?m) group becomes flags, as JS has no inline flags on Node 20). */
function goRegExp(pattern) {
    const m = /^\(\?([ims]+)\)/.exec(pattern);
    const flags = m === null ? '' : [...new Set(m[1])].join('');
    return new RegExp(m === null ? pattern : pattern.slice(m[0].length), flags);
}
function crypt_rules_compileRules(rules) {
    const unencryptedRegex = optionalRegExp(rules.unencryptedRegex);
    const encryptedRegex = optionalRegExp(rules.encryptedRegex);
    const unencryptedCommentRegex = optionalRegExp(rules.unencryptedCommentRegex);
    const encryptedCommentRegex = optionalRegExp(rules.encryptedCommentRegex);
    const { unencryptedSuffix = '', encryptedSuffix = '' } = rules;
    return {
        macOnlyEncrypted: rules.macOnlyEncrypted === true,
        shouldBeEncrypted(path, comments, isComment) {
            let encrypted = true;
            if (unencryptedSuffix !== '' && path.some((p) => p.endsWith(unencryptedSuffix)))
                encrypted = false;
            if (encryptedSuffix !== '')
                encrypted = path.some((p) => p.endsWith(encryptedSuffix));
            if (unencryptedRegex !== undefined && path.some((p) => unencryptedRegex.test(p)))
                encrypted = false;
            if (encryptedRegex !== undefined)
                encrypted = path.some((p) => encryptedRegex.test(p));
            if (unencryptedCommentRegex !== undefined && comments.some((level) => level.some((c) => unencryptedCommentRegex.test(c)))) {
                encrypted = false;
            }
            if (encryptedCommentRegex !== undefined) {
                // The comment line that matches the regex is itself left in clear: skip the newest comment.
                const lastLevel = comments.length - 1;
                encrypted = comments.some((level, i) => level.some((c, j) => !(isComment && i === lastLevel && j === level.length - 1) && encryptedCommentRegex.test(c)));
            }
            return encrypted;
        },
    };
}
function optionalRegExp(pattern) {
    return pattern === undefined || pattern === '' ? undefined : goRegExp(pattern);
}

;// CONCATENATED MODULE: ./packages/sops/src/internal/metadata.ts
// The `sops` metadata block: reading it (nested for YAML/JSON, flattened for dotenv/INI) and
// building it for writing, in the field order of sops 3.10+ (empty key lists omitted).


const OTHER_KEY_TYPES = ['pgp', 'kms', 'gcp_kms', 'azure_kv', 'hc_vault'];
const RULE_FIELDS = [
    ['unencryptedSuffix', 'unencrypted_suffix'],
    ['encryptedSuffix', 'encrypted_suffix'],
    ['unencryptedRegex', 'unencrypted_regex'],
    ['encryptedRegex', 'encrypted_regex'],
    ['unencryptedCommentRegex', 'unencrypted_comment_regex'],
    ['encryptedCommentRegex', 'encrypted_comment_regex'],
];
function isRecord(v) {
    return typeof v === 'object' && v !== null && !Array.isArray(v);
}
function listOf(v) {
    return Array.isArray(v) ? v.filter(isRecord) : [];
}
function stringField(raw, name) {
    const v = raw[name];
    return typeof v === 'string' ? v : v === undefined || v === null ? undefined : String(v);
}
function metadata_readMetadata(raw, loc) {
    if (!isRecord(raw))
        throw new sops_error_SopsError('not-sops', 'the "sops" metadata is not a map; is this a sops-encrypted file?', loc);
    const lastModified = stringField(raw, 'lastmodified');
    if (lastModified === undefined || normalizeLastModified(lastModified) === undefined) {
        throw new sops_error_SopsError('parse', 'the sops metadata has no valid "lastmodified" (RFC 3339 time); re-encrypt the file with sops', loc);
    }
    const groups = listOf(raw.key_groups);
    const flatGroup = [raw];
    const keyGroups = groups.length > 0 && !hasAnyKey(raw) ? groups : flatGroup;
    const rules = {};
    for (const [field, name] of RULE_FIELDS) {
        const value = stringField(raw, name);
        if (value !== undefined && value !== '')
            rules[field] = value;
    }
    if (raw.mac_only_encrypted === true || raw.mac_only_encrypted === 'true')
        rules.macOnlyEncrypted = true;
    const conflict = crypt_rules_ruleConflict(rules);
    if (conflict !== null)
        throw new sops_error_SopsError('parse', `invalid sops metadata: ${conflict}`, loc);
    const threshold = Number(raw.shamir_threshold);
    return {
        version: stringField(raw, 'version'),
        lastModified,
        mac: nonEmpty(stringField(raw, 'mac')),
        age: keyGroups.flatMap((g) => listOf(g.age).map((a) => ({ recipient: stringField(a, 'recipient') ?? '', enc: stringField(a, 'enc') ?? '' }))),
        otherKeyTypes: OTHER_KEY_TYPES.filter((type) => keyGroups.some((g) => listOf(g[type]).length > 0)),
        keyGroupCount: keyGroups.length,
        shamirThreshold: Number.isInteger(threshold) && threshold > 0 ? threshold : undefined,
        rules,
    };
}
function hasAnyKey(raw) {
    return ['age', ...OTHER_KEY_TYPES].some((type) => listOf(raw[type]).length > 0);
}
function nonEmpty(v) {
    return v === undefined || v === '' ? undefined : v;
}
/** The rules sops applies when decrypting (the default suffix when none is set). */
function metadata_effectiveRules(metadata) {
    return crypt_rules_withDefaultRule(metadata.rules);
}
/**
 * Go's time.Parse(RFC3339) then Format(RFC3339): the exact string sops uses as the MAC's authenticated
 * data. Fractions of a second are dropped; a +00:00 offset prints as Z.
 */
function normalizeLastModified(text) {
    const m = /^(\d{4}-\d{2}-\d{2})[Tt](\d{2}:\d{2}:\d{2})(?:\.\d+)?([Zz]|[+-]\d{2}:\d{2})$/.exec(text);
    if (m === null)
        return undefined;
    const zone = m[3] === 'z' || m[3] === 'Z' || m[3] === '+00:00' ? 'Z' : m[3];
    return `${m[1]}T${m[2]}${zone}`;
}
/** RFC 3339 in UTC without fractions, as sops writes `lastmodified`. */
function metadata_formatLastModified(date) {
    return `${date.toISOString().slice(0, 19)}Z`;
}
/** The metadata as an ordered plain object, the way sops 3.10+ marshals it. */
function metadata_metadataObject(m) {
    const out = {};
    if (m.age.length > 0)
        out.age = m.age.map((a) => ({ recipient: a.recipient, enc: a.enc }));
    out.lastmodified = m.lastModified;
    out.mac = m.mac;
    for (const [field, name] of RULE_FIELDS) {
        const value = m.rules[field];
        if (typeof value === 'string' && value !== '')
            out[name] = value;
    }
    if (m.rules.macOnlyEncrypted === true)
        out.mac_only_encrypted = true;
    out.version = m.version;
    return out;
}
const MAP_SEP = '__map_';
const LIST_SEP = '__list_';
/** stores.FlattenMetadata + EncodeNonStrings + EncodeNewLines, sorted as the dotenv store writes it. */
function metadata_flattenMetadata(meta) {
    const flat = [];
    const visit = (prefix, value) => {
        if (Array.isArray(value))
            value.forEach((v, i) => visit(`${prefix}${LIST_SEP}${i}`, v));
        else if (isRecord(value))
            for (const [k, v] of Object.entries(value))
                visit(`${prefix}${MAP_SEP}${k}`, v);
        else if (value !== undefined && value !== null)
            flat.push([prefix, String(value).replace(/\n/g, '\\n')]);
    };
    for (const [k, v] of Object.entries(meta))
        visit(k, v);
    return flat.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
}
/** stores.UnflattenMetadata after DecodeNewLines: `age__list_0__map_enc` → { age: [{ enc }] }. */
function unflattenMetadata(flat) {
    const root = {};
    for (const [key, rawValue] of flat) {
        const tokens = key.split(/(?=__map_|__list_)/).map((t) => t.startsWith(LIST_SEP) ? Number(t.slice(LIST_SEP.length)) : t.startsWith(MAP_SEP) ? t.slice(MAP_SEP.length) : t);
        let node = root;
        tokens.forEach((token, i) => {
            const last = i === tokens.length - 1;
            const slot = node;
            if (last) {
                slot[token] = rawValue.replace(/\\n/g, '\n');
                return;
            }
            if (slot[token] === undefined)
                slot[token] = typeof tokens[i + 1] === 'number' ? [] : {};
            node = slot[token];
        });
    }
    return root;
}

;// CONCATENATED MODULE: ./packages/sops/src/internal/stores/dotenv-store.ts
// sops' dotenv store: KEY=VALUE lines split at the first '=', `#` comment lines, `\n` escapes,
// and the metadata flattened into sorted `sops_*` keys.


const PREFIX = 'sops_';
function dotenv_store_loadPlainDotenv(text, fileName) {
    const root = { kind: 'map', items: [] };
    text.split('\n').forEach((line, index) => {
        if (line === '')
            return;
        const lineNo = index + 1;
        if (line.startsWith('#')) {
            root.items.push({ kind: 'comment', text: line.slice(1), line: lineNo });
            return;
        }
        const eq = line.indexOf('=');
        if (eq < 0)
            throw new sops_error_SopsError('parse', 'invalid dotenv line: expected KEY=VALUE or a # comment', { fileName, line: lineNo });
        root.items.push({
            kind: 'entry',
            key: line.slice(0, eq),
            value: { kind: 'str', value: line.slice(eq + 1).replace(/\\n/g, '\n'), line: lineNo },
            line: lineNo,
        });
    });
    return [root];
}
function loadEncryptedDotenv(text, fileName) {
    const [root] = dotenv_store_loadPlainDotenv(text, fileName);
    const flat = [];
    let metadataLine;
    const items = root.items.filter((item) => {
        if (item.kind !== 'entry' || !item.key.startsWith(PREFIX))
            return true;
        metadataLine ??= item.line;
        // The reader already turned `\n` into newlines, which is what DecodeNewLines does.
        flat.push([item.key.slice(PREFIX.length), item.value.kind === 'str' ? item.value.value.replace(/\n/g, '\\n') : '']);
        return false;
    });
    return { documents: [{ ...root, items }], metadata: flat.length > 0 ? unflattenMetadata(flat) : undefined, metadataLine };
}
function valueText(node, key) {
    switch (node.kind) {
        case 'str':
            return node.value;
        case 'int':
            return node.value.toString();
        case 'float':
            return String(node.value);
        case 'bool':
            return String(node.value);
        case 'bytes':
            return new TextDecoder().decode(node.value);
        case 'null':
            return '';
        default:
            throw new SopsError('unsupported', `cannot write the nested value of "${key}" to a dotenv file (values must be scalars)`);
    }
}
function dotenv_store_emitDotenv(document, metadata) {
    const lines = document.items.map((item) => item.kind === 'comment' ? `#${item.text}` : `${item.key}=${valueText(item.value, item.key).replace(/\n/g, '\\n')}`);
    for (const [key, value] of flattenMetadata(metadata))
        lines.push(`${PREFIX}${key}=${value}`);
    return lines.map((l) => `${l}\n`).join('');
}

;// CONCATENATED MODULE: ./packages/sops/src/internal/stores/store-types.ts
/** The key (YAML, JSON) or section (INI) holding the metadata. */
const store_types_METADATA_KEY = 'sops';

;// CONCATENATED MODULE: ./packages/sops/src/internal/stores/ini-store.ts
// sops' INI store over go-ini: every section (with the always-present DEFAULT first) is a map of
// string values; a section's comment becomes its first item, a key's comment follows the key; the
// metadata is the flattened [sops] section.



const DEFAULT_SECTION = 'DEFAULT';
/** sops' stripCommentChar: drops the leading ';'/'#' and following blanks of the first line only. */
function stripCommentChar(comment) {
    return comment.replace(/^;[; ]*/, '').replace(/^#[# ]*/, '');
}
function parseIni(text, fileName) {
    const lines = text.split(/\r?\n/);
    const sections = [{ name: DEFAULT_SECTION, comment: '', keys: [] }];
    let current = sections[0];
    let comment = [];
    for (let i = 0; i < lines.length; i++) {
        const lineNo = i + 1;
        const line = lines[i].trimStart();
        if (line === '')
            continue;
        if (line.startsWith('#') || line.startsWith(';')) {
            comment.push(line);
            continue;
        }
        if (line.startsWith('[')) {
            const close = line.indexOf(']');
            if (close < 0)
                throw new sops_error_SopsError('parse', 'invalid INI section header: missing "]"', { fileName, line: lineNo });
            const name = line.slice(1, close).trim();
            const existing = sections.find((s) => s.name === name);
            current = existing ?? { name, comment: '', keys: [], line: lineNo };
            if (existing === undefined)
                sections.push(current);
            current.comment = comment.join('\n');
            comment = [];
            continue;
        }
        const { name, rest } = readKeyName(line, fileName, lineNo);
        const read = readValue(rest, lines, i);
        i = read.lastLine;
        if (read.inlineComment !== '')
            comment.push(read.inlineComment);
        const key = { name, value: read.value, comment: comment.join('\n'), line: lineNo };
        comment = [];
        const index = current.keys.findIndex((k) => k.name === name);
        if (index >= 0)
            current.keys[index] = key;
        else
            current.keys.push(key);
    }
    return sections;
}
function readKeyName(line, fileName, lineNo) {
    for (const quote of ['"""', '`', '"']) {
        if (line.startsWith(quote)) {
            const end = line.indexOf(quote, quote.length);
            if (end < 0)
                break;
            const after = line.slice(end + quote.length).trimStart();
            if (after[0] !== '=' && after[0] !== ':')
                break;
            return { name: line.slice(quote.length, end), rest: after.slice(1) };
        }
    }
    const eq = line.search(/[=:]/);
    if (eq < 0)
        throw new sops_error_SopsError('parse', 'invalid INI line: expected key = value, a [section] or a ; comment', { fileName, line: lineNo });
    return { name: line.slice(0, eq).trim(), rest: line.slice(eq + 1) };
}
/** go-ini's readValue: triple-quoted and backtick values may span lines; ;/# start an inline comment. */
function readValue(raw, lines, index) {
    const line = raw.trimStart();
    const quote = line.length > 3 && line.startsWith('"""') ? '"""' : line.startsWith('`') ? '`' : '';
    if (quote !== '') {
        const body = line.slice(quote.length);
        const close = body.lastIndexOf(quote);
        if (close >= 0)
            return { value: body.slice(0, close), inlineComment: '', lastLine: index };
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
    if (value.length >= 2 && (value[0] === '"' || value[0] === "'") && value[value.length - 1] === value[0])
        value = value.slice(1, -1);
    return { value, inlineComment, lastLine: index };
}
function sectionToMap(section) {
    const map = { kind: 'map', items: [], line: section.line };
    if (section.comment !== '')
        map.items.push({ kind: 'comment', text: stripCommentChar(section.comment), line: section.line });
    for (const key of section.keys) {
        map.items.push({ kind: 'entry', key: key.name, value: { kind: 'str', value: key.value, line: key.line }, line: key.line });
        if (key.comment !== '')
            map.items.push({ kind: 'comment', text: stripCommentChar(key.comment), line: key.line });
    }
    return map;
}
function sectionsToDocument(sections) {
    return {
        kind: 'map',
        items: sections.map((s) => ({ kind: 'entry', key: s.name, value: sectionToMap(s), line: s.line })),
    };
}
function ini_store_loadPlainIni(text, fileName) {
    return [sectionsToDocument(parseIni(text, fileName))];
}
function loadEncryptedIni(text, fileName) {
    const sections = parseIni(text, fileName);
    const meta = sections.find((s) => s.name === store_types_METADATA_KEY);
    const data = sections.filter((s) => s !== meta);
    return {
        documents: [sectionsToDocument(data)],
        metadata: meta === undefined ? undefined : unflattenMetadata(meta.keys.map((k) => [k.name, k.value])),
        metadataLine: meta?.line,
    };
}
// ---- writing (go-ini's WriteTo with PrettyFormat) ----
function formatComment(comment) {
    return comment.split('\n').map((line) => (line.startsWith('#') || line.startsWith(';') ? `${line[0]} ${line.slice(1).trim()}` : `; ${line}`));
}
function quoteKey(name) {
    if (name.includes('"') || /[=:]/.test(name))
        return `\`${name}\``;
    if (name.includes('`'))
        return `"""${name}"""`;
    return name;
}
function quoteValue(value) {
    if (/[\n`]/.test(value))
        return `"""${value}"""`;
    if (/[#;]/.test(value))
        return `\`${value}\``;
    if (value.trim() !== value)
        return `"${value}"`;
    return value;
}
function scalarText(node, where) {
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
function joinComment(existing, text) {
    return existing === '' ? text : `${existing}\n${text}`;
}
function writeSection(name, section, out) {
    const keys = [];
    let sectionComment = '';
    section.items.forEach((item) => {
        if (item.kind === 'comment') {
            if (keys.length === 0)
                sectionComment = joinComment(sectionComment, item.text);
            else
                keys[keys.length - 1].comment = joinComment(keys[keys.length - 1].comment, item.text);
            return;
        }
        keys.push({ name: quoteKey(item.key), value: quoteValue(scalarText(item.value, `${name}.${item.key}`)), comment: '' });
    });
    if (name === DEFAULT_SECTION && keys.length === 0 && sectionComment === '')
        return;
    if (sectionComment !== '')
        out.push(...formatComment(sectionComment));
    // DEFAULT is written first and, like go-ini, without a header.
    if (name !== DEFAULT_SECTION)
        out.push(`[${name}]`);
    const width = Math.max(0, ...keys.map((k) => k.name.length));
    for (const key of keys) {
        if (key.comment !== '')
            out.push(...formatComment(key.comment));
        out.push(`${key.name.padEnd(width)} = ${key.value}`);
    }
    out.push('');
}
function ini_store_emitIni(document, metadata) {
    const out = [];
    const sections = document.items.filter((i) => i.kind === 'entry');
    const ordered = [...sections.filter((s) => s.key === DEFAULT_SECTION), ...sections.filter((s) => s.key !== DEFAULT_SECTION)];
    for (const item of ordered) {
        if (item.value.kind !== 'map') {
            throw new SopsError('unsupported', `cannot write "${item.key}" to an INI file: top-level values must be sections (maps)`);
        }
        writeSection(item.key, item.value, out);
    }
    const meta = {
        kind: 'map',
        items: flattenMetadata(metadata).map(([key, value]) => ({ kind: 'entry', key, value: { kind: 'str', value } })),
    };
    writeSection(METADATA_KEY, meta, out);
    return out.join('\n');
}

;// CONCATENATED MODULE: ./packages/sops/src/internal/stores/json-store.ts
// sops' JSON store (and the binary store, which is a JSON file with one `data` key): an ordered
// reader that keeps duplicate keys and line numbers, and Go's json.Indent layout with tabs.



class JsonReader {
    text;
    fileName;
    pos = 0;
    line = 1;
    constructor(text, fileName) {
        this.text = text;
        this.fileName = fileName;
    }
    document() {
        this.skipSpace();
        if (this.text[this.pos] !== '{')
            this.fail('sops only supports JSON files with an object at the top level');
        const root = this.object();
        this.skipSpace();
        if (this.pos < this.text.length)
            this.fail('unexpected content after the top-level object');
        return root;
    }
    fail(message) {
        throw new sops_error_SopsError('parse', `invalid JSON: ${message}`, { fileName: this.fileName, line: this.line });
    }
    skipSpace() {
        while (this.pos < this.text.length) {
            const c = this.text[this.pos];
            if (c === '\n')
                this.line++;
            else if (c !== ' ' && c !== '\t' && c !== '\r')
                return;
            this.pos++;
        }
    }
    value() {
        this.skipSpace();
        const line = this.line;
        const c = this.text[this.pos];
        if (c === '{')
            return this.object();
        if (c === '[')
            return this.array();
        if (c === '"')
            return { kind: 'str', value: this.string(), line };
        for (const [word, node] of [
            ['true', { kind: 'bool', value: true }],
            ['false', { kind: 'bool', value: false }],
            ['null', { kind: 'null' }],
        ]) {
            if (this.text.startsWith(word, this.pos)) {
                this.pos += word.length;
                return { ...node, line };
            }
        }
        const m = /^-?(0|[1-9]\d*)(\.\d+)?([eE][+-]?\d+)?/.exec(this.text.slice(this.pos, this.pos + 400));
        if (m === null || m[0] === '' || m[0] === '-')
            this.fail(`unexpected character ${JSON.stringify(c ?? 'end of input')}`);
        this.pos += m[0].length;
        const isInt = m[2] === undefined && m[3] === undefined;
        return isInt ? { kind: 'int', value: BigInt(m[0]), line } : { kind: 'float', value: Number(m[0]), line };
    }
    string() {
        const start = this.pos;
        this.pos++;
        while (this.pos < this.text.length && this.text[this.pos] !== '"') {
            if (this.text[this.pos] === '\\')
                this.pos++;
            else if (this.text[this.pos] === '\n')
                this.fail('unterminated string');
            this.pos++;
        }
        if (this.pos >= this.text.length)
            this.fail('unterminated string');
        this.pos++;
        try {
            return JSON.parse(this.text.slice(start, this.pos));
        }
        catch {
            return this.fail('invalid string escape');
        }
    }
    object() {
        const node = { kind: 'map', items: [], line: this.line };
        this.pos++;
        this.skipSpace();
        if (this.text[this.pos] === '}') {
            this.pos++;
            return node;
        }
        for (;;) {
            this.skipSpace();
            if (this.text[this.pos] !== '"')
                this.fail('expected a string key');
            const line = this.line;
            const key = this.string();
            this.skipSpace();
            if (this.text[this.pos] !== ':')
                this.fail('expected ":"');
            this.pos++;
            node.items.push({ kind: 'entry', key, value: this.value(), line });
            this.skipSpace();
            const c = this.text[this.pos++];
            if (c === '}')
                return node;
            if (c !== ',')
                this.fail('expected "," or "}"');
        }
    }
    array() {
        const node = { kind: 'list', items: [], line: this.line };
        this.pos++;
        this.skipSpace();
        if (this.text[this.pos] === ']') {
            this.pos++;
            return node;
        }
        for (;;) {
            const line = this.line;
            node.items.push({ kind: 'item', value: this.value(), line });
            this.skipSpace();
            const c = this.text[this.pos++];
            if (c === ']')
                return node;
            if (c !== ',')
                this.fail('expected "," or "]"');
        }
    }
}
function json_store_loadPlainJson(text, fileName) {
    return [new JsonReader(text, fileName).document()];
}
function loadEncryptedJson(text, fileName) {
    const root = new JsonReader(text, fileName).document();
    const metadataEntry = root.items.find((i) => i.kind === 'entry' && i.key === store_types_METADATA_KEY);
    const items = root.items.filter((i) => i !== metadataEntry);
    return {
        documents: [{ ...root, items }],
        metadata: metadataEntry?.kind === 'entry' ? nodeToJs(metadataEntry.value) : undefined,
        metadataLine: metadataEntry?.line,
    };
}
function nodeToJs(node) {
    switch (node.kind) {
        case 'map':
            return Object.fromEntries(node.items.flatMap((i) => (i.kind === 'entry' ? [[i.key, nodeToJs(i.value)]] : [])));
        case 'list':
            return node.items.flatMap((i) => (i.kind === 'item' ? [nodeToJs(i.value)] : []));
        case 'null':
            return null;
        case 'int':
            return Number(node.value);
        default:
            return node.value;
    }
}
// ---- writing ----
/** Go's json.Marshal string escaping (HTML-safe: <, >, & and U+2028/9 are escaped). */
function goJsonString(value) {
    return JSON.stringify(value).replace(/[<>&\u2028\u2029]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}
function formatNumber(node) {
    if (node.kind === 'int')
        return node.value.toString();
    if (node.kind === 'float') {
        if (!Number.isFinite(node.value))
            throw new SopsError('unsupported', 'JSON cannot hold NaN or infinite numbers');
        return JSON.stringify(node.value);
    }
    return '';
}
function emitValue(node, indent) {
    switch (node.kind) {
        case 'map':
            return emitObject(node.items.flatMap((i) => (i.kind === 'entry' ? [[i.key, i.value]] : [])), indent);
        case 'list':
            return emitArray(node.items.flatMap((i) => (i.kind === 'item' ? [i.value] : [])), indent);
        case 'str':
            return goJsonString(node.value);
        case 'bytes':
            return goJsonString(new TextDecoder().decode(node.value));
        case 'bool':
            return String(node.value);
        case 'null':
            return 'null';
        default:
            return formatNumber(node);
    }
}
function emitObject(entries, indent) {
    if (entries.length === 0)
        return '{}';
    const inner = `${indent}\t`;
    return `{\n${entries.map(([k, v]) => `${inner}${goJsonString(k)}: ${emitValue(v, inner)}`).join(',\n')}\n${indent}}`;
}
function emitArray(values, indent) {
    if (values.length === 0)
        return '[]';
    const inner = `${indent}\t`;
    return `[\n${values.map((v) => `${inner}${emitValue(v, inner)}`).join(',\n')}\n${indent}]`;
}
function json_store_emitJson(document, metadata) {
    const entries = document.items.flatMap((i) => (i.kind === 'entry' ? [[i.key, i.value]] : []));
    entries.push([METADATA_KEY, fromPlain(metadata)]);
    return `${emitObject(entries, '')}\n`;
}

// EXTERNAL MODULE: ./node_modules/yaml/dist/index.js
var yaml_dist = __webpack_require__(8815);
;// CONCATENATED MODULE: ./packages/sops/src/internal/stores/yaml-comments.ts
/** Comments found in the parser's tokens (so `#` inside block scalars and strings is not one). */
function scanComments(text, lineStarts, tokens) {
    const found = [];
    const visit = (value) => {
        if (Array.isArray(value)) {
            value.forEach(visit);
        }
        else if (typeof value === 'object' && value !== null) {
            const token = value;
            if (token.type === 'comment' && typeof token.offset === 'number' && typeof token.source === 'string') {
                found.push({ offset: token.offset, source: token.source });
                return;
            }
            Object.values(value).forEach(visit);
        }
    };
    tokens.forEach(visit);
    return found
        .sort((a, b) => a.offset - b.offset)
        .map(({ offset, source }) => {
        const { line, column } = position(lineStarts, offset);
        const before = text.slice(lineStarts[line - 1], offset);
        return { offset, line, column, text: source.slice(1), trailing: before.trim() !== '' };
    });
}
function lineStartsOf(text) {
    const starts = [0];
    for (let i = 0; i < text.length; i++)
        if (text[i] === '\n')
            starts.push(i + 1);
    return starts;
}
/** 1-based line, 0-based column. */
function position(lineStarts, offset) {
    let lo = 0;
    let hi = lineStarts.length - 1;
    while (lo < hi) {
        const mid = (lo + hi + 1) >> 1;
        if (lineStarts[mid] <= offset)
            lo = mid;
        else
            hi = mid - 1;
    }
    return { line: lo + 1, column: offset - lineStarts[lo] };
}
function chain(collection) {
    const out = [];
    for (let c = collection; c !== undefined; c = c.parent)
        out.push(c);
    return out;
}
/** Puts each comment into the collection that owns it, before the item that follows it there. */
function placeComments(comments, anchors, root) {
    const sorted = [...anchors].sort((a, b) => a.line - b.line || a.column - b.column);
    for (const comment of comments) {
        const sameLine = sorted.filter((a) => a.line === comment.line && a.column < comment.column);
        if (comment.trailing && sameLine.length > 0) {
            // A line comment belongs to the innermost item on its line; sops keeps it just before that item.
            const owner = sameLine[sameLine.length - 1];
            insertBefore(owner.collection, owner.item, comment);
            continue;
        }
        const previous = [...sorted].reverse().find((a) => a.line < comment.line);
        const next = sorted.find((a) => a.line > comment.line);
        const candidates = [root, ...(previous ? chain(previous.collection) : []), ...(next ? chain(next.collection) : [])];
        let owner = root;
        for (const c of candidates) {
            if (c.itemColumn <= comment.column && (c.itemColumn > owner.itemColumn || (c.itemColumn === owner.itemColumn && depth(c) > depth(owner)))) {
                owner = c;
            }
        }
        const following = sorted.find((a) => a.collection === owner && a.line > comment.line);
        insertBefore(owner, following?.item, comment);
    }
}
function depth(c) {
    return chain(c).length;
}
function insertBefore(collection, item, comment) {
    const items = collection.node.items;
    const index = item === undefined ? -1 : items.indexOf(item);
    const entry = { kind: 'comment', text: comment.text, line: comment.line };
    if (index < 0)
        items.push(entry);
    else
        items.splice(index, 0, entry);
}

;// CONCATENATED MODULE: ./packages/sops/src/internal/stores/yaml-store.ts
// sops' YAML store: every document is a map; the `sops` key of the first document holds the
// metadata and is written into every document; comments are tree items (see yaml-comments.ts).




function parseYaml(text, fileName, extractMetadata) {
    const lineStarts = lineStartsOf(text);
    // One parse serves both the documents and the comment scan.
    const tokens = [...new yaml_dist/* Parser */.iX().parse(text)];
    const list = [...new yaml_dist/* Composer */.Dk({ intAsBigInt: true }).compose(tokens)];
    for (const doc of list) {
        const error = doc.errors[0];
        if (error !== undefined) {
            const { line } = position(lineStarts, error.pos[0]);
            throw new sops_error_SopsError('parse', `invalid YAML: ${error.message.split('\n')[0]}`, { fileName, line });
        }
    }
    const comments = scanComments(text, lineStarts, tokens);
    const result = { documents: [], metadata: undefined };
    list.forEach((doc, index) => {
        const start = doc.range[0];
        const end = index + 1 < list.length ? list[index + 1].range[0] : Infinity;
        const builder = new DocumentBuilder(doc, text, lineStarts, fileName);
        const root = builder.root(doc.contents, extractMetadata);
        if (index === 0 && builder.metadata !== undefined) {
            result.metadata = builder.metadata.value;
            result.metadataLine = builder.metadata.line;
        }
        const own = comments.filter((c) => (index === 0 || c.offset >= start) && c.offset < end && !builder.inMetadata(c.line));
        placeComments(own, builder.anchors, builder.rootCollection);
        result.documents.push(root);
    });
    if (result.documents.length === 0)
        result.documents.push({ kind: 'map', items: [] });
    return result;
}
class DocumentBuilder {
    doc;
    text;
    lineStarts;
    fileName;
    anchors = [];
    /** Collections being converted, to refuse recursive aliases. */
    building = new Set();
    /** Inside an alias expansion, source positions belong to the anchor: comments stay there. */
    aliasDepth = 0;
    rootCollection = { node: { kind: 'map', items: [] }, itemColumn: 0, parent: undefined };
    metadata;
    constructor(doc, text, lineStarts, fileName) {
        this.doc = doc;
        this.text = text;
        this.lineStarts = lineStarts;
        this.fileName = fileName;
    }
    inMetadata(line) {
        return this.metadata !== undefined && line > this.metadata.line && line <= this.metadata.lastLine;
    }
    root(contents, extractMetadata) {
        if (contents === null || ((0,yaml_dist/* isScalar */.jn)(contents) && contents.value === null))
            return this.rootCollection.node;
        if (!(0,yaml_dist/* isMap */.jh)(contents)) {
            throw new sops_error_SopsError('parse', 'a YAML document must be a map at the top level (sops does not support top-level lists or values)', {
                fileName: this.fileName,
                line: this.lineOf(contents),
            });
        }
        const node = { kind: 'map', items: [], line: this.lineOf(contents) };
        this.rootCollection = { node, itemColumn: this.columnOf(contents.items[0]?.key) ?? 0, parent: undefined };
        for (const pair of contents.items) {
            const key = this.keyOf(pair.key);
            if (extractMetadata && key === store_types_METADATA_KEY) {
                const line = this.lineOf(pair.key) ?? 0;
                const valueEnd = pair.value?.range?.[1];
                this.metadata = {
                    value: pair.value?.toJS(this.doc),
                    line,
                    lastLine: valueEnd === undefined ? line : position(this.lineStarts, Math.max(valueEnd - 1, 0)).line,
                };
                continue;
            }
            this.addEntry(this.rootCollection, pair, key);
        }
        return node;
    }
    addEntry(collection, pair, key) {
        const entry = { kind: 'entry', key, value: { kind: 'null' }, line: this.lineOf(pair.key) };
        collection.node.items.push(entry);
        this.anchor(collection, entry, pair.key);
        entry.value = this.value(pair.value, collection);
    }
    value(node, parent) {
        const resolved = (0,yaml_dist/* isAlias */.Vj)(node) ? node.resolve(this.doc) : node;
        if (resolved === undefined || resolved === null)
            return { kind: 'null' };
        const line = this.lineOf(resolved);
        if (this.building.has(resolved)) {
            throw new sops_error_SopsError('parse', 'a YAML alias refers to one of its own parents (recursive alias)', { fileName: this.fileName, line: this.lineOf(node) });
        }
        const viaAlias = (0,yaml_dist/* isAlias */.Vj)(node);
        this.building.add(resolved);
        if (viaAlias)
            this.aliasDepth++;
        try {
            return this.collectionOrScalar(resolved, parent, line);
        }
        finally {
            this.building.delete(resolved);
            if (viaAlias)
                this.aliasDepth--;
        }
    }
    collectionOrScalar(resolved, parent, line) {
        if ((0,yaml_dist/* isMap */.jh)(resolved)) {
            const map = { kind: 'map', items: [], line };
            const collection = this.collection(map, resolved, parent, resolved.items[0]?.key);
            for (const pair of resolved.items)
                this.addEntry(collection, pair, this.keyOf(pair.key));
            return map;
        }
        if ((0,yaml_dist/* isSeq */.oP)(resolved)) {
            const list = { kind: 'list', items: [], line };
            const collection = this.collection(list, resolved, parent, resolved.items[0]);
            for (const child of resolved.items) {
                const item = { kind: 'item', value: { kind: 'null' }, line: this.lineOf(child) };
                list.items.push(item);
                this.anchor(collection, item, child, true);
                item.value = this.value(child, collection);
            }
            return list;
        }
        if ((0,yaml_dist/* isScalar */.jn)(resolved))
            return scalarNode(resolved.value, line);
        throw new sops_error_SopsError('parse', 'unsupported YAML node', { fileName: this.fileName, line });
    }
    collection(node, yamlNode, parent, first) {
        const flow = yamlNode.flow === true;
        const column = flow ? Infinity : (this.columnOf(first) ?? Infinity);
        const isList = node.kind === 'list';
        return { node, itemColumn: isList && column !== Infinity ? this.dashColumn(first) : column, parent };
    }
    anchor(collection, item, node, isListItem = false) {
        const offset = this.offsetOf(node);
        if (offset === undefined || this.aliasDepth > 0)
            return;
        const pos = position(this.lineStarts, offset);
        const column = isListItem ? this.dashColumn(node) : pos.column;
        this.anchors.push({ line: pos.line, column, collection, item });
    }
    /** Column of the `-` before a block list item (its value's range starts after the indicator). */
    dashColumn(node) {
        const offset = this.offsetOf(node);
        if (offset === undefined)
            return Infinity;
        const { line, column } = position(this.lineStarts, offset);
        const start = this.lineStarts[line - 1];
        const dash = this.text.slice(start, start + column).lastIndexOf('-');
        return dash >= 0 ? dash : column;
    }
    keyOf(key) {
        if ((0,yaml_dist/* isScalar */.jn)(key)) {
            const value = key.value;
            if (typeof value === 'string')
                return value;
            if (value === null)
                return '';
            // sops only supports string keys; a plain `2024:` key is read as its source text.
            const range = key.range;
            if (range !== undefined && range !== null)
                return this.text.slice(range[0], range[1]);
            return String(value);
        }
        throw new sops_error_SopsError('parse', 'only scalar map keys are supported by sops', { fileName: this.fileName, line: this.lineOf(key) });
    }
    offsetOf(node) {
        const range = node?.range;
        return range?.[0];
    }
    columnOf(node) {
        const offset = this.offsetOf(node);
        return offset === undefined ? undefined : position(this.lineStarts, offset).column;
    }
    lineOf(node) {
        const offset = this.offsetOf(node);
        return offset === undefined ? undefined : position(this.lineStarts, offset).line;
    }
}
function scalarNode(value, line) {
    if (value === null || value === undefined)
        return { kind: 'null', line };
    if (typeof value === 'string')
        return { kind: 'str', value, line };
    if (typeof value === 'bigint')
        return { kind: 'int', value, line };
    if (typeof value === 'number')
        return { kind: 'float', value, line };
    if (typeof value === 'boolean')
        return { kind: 'bool', value, line };
    if (value instanceof Uint8Array)
        return { kind: 'bytes', value, line };
    return { kind: 'str', value: String(value), line };
}
function loadEncryptedYaml(text, fileName) {
    return parseYaml(text, fileName, true);
}
function yaml_store_loadPlainYaml(text, fileName) {
    return parseYaml(text, fileName, false).documents;
}

;// CONCATENATED MODULE: ./packages/sops/src/internal/stores/yaml-writer.ts
// Writing sops YAML the way sops' store does (go-yaml v3, indent 4): comments as head comments of
// the next key or item, trailing root comments before `sops`, the metadata in every document.


function yaml_writer_emitYaml(documents, metadata) {
    return documents
        .map((docNode) => {
        const doc = new Document();
        const root = mapToYaml(docNode, metadata);
        doc.contents = root;
        return doc.toString({ indent: 4, indentSeq: true, lineWidth: 0 });
    })
        .join('---\n');
}
function commentText(lines) {
    return lines.join('\n');
}
function mapToYaml(node, metadata) {
    const map = new YAMLMap();
    let pending = [];
    for (const item of node.items) {
        if (item.kind === 'comment') {
            pending.push(item.text);
            continue;
        }
        const key = new Scalar(item.key);
        if (pending.length > 0)
            key.commentBefore = commentText(pending);
        pending = [];
        map.items.push(new Pair(key, valueToYaml(item.value)));
    }
    if (metadata !== undefined) {
        // sops writes trailing root comments as head comments of the `sops` key.
        const key = new Scalar(METADATA_KEY);
        if (pending.length > 0)
            key.commentBefore = commentText(pending);
        pending = [];
        map.items.push(new Pair(key, metadataToYaml(metadata)));
    }
    if (pending.length > 0)
        map.comment = commentText(pending);
    return map;
}
function listToYaml(node) {
    const seq = new YAMLSeq();
    let pending = [];
    for (const item of node.items) {
        if (item.kind === 'comment') {
            pending.push(item);
            continue;
        }
        const value = valueToYaml(item.value);
        if (pending.length > 0)
            value.commentBefore = commentText(pending.map((c) => c.text));
        pending = [];
        seq.items.push(value);
    }
    if (pending.length > 0)
        seq.comment = commentText(pending.map((c) => c.text));
    return seq;
}
function valueToYaml(node) {
    switch (node.kind) {
        case 'map':
            return mapToYaml(node);
        case 'list':
            return listToYaml(node);
        case 'null':
            return new Scalar(null);
        case 'bytes':
            return new Scalar(new TextDecoder().decode(node.value));
        default:
            return new Scalar(node.value);
    }
}
function metadataToYaml(value) {
    if (Array.isArray(value)) {
        const seq = new YAMLSeq();
        for (const v of value)
            seq.items.push(metadataToYaml(v));
        return seq;
    }
    if (typeof value === 'object' && value !== null) {
        const map = new YAMLMap();
        for (const [k, v] of Object.entries(value)) {
            const scalar = metadataToYaml(v);
            if (k === 'lastmodified' && scalar instanceof Scalar)
                scalar.type = Scalar.QUOTE_DOUBLE;
            if (k === 'enc' && scalar instanceof Scalar)
                scalar.type = Scalar.BLOCK_LITERAL;
            map.items.push(new Pair(new Scalar(k), scalar));
        }
        return map;
    }
    return new Scalar(value);
}

;// CONCATENATED MODULE: ./packages/sops/src/internal/stores/index.ts
// One entry point per operation over the five formats sops knows.






const SOPS_FORMATS = (/* unused pure expression or super */ null && (['yaml', 'json', 'dotenv', 'ini', 'binary']));
/** The format sops picks from a file name: .yaml/.yml, .json, .env, .ini, anything else binary. */
function stores_formatForFileName(fileName) {
    const lower = fileName.toLowerCase();
    if (lower.endsWith('.yaml') || lower.endsWith('.yml'))
        return 'yaml';
    if (lower.endsWith('.json'))
        return 'json';
    if (lower.endsWith('.env'))
        return 'dotenv';
    if (lower.endsWith('.ini'))
        return 'ini';
    return 'binary';
}
function loadEncrypted(format, text, fileName) {
    switch (format) {
        case 'yaml':
            return loadEncryptedYaml(text, fileName);
        case 'json':
        case 'binary':
            return loadEncryptedJson(text, fileName);
        case 'dotenv':
            return loadEncryptedDotenv(text, fileName);
        case 'ini':
            return loadEncryptedIni(text, fileName);
    }
}
/** Reads a plaintext file the way `sops encrypt` does. */
function stores_loadPlain(format, text, fileName) {
    switch (format) {
        case 'yaml':
            return loadPlainYaml(text, fileName);
        case 'json':
            return loadPlainJson(text, fileName);
        case 'dotenv':
            return loadPlainDotenv(text, fileName);
        case 'ini':
            return loadPlainIni(text, fileName);
        case 'binary':
            return [{ kind: 'map', items: [{ kind: 'entry', key: 'data', value: { kind: 'str', value: text } }] }];
    }
}
function stores_emitEncrypted(format, documents, metadata) {
    if (format === 'yaml')
        return emitYaml(documents, metadata);
    if (documents.length !== 1) {
        throw new SopsError('unsupported', `a ${format} file holds exactly one document (got ${documents.length}); only YAML has several`);
    }
    const [document] = documents;
    switch (format) {
        case 'json':
        case 'binary':
            return emitJson(document, metadata);
        case 'dotenv':
            return emitDotenv(document, metadata);
        case 'ini':
            return emitIni(document, metadata);
    }
}

;// CONCATENATED MODULE: ./packages/sops/src/internal/load-file.ts
// Reading an encrypted file up to its validated metadata: shared by decryption and inspection.



function contentText(content) {
    return typeof content === 'string' ? content : new TextDecoder().decode(content);
}
function load_file_loadSopsFile(content, { fileName, format }) {
    const chosen = format ?? stores_formatForFileName(fileName);
    let loaded;
    try {
        loaded = loadEncrypted(chosen, contentText(content), fileName);
    }
    catch (err) {
        if (chosen === 'binary' && err instanceof sops_error_SopsError && err.kind === 'parse') {
            throw new sops_error_SopsError('not-sops', 'not a sops-encrypted file (an encrypted binary file is JSON with a "sops" key); encrypt it with sops first', { fileName });
        }
        throw err;
    }
    if (loaded.metadata === undefined || loaded.metadata === null) {
        throw new sops_error_SopsError('not-sops', `no sops metadata found (no "sops" ${chosen === 'dotenv' ? 'keys' : chosen === 'ini' ? 'section' : 'key'}); is this file encrypted with sops?`, {
            fileName,
        });
    }
    const metadata = metadata_readMetadata(loaded.metadata, { fileName, line: loaded.metadataLine });
    return { ...loaded, format: chosen, metadata };
}

;// CONCATENATED MODULE: ./packages/sops/src/internal/tree.ts
// The ordered, typed tree every store reads into and writes from. Plain JS objects cannot be used
// internally: they reorder integer-like keys ("2024" would jump first and change the MAC order),
// lose comments and cannot tell the int 3 from the float 3.0.
function toPlain(node) {
    switch (node.kind) {
        case 'map': {
            const out = {};
            for (const item of node.items)
                if (item.kind === 'entry')
                    out[item.key] = toPlain(item.value);
            return out;
        }
        case 'list':
            return node.items.filter((i) => i.kind === 'item').map((i) => toPlain(i.value));
        case 'int':
            return Number.isSafeInteger(Number(node.value)) ? Number(node.value) : node.value;
        case 'null':
            return null;
        default:
            return node.value;
    }
}
function mapToPlain(node) {
    return toPlain(node);
}
/** Builds a tree from plain JS data; integral numbers become ints, others floats (as a YAML/JSON reader would). */
function tree_fromPlain(value) {
    if (value === null)
        return { kind: 'null' };
    if (typeof value === 'string')
        return { kind: 'str', value };
    if (typeof value === 'boolean')
        return { kind: 'bool', value };
    if (typeof value === 'bigint')
        return { kind: 'int', value };
    if (typeof value === 'number') {
        return Number.isInteger(value) ? { kind: 'int', value: BigInt(value) } : { kind: 'float', value };
    }
    if (value instanceof Uint8Array)
        return { kind: 'bytes', value };
    if (Array.isArray(value))
        return { kind: 'list', items: value.map((v) => ({ kind: 'item', value: tree_fromPlain(v) })) };
    return {
        kind: 'map',
        items: Object.entries(value).map(([key, v]) => ({ kind: 'entry', key, value: tree_fromPlain(v) })),
    };
}
function tree_mapFromPlain(value) {
    return tree_fromPlain(value);
}

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
;// CONCATENATED MODULE: ./packages/sops/src/internal/go-values.ts
/** strconv.FormatFloat(v, 'f', -1, 64): shortest round-trip digits, never an exponent. */
function goFormatFloat(v) {
    if (Number.isNaN(v))
        return 'NaN';
    if (v === Infinity)
        return '+Inf';
    if (v === -Infinity)
        return '-Inf';
    if (Object.is(v, -0))
        return '-0';
    const text = String(v);
    const match = /^(-?)(\d+)(?:\.(\d+))?e([+-]\d+)$/.exec(text);
    if (match === null)
        return text;
    const [, sign, whole, fraction = '', exponentText] = match;
    const digits = whole + fraction;
    const point = whole.length + Number(exponentText);
    if (point <= 0)
        return `${sign}0.${'0'.repeat(-point)}${digits}`;
    if (point >= digits.length)
        return `${sign}${digits}${'0'.repeat(point - digits.length)}`;
    return `${sign}${digits.slice(0, point)}.${digits.slice(point)}`;
}
/** strconv.Atoi: optional sign, decimal digits only. */
function goParseInt(text) {
    return /^[+-]?\d+$/.test(text) ? BigInt(text) : undefined;
}
/** strconv.ParseFloat for the forms sops writes (decimal, exponent, Inf, NaN). */
function goParseFloat(text) {
    if (/^[+-]?(inf|infinity)$/i.test(text))
        return text.startsWith('-') ? -Infinity : Infinity;
    if (/^nan$/i.test(text))
        return NaN;
    if (!/^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/.test(text))
        return undefined;
    return Number(text);
}
/** strconv.ParseBool. */
function goParseBool(text) {
    if (['1', 't', 'T', 'TRUE', 'true', 'True'].includes(text))
        return true;
    if (['0', 'f', 'F', 'FALSE', 'false', 'False'].includes(text))
        return false;
    return undefined;
}
const utf8 = new TextEncoder();
/** sops.ToBytes: what the MAC hashes (and what aes.Cipher encrypts) for a leaf. */
function go_values_leafBytes(node) {
    switch (node.kind) {
        case 'str':
            return utf8.encode(node.value);
        case 'int':
            return utf8.encode(node.value.toString());
        case 'float':
            return utf8.encode(goFormatFloat(node.value));
        case 'bool':
            return utf8.encode(node.value ? 'True' : 'False');
        case 'bytes':
            return node.value;
        case 'null':
            return new Uint8Array(0);
    }
}

;// CONCATENATED MODULE: ./packages/sops/src/internal/tree-walk.ts
function tree_walk_walkMap(map, visit) {
    return walkBranch(map, [], [], visit);
}
function walkBranch(map, path, stack, visit) {
    const level = [];
    const levels = [...stack, level];
    const items = map.items.map((item) => {
        if (item.kind === 'comment') {
            level.push(item.text);
            return asComment(visit(item, path, levels));
        }
        const value = walkValue(item.value, [...path, item.key], levels, visit);
        level.length = 0;
        return { ...item, value };
    });
    return { ...map, items };
}
function walkSlice(list, path, stack, visit) {
    const level = [];
    const levels = [...stack, level];
    const items = list.items.map((item) => {
        if (item.kind === 'comment') {
            level.push(item.text);
            return asComment(visit(item, path, levels));
        }
        const value = walkValue(item.value, path, levels, visit);
        level.length = 0;
        return { ...item, value };
    });
    return { ...list, items };
}
function walkValue(node, path, stack, visit) {
    switch (node.kind) {
        case 'map':
            return walkBranch(node, path, stack, visit);
        case 'list':
            return walkSlice(node, path, stack, visit);
        case 'null':
            // sops neither encrypts nor authenticates null.
            return node;
        default: {
            const out = visit(node, path, stack);
            if (out.kind === 'comment')
                throw new Error('a value cannot become a comment');
            return out;
        }
    }
}
function asComment(leaf) {
    if (leaf.kind !== 'comment')
        throw new Error('a comment cannot become a value');
    return leaf;
}

;// CONCATENATED MODULE: ./packages/sops/src/internal/value-cipher.ts
// sops' aes.Cipher: AES-256-GCM with a 32-byte nonce, the key path as authenticated data, and the
// value's Go type recorded in the envelope.


const ENVELOPE = /^ENC\[AES256_GCM,data:(.+),iv:(.+),tag:(.+),type:(.+)\]/;
const BASE64 = /^[A-Za-z0-9+/]*={0,2}$/;
function value_cipher_parseEnvelope(text) {
    if (/^ENC\[(?!AES256_GCM,)[A-Z0-9_]+,/.test(text)) {
        return { ok: false, reason: 'uses a cipher other than AES256_GCM', unsupported: true };
    }
    const m = ENVELOPE.exec(text);
    if (m === null) {
        const reason = text.startsWith('ENC[') ? 'is a truncated or malformed ENC[...] value' : 'is not an ENC[...] value';
        return { ok: false, reason, unsupported: false };
    }
    const [, data, iv, tag, type] = m;
    if (![data, iv, tag].every((part) => BASE64.test(part))) {
        return { ok: false, reason: 'has invalid base64 in its ENC[...] envelope', unsupported: false };
    }
    const value = {
        data: Buffer.from(data, 'base64'),
        iv: Buffer.from(iv, 'base64'),
        tag: Buffer.from(tag, 'base64'),
        type,
    };
    if (value.iv.length === 0 || value.tag.length !== 16) {
        return { ok: false, reason: 'has an ENC[...] envelope with a bad iv or tag length', unsupported: false };
    }
    return { ok: true, value };
}
function value_cipher_isWellFormedEnvelope(text) {
    const parsed = value_cipher_parseEnvelope(text);
    return parsed.ok && ['str', 'int', 'int64', 'float', 'bool', 'bytes', 'comment'].includes(parsed.value.type);
}
/** Opens the envelope; throws the node:crypto error on authentication failure. */
function openEnvelope(value, key, aad) {
    const decipher = (0,external_node_crypto_.createDecipheriv)('aes-256-gcm', key, value.iv, { authTagLength: 16 });
    decipher.setAAD(Buffer.from(aad, 'utf8'));
    decipher.setAuthTag(value.tag);
    return Buffer.concat([decipher.update(value.data), decipher.final()]);
}
/** The typed leaf an opened envelope stands for, or an error reason (never containing the plaintext). */
function leafFromPlaintext(type, plaintext) {
    const text = plaintext.toString('utf8');
    switch (type) {
        case 'str':
            return { ok: true, node: { kind: 'str', value: text } };
        case 'comment':
            return { ok: true, node: { kind: 'comment', text } };
        case 'bytes':
            return { ok: true, node: { kind: 'bytes', value: new Uint8Array(plaintext) } };
        case 'int':
        case 'int64': {
            const value = goParseInt(text);
            return value === undefined ? { ok: false, reason: 'type:int value is not an integer' } : { ok: true, node: { kind: 'int', value } };
        }
        case 'float': {
            const value = goParseFloat(text);
            return value === undefined ? { ok: false, reason: 'type:float value is not a number' } : { ok: true, node: { kind: 'float', value } };
        }
        case 'bool': {
            const value = goParseBool(text);
            return value === undefined ? { ok: false, reason: 'type:bool value is not a boolean' } : { ok: true, node: { kind: 'bool', value } };
        }
        default:
            return { ok: false, reason: `unknown value type "${type}"` };
    }
}
const value_cipher_randomIv = () => randomBytes(32);
function value_cipher_sealEnvelope(plaintext, type, key, aad, iv) {
    const cipher = createCipheriv('aes-256-gcm', key, iv, { authTagLength: 16 });
    cipher.setAAD(Buffer.from(aad, 'utf8'));
    const data = Buffer.concat([cipher.update(plaintext), cipher.final()]);
    const tag = cipher.getAuthTag();
    return `ENC[AES256_GCM,data:${data.toString('base64')},iv:${Buffer.from(iv).toString('base64')},tag:${tag.toString('base64')},type:${type}]`;
}
/** aes.Cipher.Encrypt for a leaf; bytes are encrypted as str, as sops' tree walk converts them first. */
function value_cipher_sealLeaf(node, key, aad, ivSource) {
    const plaintext = leafBytes(node);
    const type = node.kind === 'bytes' || node.kind === 'null' ? 'str' : node.kind;
    return value_cipher_sealEnvelope(plaintext, type, key, aad, ivSource(aad, plaintext));
}

;// CONCATENATED MODULE: ./packages/sops/src/internal/tree-crypto.ts
// sops.Tree.Encrypt / sops.Tree.Decrypt and the MAC: SHA-512 over the leaves in document order
// (comments excluded), uppercase hex, stored encrypted with `lastmodified` as authenticated data.






/** sha256("sops"): seeds the MAC when only encrypted values are authenticated, so the two modes never collide. */
const MAC_ONLY_ENCRYPTED_SEED = Buffer.from('8a3fd2ad54ce66527b1034f3d147be0b0b975b3bf44f72c6fdadec8176f27d69', 'hex');
function newMacHash(macOnlyEncrypted) {
    const hash = (0,external_node_crypto_.createHash)('sha512');
    if (macOnlyEncrypted)
        hash.update(MAC_ONLY_ENCRYPTED_SEED);
    return hash;
}
function decryptDocuments(documents, dataKey, rules, fileName) {
    const compiled = crypt_rules_compileRules(rules);
    const hash = newMacHash(compiled.macOnlyEncrypted);
    const visit = (leaf, path, comments) => {
        const isComment = leaf.kind === 'comment';
        const encrypted = compiled.shouldBeEncrypted(path, comments, isComment);
        const aad = `${path.join(':')}:`;
        const out = !encrypted ? leaf : isComment ? decryptComment(leaf, dataKey, aad) : decryptLeaf(leaf, dataKey, aad, fileName);
        if ((!compiled.macOnlyEncrypted || encrypted) && out.kind !== 'comment')
            hash.update(go_values_leafBytes(out));
        return out;
    };
    const decrypted = documents.map((doc) => tree_walk_walkMap(doc, visit));
    return { documents: decrypted, mac: hash.digest('hex').toUpperCase() };
}
/** sops leaves a comment it cannot decrypt as it is (files from older sops have clear comments). */
function decryptComment(leaf, dataKey, aad) {
    if (leaf.text === '')
        return leaf;
    const parsed = value_cipher_parseEnvelope(leaf.text);
    if (!parsed.ok)
        return leaf;
    try {
        const result = leafFromPlaintext(parsed.value.type, openEnvelope(parsed.value, dataKey, aad));
        if (!result.ok)
            return leaf;
        const text = result.node.kind === 'comment' ? result.node.text : new TextDecoder().decode(go_values_leafBytes(result.node));
        return { ...leaf, text };
    }
    catch {
        return leaf;
    }
}
function decryptLeaf(leaf, dataKey, aad, fileName) {
    const where = { fileName, line: leaf.line, keyPath: aad };
    if (leaf.kind !== 'str') {
        throw new sops_error_SopsError('parse', `the value at "${aad}" must be encrypted but is a plain ${leaf.kind}; re-encrypt the file with sops`, where);
    }
    if (leaf.value === '')
        return leaf;
    const parsed = value_cipher_parseEnvelope(leaf.value);
    if (!parsed.ok) {
        throw new sops_error_SopsError(parsed.unsupported ? 'unsupported' : 'parse', `the value at "${aad}" ${parsed.reason}; re-encrypt the file with sops`, where);
    }
    let plaintext;
    try {
        plaintext = openEnvelope(parsed.value, dataKey, aad);
    }
    catch {
        throw new sops_error_SopsError('decrypt', `the value at "${aad}" failed AES-GCM authentication: the file was changed outside sops (or values were moved between keys); restore it from version control`, where);
    }
    const result = leafFromPlaintext(parsed.value.type, plaintext);
    if (!result.ok) {
        throw new sops_error_SopsError(result.reason.startsWith('unknown') ? 'unsupported' : 'parse', `the value at "${aad}": ${result.reason}`, where);
    }
    if (result.node.kind === 'comment') {
        throw new sops_error_SopsError('parse', `the value at "${aad}" is an encrypted comment where a value was expected`, where);
    }
    return { ...result.node, line: leaf.line };
}
const INT64_MIN = (/* unused pure expression or super */ null && (-(2n ** 63n)));
const INT64_MAX = (/* unused pure expression or super */ null && (2n ** 63n - 1n));
function tree_crypto_encryptDocuments(documents, dataKey, rules, ivSource, fileName) {
    const compiled = compileRules(rules);
    const hash = newMacHash(compiled.macOnlyEncrypted);
    const visit = (leaf, path, comments) => {
        const isComment = leaf.kind === 'comment';
        if (leaf.kind === 'int' && (leaf.value < INT64_MIN || leaf.value > INT64_MAX)) {
            // sops (Go) cannot read such an int back; refuse rather than lose digits in a float.
            throw new SopsError('unsupported', `the integer at "${path.join(':')}:" does not fit in 64 bits; quote it to store it as a string`, {
                fileName,
                line: leaf.line,
            });
        }
        const encrypted = compiled.shouldBeEncrypted(path, comments, isComment);
        if ((!compiled.macOnlyEncrypted || encrypted) && leaf.kind !== 'comment')
            hash.update(leafBytes(leaf));
        if (!encrypted)
            return leaf;
        const aad = `${path.join(':')}:`;
        if (leaf.kind === 'comment') {
            if (leaf.text === '')
                return leaf;
            const plaintext = new TextEncoder().encode(leaf.text);
            return { ...leaf, text: sealEnvelope(plaintext, 'comment', dataKey, aad, ivSource(aad, plaintext)) };
        }
        // aes.Cipher leaves empty values empty.
        if ((leaf.kind === 'str' && leaf.value === '') || (leaf.kind === 'bytes' && leaf.value.length === 0)) {
            return { kind: 'str', value: '', line: leaf.line };
        }
        return { kind: 'str', value: sealLeaf(leaf, dataKey, aad, ivSource), line: leaf.line };
    };
    const encrypted = documents.map((doc) => walkMap(doc, visit));
    return { documents: encrypted, mac: hash.digest('hex').toUpperCase() };
}
function tree_crypto_sealMac(mac, dataKey, lastModified, ivSource) {
    const plaintext = new TextEncoder().encode(mac);
    return sealEnvelope(plaintext, 'str', dataKey, lastModified, ivSource(lastModified, plaintext));
}
/** The MAC stored in the file, or an error explaining why it cannot be read. */
function openMac(stored, dataKey, lastModified) {
    const parsed = value_cipher_parseEnvelope(stored);
    if (!parsed.ok)
        return { ok: false, reason: `the stored MAC ${parsed.reason}` };
    try {
        return { ok: true, mac: openEnvelope(parsed.value, dataKey, lastModified).toString('utf8') };
    }
    catch {
        return { ok: false, reason: 'the stored MAC failed AES-GCM authentication (it, or lastmodified, was edited)' };
    }
}

;// CONCATENATED MODULE: ./packages/sops/src/internal/decrypt.ts
// `sops decrypt` for age: unwrap the data key, decrypt the tree, verify the MAC (always).






async function decryptSops(content, options) {
    const { fileName } = options;
    const file = load_file_loadSopsFile(content, options);
    const { metadata } = file;
    if (metadata.keyGroupCount > 1) {
        throw new sops_error_SopsError('unsupported', `the data key is split across ${metadata.keyGroupCount} key groups (Shamir); only a single key group is supported`, {
            fileName,
        });
    }
    const identities = parseAgeIdentities(options.identities);
    if (identities.length === 0) {
        throw new sops_error_SopsError('bad-identity', 'no age identity given: set SOPS_AGE_KEY to an AGE-SECRET-KEY-1... line (or SOPS_AGE_KEY_FILE to a key file)', {
            fileName,
        });
    }
    if (metadata.age.length === 0) {
        const others = metadata.otherKeyTypes.length > 0 ? ` (it is encrypted for ${metadata.otherKeyTypes.join(', ')} only)` : '';
        throw new sops_error_SopsError('no-matching-identity', `the file has no age recipients${others}; re-encrypt it for an age recipient with sops updatekeys`, {
            fileName,
            recipients: [],
        });
    }
    const { dataKey, recipient } = await unwrapDataKey(metadata.age, identities, fileName);
    const tree = decryptWithDataKey(file, dataKey, fileName);
    const documents = tree.map(mapToPlain);
    return { fileName, format: file.format, documents, data: documents[0], tree, metadata, matchedRecipient: recipient };
}
/** Decrypts the tree with a known data key and verifies the MAC; throws on any mismatch. */
function decryptWithDataKey(file, dataKey, fileName) {
    const { metadata } = file;
    const { documents, mac } = decryptDocuments(file.documents, dataKey, metadata_effectiveRules(metadata), fileName);
    const where = { fileName, line: file.metadataLine };
    if (metadata.mac === undefined) {
        throw new sops_error_SopsError('mac-mismatch', 'MAC mismatch: the file has no MAC (the sops "mac" field is missing): the file was changed outside sops; restore it or re-encrypt it with sops', where);
    }
    const lastModified = normalizeLastModified(metadata.lastModified) ?? metadata.lastModified;
    const stored = openMac(metadata.mac, dataKey, lastModified);
    if (!stored.ok) {
        throw new sops_error_SopsError('mac-mismatch', `MAC mismatch: ${stored.reason}: the file was changed outside sops; restore it or re-encrypt it with sops`, where);
    }
    if (stored.mac !== mac) {
        throw new sops_error_SopsError('mac-mismatch', 'MAC mismatch: the file was changed outside sops (a value, key or entry was edited, added or removed); restore it or re-encrypt it with sops', where);
    }
    return documents;
}

;// CONCATENATED MODULE: ./packages/sops/src/internal/encrypt.ts
// `sops encrypt` for age recipients: a fresh (or given) data key, every value sealed under its key
// path, the MAC over the plaintext, and the metadata block sops writes.









/** The sops release whose file format and behaviour this writer follows. */
const SOPS_FORMAT_VERSION = '3.13.2';
async function encryptSops(input, options) {
    const { fileName } = options;
    const format = options.format ?? formatForFileName(fileName);
    const documents = inputDocuments(input, format, fileName);
    if (format !== 'yaml' && documents.length !== 1) {
        throw new SopsError('unsupported', `a ${format} file holds exactly one document (got ${documents.length})`, { fileName });
    }
    const alreadyEncrypted = documents.some((doc) => doc.items.some((i) => i.kind === 'entry' && (format === 'dotenv' ? i.key.startsWith('sops_') : i.key === 'sops')));
    if (alreadyEncrypted) {
        throw new SopsError('parse', 'the input already has sops metadata (a "sops" key); decrypt it first instead of encrypting it twice', { fileName });
    }
    const recipients = options.recipients ?? options.existingMetadata?.age.map((a) => a.recipient) ?? [];
    if (recipients.length === 0) {
        throw new SopsError('bad-identity', 'no age recipients to encrypt for: give the public keys (age1...) from .sops.yaml', { fileName });
    }
    const rules = withDefaultRule(options.rules ?? options.existingMetadata?.rules ?? {});
    const conflict = ruleConflict(rules);
    if (conflict !== null)
        throw new SopsError('parse', `invalid encryption rules: ${conflict}`, { fileName });
    const dataKey = options.dataKey ?? randomBytes(32);
    if (dataKey.length !== 32)
        throw new SopsError('unsupported', `the data key must be 32 bytes (got ${dataKey.length})`, { fileName });
    const ivSource = options.ivSource ?? randomIv;
    const encrypted = encryptDocuments(documents, dataKey, rules, ivSource, fileName);
    const lastModified = formatLastModified(options.now ?? new Date());
    const age = await Promise.all(recipients.map((r) => wrapDataKey(dataKey, r)));
    const metadata = metadataObject({
        age,
        lastModified,
        mac: sealMac(encrypted.mac, dataKey, lastModified, ivSource),
        rules,
        version: options.version ?? SOPS_FORMAT_VERSION,
    });
    const text = emitEncrypted(format, encrypted.documents, metadata);
    return { text, metadata: readMetadata(metadata, { fileName }) };
}
function inputDocuments(input, format, fileName) {
    if ('plaintext' in input) {
        const text = typeof input.plaintext === 'string' ? input.plaintext : new TextDecoder().decode(input.plaintext);
        return loadPlain(format, text, fileName);
    }
    if ('tree' in input)
        return input.tree;
    const data = input.data;
    return Array.isArray(data) ? data.map(mapFromPlain) : [mapFromPlain(data)];
}

;// CONCATENATED MODULE: ./packages/sops/src/internal/inspect.ts
// A key-free look at an encrypted file for compliance checks: its metadata, and for every value
// whether it is a well-formed ENC[...] envelope or plaintext the file's rules allow. No value is
// ever copied into the report.





function inspectSops(content, options) {
    const file = loadSopsFile(content, options);
    const { metadata } = file;
    const rules = compileRules(effectiveRules(metadata));
    const leaves = [];
    const comments = [];
    file.documents.forEach((doc, document) => {
        walkMap(doc, (leaf, path, stack) => {
            const keyPath = `${path.join(':')}:`;
            const wanted = rules.shouldBeEncrypted(path, stack, leaf.kind === 'comment');
            if (leaf.kind === 'comment') {
                comments.push({ document, keyPath, line: leaf.line, encrypted: isWellFormedEnvelope(leaf.text) });
                return leaf;
            }
            const report = { document, path: [...path], keyPath, line: leaf.line, state: 'plaintext-allowed' };
            if (leaf.kind === 'str' && leaf.value.startsWith('ENC[')) {
                const parsed = parseEnvelope(leaf.value);
                report.state = isWellFormedEnvelope(leaf.value) ? 'encrypted' : 'malformed';
                if (parsed.ok)
                    report.encryptedType = parsed.value.type;
            }
            else if (leaf.kind === 'str' && leaf.value === '') {
                report.state = 'empty';
            }
            else if (wanted) {
                report.state = 'plaintext-unexpected';
            }
            leaves.push(report);
            return leaf;
        });
    });
    return {
        fileName: options.fileName,
        format: file.format,
        version: metadata.version,
        lastModified: metadata.lastModified,
        macPresent: metadata.mac !== undefined,
        macLooksEncrypted: metadata.mac !== undefined && isWellFormedEnvelope(metadata.mac),
        ageRecipients: metadata.age.map((a) => a.recipient),
        otherKeyTypes: metadata.otherKeyTypes,
        keyGroupCount: metadata.keyGroupCount,
        rules: metadata.rules,
        macOnlyEncrypted: metadata.rules.macOnlyEncrypted === true,
        leaves,
        comments,
    };
}

;// CONCATENATED MODULE: ./packages/sops/src/index.ts
// @mcp-secrets/sops: native SOPS decryption and encryption for age recipients (YAML, JSON, dotenv,
// INI, binary), with the MAC always verified. No sops binary, no network.









/***/ })

};
;