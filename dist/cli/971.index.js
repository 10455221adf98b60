"use strict";
exports.id = 971;
exports.ids = [971];
exports.modules = {

/***/ 6971:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  applyRotation: () => (/* reexport */ applyRotation),
  planRotation: () => (/* reexport */ planRotation),
  renderPlan: () => (/* reexport */ renderPlan),
  renderResult: () => (/* reexport */ renderResult)
});

// UNUSED EXPORTS: bumpVersion, generateSecret

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: ./packages/ports/src/index.ts + 5 modules
var src = __webpack_require__(3161);
// EXTERNAL MODULE: ./packages/secrets-store/src/index.ts + 4 modules
var secrets_store_src = __webpack_require__(75830);
// EXTERNAL MODULE: ./packages/sops/src/index.ts + 21 modules
var sops_src = __webpack_require__(52408);
// EXTERNAL MODULE: external "node:child_process"
var external_node_child_process_ = __webpack_require__(31421);
;// CONCATENATED MODULE: ./packages/rotation/src/internal/git-tree.ts
// The working-tree guard: rotation starts only from committed files, so `git diff` afterwards shows
// exactly what it changed and `git checkout` undoes it.




function git(args, cwd) {
    return (0,external_node_child_process_.execFileSync)('git', args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
}
/** The repository's top folder (real path), or a ConfigurationError when `dir` is not in a git work tree. */
function repositoryRoot(dir, display) {
    try {
        return (0,external_node_fs_.realpathSync)(git(['rev-parse', '--show-toplevel'], dir).trim());
    }
    catch {
        throw new src/* ConfigurationError */.j1(`is not inside a git working tree`, {
            file: display,
            hint: 'rotate runs in a clone of the repository, so every change it makes can be reviewed and committed',
        });
    }
}
/** Repository-relative path with forward slashes. */
function repoRelative(root, path) {
    return (0,external_node_path_.relative)(root, path).split(external_node_path_.sep).join('/');
}
/** The given files (repository-relative) that are modified, staged, deleted or not tracked at all. */
function uncommittedFiles(root, files) {
    const out = git(['--literal-pathspecs', 'status', '--porcelain=v1', '-z', '--untracked-files=all', '--', ...files], root);
    const entries = out.split('\0');
    const paths = new Set();
    // -z entries are "XY path"; a rename or copy is followed by its origin path, which changed too.
    for (let i = 0; i < entries.length; i++) {
        const entry = entries[i];
        if (entry.length < 4)
            continue;
        paths.add(entry.slice(3));
        if (/[RC]/.test(entry.slice(0, 2)) && i + 1 < entries.length)
            paths.add(entries[++i]);
    }
    // An ignored file shows in neither list: anything git does not track cannot be restored by git either.
    const tracked = new Set(git(['--literal-pathspecs', 'ls-files', '-z', '--', ...files], root).split('\0'));
    return files.filter((file) => paths.has(file) || !tracked.has(file));
}
/** Refuses when the bundle or `.sops.yaml` has changes that are not committed. */
function requireCommitted(root, files) {
    const dirty = uncommittedFiles(root, files);
    if (dirty.length > 0) {
        throw new src/* ConfigurationError */.j1(`uncommitted changes to ${dirty.join(', ')}: nothing was rotated`, {
            hint: 'commit or discard them first, so the rotation is the only change to review',
        });
    }
}

// EXTERNAL MODULE: ./node_modules/age-encryption/dist/index.js + 51 modules
var dist = __webpack_require__(81539);
;// CONCATENATED MODULE: ./packages/rotation/src/internal/identities.ts




/** The age identities of SOPS_AGE_KEY, else of the file SOPS_AGE_KEY_FILE names, with their public keys. */
async function loadIdentities(env) {
    const inline = env.SOPS_AGE_KEY ?? '';
    const file = (env.SOPS_AGE_KEY_FILE ?? '').trim();
    let text = inline;
    let source = 'SOPS_AGE_KEY';
    if (inline.trim() === '') {
        if (file === '') {
            throw new src/* ConfigurationError */.j1('no age identity to decrypt the bundle', { hint: 'set SOPS_AGE_KEY to your AGE-SECRET-KEY-1... line, or SOPS_AGE_KEY_FILE to your key file' });
        }
        try {
            text = (0,external_node_fs_.readFileSync)(file, 'utf8');
        }
        catch {
            throw new src/* ConfigurationError */.j1(`cannot read the age key file ${file}`, { hint: 'check SOPS_AGE_KEY_FILE' });
        }
        source = file;
    }
    try {
        const parsed = (0,sops_src/* parseAgeIdentities */.nV)(text, source);
        const keys = await Promise.all(parsed.map(async ({ secretKey, line }) => ({ secretKey, recipient: await recipientOf(secretKey, source, line) })));
        if (keys.length === 0)
            throw new src/* ConfigurationError */.j1(`${source} holds no age identity`, { hint: 'it needs an AGE-SECRET-KEY-1... line' });
        return { text, keys };
    }
    catch (error) {
        if (error instanceof sops_src/* SopsError */.gb)
            throw new src/* ConfigurationError */.j1(error.message);
        throw error;
    }
}
async function recipientOf(secretKey, source, line) {
    try {
        return await (0,dist/* identityToRecipient */.RE)(secretKey);
    }
    catch {
        // The library's message may quote the key: name the line only.
        throw new src/* ConfigurationError */.j1(`line ${line} of ${source} is not a valid age identity (bad checksum or length)`, { hint: 'copy the whole AGE-SECRET-KEY line again' });
    }
}

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(77598);
;// CONCATENATED MODULE: ./packages/rotation/src/internal/key-changes.ts



const ENV_NAME = /^[A-Za-z_][A-Za-z0-9_]*$/;
/** A new random value as the runbooks make it (`openssl rand -hex 32`). */
function generateSecret() {
    return (0,external_node_crypto_.randomBytes)(32).toString('hex');
}
/**
 * Resolves every change to its new value and checks the names: valid environment variable names,
 * not reserved, not the version key (rotate bumps it itself), each key changed once.
 */
function resolveKeyChanges(options, env) {
    const changes = [];
    for (const assignment of options.set) {
        const at = assignment.indexOf('=');
        if (at <= 0) {
            throw new src/* ConfigurationError */.j1('expected KEY=VALUE (the value is not shown)', { input: 'set', hint: 'write --set API_TOKEN=new-value, or prefer --set-from-env API_TOKEN' });
        }
        changes.push({ key: assignment.slice(0, at).trim(), source: 'set', value: assignment.slice(at + 1) });
    }
    for (const key of options.setFromEnv) {
        const value = env[key];
        if (value === undefined || value === '') {
            throw new src/* ConfigurationError */.j1(`the environment variable ${key} is not set or empty`, { input: 'set-from-env', hint: `export ${key} with the new value first` });
        }
        changes.push({ key, source: 'set-from-env', value });
    }
    for (const key of options.generate)
        changes.push({ key, source: 'generate', value: generateSecret() });
    checkNames(changes);
    return changes;
}
function checkNames(changes) {
    const invalid = changes.filter((c) => !ENV_NAME.test(c.key)).map((c) => `'${c.key}'`);
    if (invalid.length > 0) {
        throw new src/* ConfigurationError */.j1(`not valid environment variable names: ${invalid.join(', ')}`, { hint: 'use letters, digits and _ (not starting with a digit)' });
    }
    const reserved = changes.filter((c) => (0,secrets_store_src/* isReservedName */.ce)(c.key)).map((c) => c.key);
    if (reserved.length > 0) {
        throw new src/* ConfigurationError */.j1(`reserved names can never be in a secret bundle: ${reserved.join(', ')}`, { hint: 'choose another name' });
    }
    if (changes.some((c) => c.key === secrets_store_src/* VERSION_KEY */.nS)) {
        throw new src/* ConfigurationError */.j1(`${secrets_store_src/* VERSION_KEY */.nS} cannot be set: rotate bumps it itself`);
    }
    const seen = new Set();
    const twice = new Set();
    for (const { key } of changes)
        (seen.has(key) ? twice : seen).add(key);
    if (twice.size > 0)
        throw new src/* ConfigurationError */.j1(`keys given more than once: ${[...twice].join(', ')}`, { hint: 'change each key with one option' });
}

// EXTERNAL MODULE: ./node_modules/yaml/dist/index.js
var yaml_dist = __webpack_require__(38815);
;// CONCATENATED MODULE: ./packages/rotation/src/internal/sops-config.ts
// The `.sops.yaml` creation rule that applies to the bundle: its age recipients, and adding one.




const CONFIG_NAMES = ['.sops.yaml', '.sops.yml'];
/** Looks for `.sops.yaml` from the bundle's folder up to the repository root (sops' own upward search). */
function findSopsConfig(bundlePath, repoRoot) {
    let dir = (0,external_node_path_.dirname)(bundlePath);
    for (;;) {
        for (const name of CONFIG_NAMES) {
            const path = (0,external_node_path_.join)(dir, name);
            if ((0,external_node_fs_.existsSync)(path))
                return { path, text: (0,external_node_fs_.readFileSync)(path, 'utf8') };
        }
        if (dir === repoRoot || (0,external_node_path_.dirname)(dir) === dir)
            return undefined;
        dir = (0,external_node_path_.dirname)(dir);
    }
}
function parseConfig(config, display) {
    const lines = new yaml_dist/* LineCounter */.HN();
    const doc = (0,yaml_dist/* parseDocument */.Tp)(config.text, { lineCounter: lines });
    if (doc.errors.length > 0) {
        const first = doc.errors[0];
        throw new src/* ConfigurationError */.j1(`is not valid YAML: ${first.message.split('\n')[0]}`, { file: display, line: first.linePos?.[0].line });
    }
    return { doc, lines };
}
function rulesOf(doc, display) {
    const rules = doc.get('creation_rules', true);
    if (!(0,yaml_dist/* isSeq */.oP)(rules))
        throw new src/* ConfigurationError */.j1('has no creation_rules list', { file: display, hint: 'add a creation rule with path_regex and age recipients' });
    return rules.items;
}
function lineOf(node, lines) {
    return node.range ? lines.linePos(node.range[0]).line : 1;
}
function recipientsIn(value) {
    if ((0,yaml_dist/* isScalar */.jn)(value))
        return String(value.value ?? '').split(',').map((r) => r.trim()).filter((r) => r !== '');
    if ((0,yaml_dist/* isSeq */.oP)(value))
        return value.items.flatMap(recipientsIn);
    return [];
}
/**
 * The first creation rule matching the bundle, as sops picks it: the path relative to the
 * config's folder, tested with path_regex (or the older filename_regex); a rule with neither matches all.
 */
function matchCreationRule(config, bundlePath, display) {
    const { doc, lines } = parseConfig(config, display);
    const relativePath = (0,external_node_path_.relative)((0,external_node_path_.dirname)(config.path), bundlePath).split(external_node_path_.sep).join('/');
    const rules = rulesOf(doc, display);
    for (const [index, rule] of rules.entries()) {
        if (!(0,yaml_dist/* isMap */.jh)(rule))
            continue;
        const line = lineOf(rule, lines);
        const pattern = String(rule.get('path_regex') ?? rule.get('filename_regex') ?? '');
        let regex;
        try {
            regex = new RegExp(pattern);
        }
        catch {
            throw new src/* ConfigurationError */.j1(`creation rule ${index + 1} has a path_regex that is not a valid regular expression`, { file: display, line });
        }
        if (!regex.test(relativePath))
            continue;
        const groups = rule.get('key_groups', true);
        const groupRecipients = (0,yaml_dist/* isSeq */.oP)(groups) ? groups.items.flatMap((g) => ((0,yaml_dist/* isMap */.jh)(g) ? recipientsIn(g.get('age', true)) : [])) : [];
        const recipients = [...new Set([...recipientsIn(rule.get('age', true)), ...groupRecipients])];
        return { index, line, pattern, recipients };
    }
    throw new src/* ConfigurationError */.j1(`no creation rule matches ${relativePath}`, { file: display, hint: 'add a rule whose path_regex matches the bundle' });
}
/**
 * The config text with one more age recipient in the matched rule: appended to `age` (keeping a
 * comma-separated string a string and a list a list), or to the first key group when the rule has one.
 * Comments and the other rules are kept.
 */
function addRecipient(config, ruleIndex, recipient, display) {
    const { doc } = parseConfig(config, display);
    const rule = rulesOf(doc, display)[ruleIndex];
    if (!(0,yaml_dist/* isMap */.jh)(rule))
        throw new src/* ConfigurationError */.j1(`creation rule ${ruleIndex + 1} is not a map`, { file: display });
    const groups = rule.get('key_groups', true);
    const firstGroup = (0,yaml_dist/* isSeq */.oP)(groups) ? groups.items.find(yaml_dist/* isMap */.jh) : undefined;
    const holder = rule.has('age') || firstGroup === undefined ? rule : firstGroup;
    const age = holder.get('age', true);
    if ((0,yaml_dist/* isSeq */.oP)(age)) {
        age.add(doc.createNode(recipient));
    }
    else if ((0,yaml_dist/* isScalar */.jn)(age) && String(age.value ?? '').trim() !== '') {
        age.value = `${String(age.value).trim()},${recipient}`;
    }
    else {
        const list = new yaml_dist/* YAMLSeq */.Rw();
        list.add(doc.createNode(recipient));
        holder.set('age', list);
    }
    return doc.toString({ lineWidth: 0 });
}

;// CONCATENATED MODULE: ./packages/rotation/src/internal/version-bump.ts


const DOTTED = /^(v?(?:\d+\.)*)(\d+)$/;
/**
 * The next MCP_SECRETS_VERSION: an integer plus one ("7" → "8"), or the last numeric segment of a
 * dotted version plus one ("2026.11.2" → "2026.11.3"). A bundle without a version starts at "1".
 */
function bumpVersion(current, file) {
    if (current === undefined)
        return '1';
    const match = DOTTED.exec(current.trim());
    if (match === null) {
        throw new src/* ConfigurationError */.j1(`${secrets_store_src/* VERSION_KEY */.nS} is '${current}', which is not a version rotate can bump`, {
            file,
            hint: 'use numbers separated by dots (7 or 2026.11.2); fix it with sops first',
        });
    }
    const [, prefix, last] = match;
    const next = (BigInt(last) + 1n).toString().padStart(last.length, '0');
    return `${prefix}${next}`;
}

;// CONCATENATED MODULE: ./packages/rotation/src/internal/plan.ts
// Everything rotate checks and computes before it writes anything: a dry run is this plan printed.










const TASK_ID = /^[A-Za-z0-9][A-Za-z0-9._-]*$/;
function readPlanned(path, root) {
    return { path, display: repoRelative(root, path), original: (0,external_node_fs_.readFileSync)(path, 'utf8'), mode: (0,external_node_fs_.statSync)(path).mode & 0o777 };
}
/**
 * Checks every refusal (dirty tree, unknown or reserved keys, no recipients, lock-out) and computes
 * the rotated tree. Reads files and git; writes nothing and never contacts Vault.
 */
async function planRotation(request, environment) {
    const { cwd, env } = environment;
    if (request.task !== undefined && !TASK_ID.test(request.task)) {
        throw new src/* ConfigurationError */.j1(`'${request.task}' is not a task id`, { input: 'task', hint: 'use letters, digits, ".", "_" and "-", e.g. TASK-OPS-302' });
    }
    if (request.ageKeyOut !== undefined && !request.newAgeKey) {
        throw new src/* ConfigurationError */.j1('--age-key-out only makes sense with --new-age-key', { input: 'age-key-out' });
    }
    const bundlePath = (0,external_node_path_.resolve)(cwd, request.bundleFile);
    if (!(0,external_node_fs_.existsSync)(bundlePath)) {
        throw new src/* ConfigurationError */.j1(`the bundle ${request.bundleFile} does not exist`, { input: 'sops-file', hint: 'pass --sops-file with the encrypted bundle' });
    }
    const realBundle = (0,external_node_fs_.realpathSync)(bundlePath);
    const root = repositoryRoot((0,external_node_path_.dirname)(realBundle), request.bundleFile);
    const config = findSopsConfig(realBundle, root);
    if (config === undefined) {
        throw new src/* ConfigurationError */.j1(`no .sops.yaml between ${repoRelative(root, (0,external_node_path_.dirname)(realBundle)) || '.'} and the repository root`, {
            hint: 'rotate encrypts for the recipients of the .sops.yaml creation rule that matches the bundle',
        });
    }
    const bundle = readPlanned(realBundle, root);
    const sopsConfig = readPlanned(config.path, root);
    requireCommitted(root, [bundle.display, sopsConfig.display]);
    const changes = resolveKeyChanges(request.changes, env);
    if (changes.length === 0 && !request.newAgeKey) {
        throw new src/* ConfigurationError */.j1('nothing to rotate', { hint: 'give --set KEY=VALUE, --set-from-env KEY, --generate KEY or --new-age-key' });
    }
    const rule = matchCreationRule(config, realBundle, sopsConfig.display);
    if (rule.recipients.length === 0) {
        throw new src/* ConfigurationError */.j1(`creation rule ${rule.index + 1} has no age recipients`, { file: sopsConfig.display, line: rule.line, hint: 'add the team\'s age public keys (age1...) to it' });
    }
    const identities = await loadIdentities(env);
    if (!request.newAgeKey && !identities.keys.some((k) => rule.recipients.includes(k.recipient))) {
        throw new src/* ConfigurationError */.j1('none of your age identities is a recipient of the rotated bundle, so it could not be verified (and you could not decrypt it)', {
            file: sopsConfig.display,
            line: rule.line,
            hint: 'add your public key to the creation rule, or add --new-age-key',
        });
    }
    const decrypted = await decryptBundle(bundle, identities.text);
    const ageKeyOut = request.ageKeyOut === undefined ? undefined : checkKeyOut((0,external_node_path_.resolve)(cwd, request.ageKeyOut), root);
    const { tree, planned, unchangedKeys, version } = rotateTree(decrypted, changes, request.allowAdd, bundle.display);
    return {
        repositoryRoot: root,
        bundle,
        sopsConfig,
        rule,
        changes: planned,
        unchangedKeys,
        version,
        newAgeKey: request.newAgeKey,
        ageKeyOut,
        vaultPath: request.vaultPath,
        task: request.task,
        material: { decrypted, tree, identities },
    };
}
async function decryptBundle(bundle, identities) {
    try {
        return await (0,sops_src.decryptSops)(bundle.original, { fileName: bundle.display, identities });
    }
    catch (error) {
        if (error instanceof sops_src/* SopsError */.gb && (error.kind === 'no-matching-identity' || error.kind === 'bad-identity')) {
            throw new src/* ConfigurationError */.j1(error.message);
        }
        throw error;
    }
}
function checkKeyOut(path, root) {
    const parent = (0,external_node_path_.dirname)(path);
    if (!(0,external_node_fs_.existsSync)(parent))
        throw new src/* ConfigurationError */.j1(`the folder ${parent} does not exist`, { input: 'age-key-out' });
    const fromRoot = (0,external_node_path_.relative)(root, (0,external_node_path_.join)((0,external_node_fs_.realpathSync)(parent), (0,external_node_path_.basename)(path)));
    if (!fromRoot.startsWith('..') && !(0,external_node_path_.isAbsolute)(fromRoot)) {
        throw new src/* ConfigurationError */.j1(`${path} is inside the repository: a secret key must never be committed`, { input: 'age-key-out', hint: 'write it outside the clone, e.g. ~/.config/sops/age/keys.txt' });
    }
    if ((0,external_node_fs_.existsSync)(path))
        throw new src/* ConfigurationError */.j1(`${path} already exists: rotate never overwrites a key file`, { input: 'age-key-out', hint: 'choose a new file name' });
    return path;
}
function entryIndex(doc, key) {
    return doc.items.findIndex((item) => item.kind === 'entry' && item.key === key);
}
function versionText(node) {
    if (node === undefined || node.kind === 'null')
        return undefined;
    if (node.kind === 'map' || node.kind === 'list' || node.kind === 'bytes')
        return '';
    return String(node.value);
}
/** The first document with the new values and the bumped version; comments, order and other documents kept. */
function rotateTree(decrypted, changes, allowAdd, display) {
    const [first, ...rest] = decrypted.tree;
    const unknown = changes.filter((c) => entryIndex(first, c.key) === -1).map((c) => c.key);
    if (unknown.length > 0 && !allowAdd) {
        throw new src/* ConfigurationError */.j1(`${display} has no key ${unknown.join(', ')}`, { hint: 'check the spelling, or add --add to add new keys' });
    }
    const items = [...first.items];
    const replace = (key, value) => {
        const at = entryIndex(first, key);
        const entry = { kind: 'entry', key, value };
        if (at === -1)
            items.push(entry);
        else
            items[at] = entry;
    };
    for (const change of changes)
        replace(change.key, { kind: 'str', value: change.value });
    const at = entryIndex(first, secrets_store_src/* VERSION_KEY */.nS);
    const current = at === -1 ? undefined : first.items[at].value;
    const from = versionText(current);
    const to = bumpVersion(from, display);
    replace(secrets_store_src/* VERSION_KEY */.nS, current?.kind === 'int' ? { kind: 'int', value: BigInt(to) } : { kind: 'str', value: to });
    const changed = new Set(changes.map((c) => c.key));
    const unchangedKeys = first.items.flatMap((item) => (item.kind === 'entry' && !changed.has(item.key) && item.key !== secrets_store_src/* VERSION_KEY */.nS ? [item.key] : []));
    return {
        tree: [{ ...first, items }, ...rest],
        planned: changes.map((c) => ({ key: c.key, source: c.source, added: unknown.includes(c.key) })),
        unchangedKeys,
        version: { from, to },
    };
}

// EXTERNAL MODULE: external "node:util"
var external_node_util_ = __webpack_require__(57975);
// EXTERNAL MODULE: ./packages/fs-safe/src/index.ts
var fs_safe_src = __webpack_require__(81355);
;// CONCATENATED MODULE: ./packages/rotation/src/internal/file-set.ts
// Several files replaced as one: every new content is staged next to its target first, then all
// are renamed into place; any failure puts back what was there before.


function stage(write) {
    return { ...write, temp: (0,fs_safe_src/* stageFile */.HW)(write.path, write.content, write.mode) };
}
function putBack(write) {
    if (write.original === undefined)
        (0,external_node_fs_.rmSync)(write.path, { force: true });
    else
        (0,fs_safe_src/* writeFileAtomic */.Zf)(write.path, write.original, { mode: write.mode });
}
/** Writes all files or none. Returns an undo that restores every original (used when a later step fails). */
function replaceFiles(writes) {
    const staged = [];
    const placed = [];
    try {
        for (const write of writes)
            staged.push(stage(write));
        for (const file of staged) {
            if (file.original === undefined) {
                // A new file (the age key) must not replace one that appeared meanwhile.
                (0,external_node_fs_.closeSync)((0,external_node_fs_.openSync)(file.path, 'wx', file.mode));
                placed.push(file);
            }
            (0,external_node_fs_.renameSync)(file.temp, file.path);
            if (file.original !== undefined)
                placed.push(file);
        }
    }
    catch (error) {
        for (const file of staged)
            (0,external_node_fs_.rmSync)(file.temp, { force: true });
        for (const file of placed.reverse())
            putBack(file);
        throw error;
    }
    return () => {
        for (const file of [...placed].reverse())
            putBack(file);
    };
}

// EXTERNAL MODULE: ./packages/vault/src/index.ts + 12 modules
var vault_src = __webpack_require__(84471);
;// CONCATENATED MODULE: ./packages/rotation/src/internal/vault-publish.ts
// Publishing the rotated bundle to Vault KV v2 with check-and-set on the version read first.




/** Reads the secret's current version and layout; refuses KV v1 and a Vault bundle already at (or past) the new version. */
async function readVaultTarget(destination, newVersion) {
    let secret;
    try {
        secret = await destination.kv.readKv(destination.path);
    }
    catch (error) {
        if (error instanceof vault_src/* VaultError */.hb && error.kind === 'not-found')
            return { destination, cas: 0, fields: {}, layout: 'json-string', currentKeys: [] };
        throw error;
    }
    if (secret.kvVersion !== 2) {
        throw new src/* ConfigurationError */.j1(`${secret.path} is on a KV v1 mount: rotate publishes with check-and-set, which needs KV v2`, { input: 'vault-secret-path' });
    }
    const field = secret.data[destination.secretsKey];
    const layout = !(destination.secretsKey in secret.data) ? 'fields' : typeof field === 'string' ? 'json-string' : 'object';
    const current = (0,secrets_store_src/* bundleFromVaultData */.V5)(secret.data, destination.secretsKey, secret.path);
    if (current.version !== undefined && isAtLeast(current.version, newVersion)) {
        throw new src/* ConfigurationError */.j1(`${secret.path} already holds ${secrets_store_src/* VERSION_KEY */.nS} ${current.version}, not older than the rotated ${newVersion}: nothing was written`, {
            input: 'vault-secret-path',
            hint: 'the SOPS bundle is behind Vault; bring it up to date and commit it first',
        });
    }
    return { destination, cas: secret.metadata?.version ?? 0, fields: secret.data, layout, currentKeys: Object.keys(current.entries) };
}
function isAtLeast(vaultVersion, newVersion) {
    try {
        return (0,secrets_store_src/* compareVersions */.Zy)(vaultVersion, newVersion) >= 0;
    }
    catch {
        return false; // a version Vault holds that is not numeric cannot be compared; the bundle's own was checked
    }
}
/** JSON has no bigint or bytes: ints beyond 2^53 become strings, bytes base64. */
function jsonSafe(_key, value) {
    if (typeof value === 'bigint')
        return value.toString();
    if (value instanceof Uint8Array)
        return Buffer.from(value).toString('base64');
    return value;
}
/** Writes the bundle with `cas`; a newer version written meanwhile is a ConfigurationError (nothing published). */
async function publishBundle(target, document) {
    const { destination } = target;
    const bundle = JSON.parse(JSON.stringify((0,sops_src/* toPlain */.Ul)(document), jsonSafe));
    const data = target.layout === 'fields'
        ? bundle
        : { ...target.fields, [destination.secretsKey]: target.layout === 'json-string' ? JSON.stringify(bundle, null, 2) : bundle };
    let written;
    try {
        written = await destination.kv.writeKvV2(destination.path, data, { cas: target.cas });
    }
    catch (error) {
        if (error instanceof vault_src/* VaultError */.hb && error.kind === 'cas-mismatch') {
            throw new src/* ConfigurationError */.j1(`${error.message}. Someone else published ${destination.path} after rotate read version ${target.cas}: nothing was published`);
        }
        throw error;
    }
    return {
        path: written.path,
        previousVersion: target.cas,
        version: written.version,
        droppedKeys: target.currentKeys.filter((key) => !(key in bundle)),
    };
}

;// CONCATENATED MODULE: ./packages/rotation/src/internal/apply.ts
// Applies a plan: encrypt, write every file or none, verify by decrypting what was written, then
// publish with check-and-set; a failed verification or publication restores the files.







function ageKeyFile(identity, now) {
    // age-keygen's layout, so `age -i` and SOPS_AGE_KEY_FILE read it.
    return `# created: ${now.toISOString().replace(/\.\d+Z$/, 'Z')}\n# public key: ${identity.recipient}\n${identity.identity}\n`;
}
async function applyRotation(plan, options = {}) {
    const now = options.now?.() ?? new Date();
    const { decrypted, tree, identities } = plan.material;
    // Read Vault before writing anything: its version is the check-and-set value, and a refusal leaves no trace.
    const target = options.vault === undefined ? undefined : await readVaultTarget(options.vault, plan.version.to);
    const identity = plan.newAgeKey ? await (0,sops_src/* generateAgeIdentity */.pV)() : undefined;
    const recipients = identity === undefined ? plan.rule.recipients : [...plan.rule.recipients, identity.recipient];
    const { text } = await (0,sops_src/* encryptSops */.r5)({ tree }, { fileName: plan.bundle.display, format: decrypted.format, existingMetadata: decrypted.metadata, recipients, now });
    const writes = [{ path: plan.bundle.path, content: text, mode: plan.bundle.mode, original: plan.bundle.original }];
    if (identity !== undefined) {
        const config = { path: plan.sopsConfig.path, text: plan.sopsConfig.original };
        writes.push({ path: plan.sopsConfig.path, content: addRecipient(config, plan.rule.index, identity.recipient, plan.sopsConfig.display), mode: plan.sopsConfig.mode, original: plan.sopsConfig.original });
        if (plan.ageKeyOut !== undefined)
            writes.push({ path: plan.ageKeyOut, content: ageKeyFile(identity, now), mode: 0o600, original: undefined });
    }
    const restore = replaceFiles(writes);
    let verifiedWith;
    let vault;
    try {
        const verifiers = identities.keys.filter((k) => recipients.includes(k.recipient));
        if (identity !== undefined)
            verifiers.push({ secretKey: identity.identity, recipient: identity.recipient });
        verifiedWith = await verifyWritten(plan, verifiers);
        vault = target === undefined ? undefined : await publishBundle(target, tree[0]);
    }
    catch (thrown) {
        restore();
        const error = (0,src/* toError */.iT)(thrown);
        error.message = `${error.message} (the local files were restored as they were)`;
        throw error;
    }
    return {
        identityToShow: identity !== undefined && plan.ageKeyOut === undefined ? identity : undefined,
        result: {
            task: plan.task,
            rotatedAt: now.toISOString(),
            repositoryRoot: plan.repositoryRoot,
            bundleFile: plan.bundle.display,
            sopsConfigFile: plan.sopsConfig.display,
            changedFiles: identity === undefined ? [plan.bundle.display] : [plan.bundle.display, plan.sopsConfig.display],
            version: plan.version,
            changes: plan.changes,
            unchangedKeys: plan.unchangedKeys,
            recipients,
            newRecipient: identity?.recipient,
            ageKeyFile: identity === undefined ? undefined : plan.ageKeyOut,
            verifiedWith,
            vault,
        },
    };
}
/** Decrypts the file as written, once per identity, and compares it with the intended values. */
async function verifyWritten(plan, verifiers) {
    const written = (0,external_node_fs_.readFileSync)(plan.bundle.path);
    const expected = plan.material.tree.map((doc) => (0,sops_src/* toPlain */.Ul)(doc));
    for (const { secretKey } of verifiers) {
        const result = await (0,sops_src.decryptSops)(written, { fileName: plan.bundle.display, identities: secretKey });
        if (!(0,external_node_util_.isDeepStrictEqual)(result.documents, expected)) {
            throw new Error(`${plan.bundle.display}: verification failed: the written bundle does not decrypt to the rotated values`);
        }
    }
    return verifiers.map((v) => v.recipient);
}

;// CONCATENATED MODULE: ./packages/rotation/src/internal/render.ts
// What rotate prints: key names, versions, files and public keys; never a value.

const HOW = {
    set: 'value from --set',
    'set-from-env': 'value from the environment',
    generate: 'new random value, 32 bytes hex',
};
function changeLines(changes) {
    return changes.map((c) => `  ${c.added ? 'add   ' : 'change'} ${c.key} (${HOW[c.source]})`);
}
function versionLine(version) {
    return `  ${secrets_store_src/* VERSION_KEY */.nS} ${version.from ?? '(none)'} -> ${version.to}`;
}
/** The dry run: which keys change, the version bump, the recipients, what else would happen. */
function renderPlan(plan) {
    const lines = [`Rotation plan for ${plan.bundle.display}${plan.task ? ` (task ${plan.task})` : ''}:`, ...changeLines(plan.changes), versionLine(plan.version)];
    if (plan.unchangedKeys.length > 0)
        lines.push(`  unchanged: ${plan.unchangedKeys.join(', ')}`);
    lines.push(`  recipients (${plan.sopsConfig.display}, creation rule ${plan.rule.index + 1}): ${plan.rule.recipients.join(', ')}`);
    if (plan.newAgeKey) {
        const where = plan.ageKeyOut === undefined ? 'shown once on this terminal' : `written to ${plan.ageKeyOut} (0600)`;
        lines.push(`  + a new age identity: public key added to ${plan.sopsConfig.display}, secret key ${where}`);
    }
    if (plan.vaultPath !== undefined)
        lines.push(`  publish to Vault ${plan.vaultPath} (KV v2, check-and-set on the version read before writing)`);
    return `${lines.join('\n')}\n`;
}
/** The summary after applying: names and public keys, what was verified and published, what to do next. */
function renderResult(result) {
    const lines = [`Rotated ${result.bundleFile}${result.task ? ` (task ${result.task})` : ''}:`, ...changeLines(result.changes), versionLine(result.version)];
    if (result.unchangedKeys.length > 0)
        lines.push(`  unchanged: ${result.unchangedKeys.join(', ')}`);
    lines.push(`  encrypted for: ${result.recipients.join(', ')}`);
    if (result.newRecipient !== undefined) {
        lines.push(`  new age identity ${result.newRecipient} added to ${result.sopsConfigFile}`);
        if (result.ageKeyFile !== undefined)
            lines.push(`  its secret key is in ${result.ageKeyFile} (0600): store it in your secret manager, then delete the file`);
    }
    lines.push(`  verified: the written bundle decrypts to the rotated values with ${result.verifiedWith.join(', ')}`);
    if (result.vault !== undefined) {
        lines.push(`  published to Vault ${result.vault.path}: version ${result.vault.previousVersion} -> ${result.vault.version} (check-and-set)`);
        if (result.vault.droppedKeys.length > 0)
            lines.push(`  Vault no longer holds: ${result.vault.droppedKeys.join(', ')} (they are not in the bundle)`);
    }
    lines.push(`Next: review and commit ${result.changedFiles.join(' and ')}.`);
    return `${lines.join('\n')}\n`;
}

;// CONCATENATED MODULE: ./packages/rotation/src/index.ts
// @mcp-secrets/rotation: the runbooks' emergency rotation (new values, version bump, re-encryption,
// optional new age identity, Vault publication with check-and-set) as plan → apply, all or nothing.







/***/ })

};
;