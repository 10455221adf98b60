// Everything rotate checks and computes before it writes anything: a dry run is this plan printed.
import { existsSync, readFileSync, realpathSync, statSync } from 'node:fs';
import { basename, dirname, isAbsolute, join, relative, resolve } from 'node:path';
import { ConfigurationError } from '@mcp-secrets/ports';
import { VERSION_KEY } from '@mcp-secrets/secrets-store';
import { decryptSops, SopsError, type SopsDecryptResult, type SopsEntry, type SopsMapNode, type SopsNode } from '@mcp-secrets/sops';
import { repoRelative, repositoryRoot, requireCommitted } from './git-tree';
import { loadIdentities, type LoadedIdentities } from './identities';
import { resolveKeyChanges, type KeyChange, type KeyChangeOptions, type KeyChangeSource } from './key-changes';
import { findSopsConfig, matchCreationRule, type CreationRuleMatch } from './sops-config';
import { checkTaskId } from './task-id';
import { bumpVersion } from './version-bump';

export interface RotationRequest {
  /** The encrypted bundle, relative to `cwd` or absolute. */
  bundleFile: string;
  changes: KeyChangeOptions;
  /** Let the changes add keys the bundle does not have yet (otherwise an unknown key is refused). */
  allowAdd: boolean;
  /** Add a fresh age identity as a recipient (and to `.sops.yaml`). */
  newAgeKey: boolean;
  /** Write the new identity here (0600, outside the repository) instead of showing it once. */
  ageKeyOut?: string;
  /** Store the new identity in this secret manager field (an op:// reference) instead: applyRotation's identityDestination. */
  ageKeyTo?: string;
  /** The Vault KV v2 path to publish to, when publishing. */
  vaultPath?: string;
  /** The task (ticket) id recorded with the result. */
  task?: string;
}

export interface RotationEnvironment {
  cwd: string;
  /** SOPS_AGE_KEY / SOPS_AGE_KEY_FILE and the variables of --set-from-env. */
  env: NodeJS.ProcessEnv;
}

export interface PlannedKeyChange {
  key: string;
  source: KeyChangeSource;
  /** The key is new to the bundle. */
  added: boolean;
}

export interface PlannedFile {
  path: string;
  /** Repository-relative, for messages. */
  display: string;
  original: string;
  mode: number;
}

export interface RotationPlan {
  repositoryRoot: string;
  bundle: PlannedFile;
  sopsConfig: PlannedFile;
  rule: CreationRuleMatch;
  changes: PlannedKeyChange[];
  /** Keys of the bundle that keep their values. */
  unchangedKeys: string[];
  version: { from: string | undefined; to: string };
  newAgeKey: boolean;
  ageKeyOut: string | undefined;
  /** Where the new identity is stored (ApplyOptions.identityDestination), as the user wrote it. */
  ageKeyTo: string | undefined;
  vaultPath: string | undefined;
  task: string | undefined;
  /** The decrypted bundle, the new tree and the identities: secret, never printed. */
  material: { decrypted: SopsDecryptResult; tree: SopsMapNode[]; identities: LoadedIdentities };
}

function readPlanned(path: string, root: string): PlannedFile {
  return { path, display: repoRelative(root, path), original: readFileSync(path, 'utf8'), mode: statSync(path).mode & 0o777 };
}

/**
 * Checks every refusal (dirty tree, unknown or reserved keys, no recipients, lock-out) and computes
 * the rotated tree. Reads files and git; writes nothing and never contacts Vault.
 */
export async function planRotation(request: RotationRequest, environment: RotationEnvironment): Promise<RotationPlan> {
  const { cwd, env } = environment;
  checkTaskId(request.task);
  for (const [given, input] of [[request.ageKeyOut, 'age-key-out'], [request.ageKeyTo, 'age-key-to']] as const) {
    if (given !== undefined && !request.newAgeKey) throw new ConfigurationError(`--${input} only makes sense with --new-age-key`, { input });
  }
  if (request.ageKeyOut !== undefined && request.ageKeyTo !== undefined) {
    throw new ConfigurationError('--age-key-out and --age-key-to are two places for one new identity: give one', { input: 'age-key-to' });
  }
  const bundlePath = resolve(cwd, request.bundleFile);
  if (!existsSync(bundlePath)) {
    throw new ConfigurationError(`the bundle ${request.bundleFile} does not exist`, { input: 'sops-file', hint: 'pass --sops-file with the encrypted bundle' });
  }
  if (statSync(bundlePath).isDirectory()) {
    throw new ConfigurationError(`${request.bundleFile} is a folder, not a SOPS bundle`, { input: 'sops-file', hint: 'pass --sops-file with the encrypted bundle' });
  }
  const realBundle = realpathSync(bundlePath);
  const root = repositoryRoot(dirname(realBundle), request.bundleFile);
  const config = findSopsConfig(realBundle, root);
  if (config === undefined) {
    throw new ConfigurationError(`no .sops.yaml between ${repoRelative(root, dirname(realBundle)) || '.'} and the repository root`, {
      hint: 'rotate encrypts for the recipients of the .sops.yaml creation rule that matches the bundle',
    });
  }
  const bundle = readPlanned(realBundle, root);
  const sopsConfig = readPlanned(config.path, root);
  requireCommitted(root, [bundle.display, sopsConfig.display]);

  const changes = resolveKeyChanges(request.changes, env);
  if (changes.length === 0 && !request.newAgeKey) {
    throw new ConfigurationError('nothing to rotate', { hint: 'give --set KEY=VALUE, --set-from-env KEY, --generate KEY or --new-age-key' });
  }
  const rule = matchCreationRule(config, realBundle, sopsConfig.display);
  if (rule.recipients.length === 0) {
    throw new ConfigurationError(`creation rule ${rule.index + 1} has no age recipients`, { file: sopsConfig.display, line: rule.line, hint: 'add the team\'s age public keys (age1...) to it' });
  }

  const identities = await loadIdentities(env);
  if (!request.newAgeKey && !identities.keys.some((k) => rule.recipients.includes(k.recipient))) {
    throw new ConfigurationError('none of your age identities is a recipient of the rotated bundle, so it could not be verified (and you could not decrypt it)', {
      file: sopsConfig.display,
      line: rule.line,
      hint: 'add your public key to the creation rule, or add --new-age-key',
    });
  }
  const decrypted = await decryptBundle(bundle, identities.text);
  const ageKeyOut = request.ageKeyOut === undefined ? undefined : checkKeyOut(resolve(cwd, request.ageKeyOut), root);
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
    ageKeyTo: request.ageKeyTo,
    vaultPath: request.vaultPath,
    task: request.task,
    material: { decrypted, tree, identities },
  };
}

async function decryptBundle(bundle: PlannedFile, identities: string): Promise<SopsDecryptResult> {
  try {
    return await decryptSops(bundle.original, { fileName: bundle.display, identities });
  } catch (error) {
    if (error instanceof SopsError && (error.kind === 'no-matching-identity' || error.kind === 'bad-identity')) {
      throw new ConfigurationError(error.message);
    }
    throw error;
  }
}

function checkKeyOut(path: string, root: string): string {
  const parent = dirname(path);
  if (!existsSync(parent)) throw new ConfigurationError(`the folder ${parent} does not exist`, { input: 'age-key-out', hint: `create it with \`mkdir -m 700 -p ${parent}\`` });
  const fromRoot = relative(root, join(realpathSync(parent), basename(path)));
  if (!fromRoot.startsWith('..') && !isAbsolute(fromRoot)) {
    throw new ConfigurationError(`${path} is inside the repository: a secret key must never be committed`, { input: 'age-key-out', hint: 'write it outside the clone, e.g. ~/.config/sops/age/keys.txt' });
  }
  const mode = statSync(parent).mode & 0o777;
  // Windows reports no real POSIX modes: its folders' ACLs are the user's to set.
  if (process.platform !== 'win32' && (mode & 0o077) !== 0) {
    throw new ConfigurationError(`the folder ${parent} can be opened by others (mode 0${mode.toString(8)}): a secret key file belongs in a folder only you can open`, {
      input: 'age-key-out',
      hint: `chmod 700 ${parent}, or choose another folder`,
    });
  }
  if (existsSync(path)) throw new ConfigurationError(`${path} already exists: rotate never overwrites a key file`, { input: 'age-key-out', hint: 'choose a new file name' });
  return path;
}

function entryIndex(doc: SopsMapNode, key: string): number {
  return doc.items.findIndex((item) => item.kind === 'entry' && item.key === key);
}

function versionText(node: SopsNode | undefined): string | undefined {
  if (node === undefined || node.kind === 'null') return undefined;
  if (node.kind === 'map' || node.kind === 'list' || node.kind === 'bytes') return '';
  return String(node.value);
}

/** The first document with the new values and the bumped version; comments, order and other documents kept. */
function rotateTree(decrypted: SopsDecryptResult, changes: readonly KeyChange[], allowAdd: boolean, display: string) {
  const [first, ...rest] = decrypted.tree;
  const unknown = changes.filter((c) => entryIndex(first, c.key) === -1).map((c) => c.key);
  if (unknown.length > 0 && !allowAdd) {
    throw new ConfigurationError(`${display} has no key ${unknown.join(', ')}`, { hint: 'check the spelling, or add --add to add new keys' });
  }
  const items = [...first.items];
  const replace = (key: string, value: SopsNode): void => {
    const at = entryIndex(first, key);
    const entry: SopsEntry = { kind: 'entry', key, value };
    if (at === -1) items.push(entry);
    else items[at] = entry;
  };
  for (const change of changes) replace(change.key, { kind: 'str', value: change.value });

  const at = entryIndex(first, VERSION_KEY);
  const current = at === -1 ? undefined : (first.items[at] as SopsEntry).value;
  const from = versionText(current);
  const to = bumpVersion(from, display);
  replace(VERSION_KEY, current?.kind === 'int' ? { kind: 'int', value: BigInt(to) } : { kind: 'str', value: to });

  const changed = new Set(changes.map((c) => c.key));
  const unchangedKeys = first.items.flatMap((item) => (item.kind === 'entry' && !changed.has(item.key) && item.key !== VERSION_KEY ? [item.key] : []));
  return {
    tree: [{ ...first, items }, ...rest],
    planned: changes.map((c) => ({ key: c.key, source: c.source, added: unknown.includes(c.key) })),
    unchangedKeys,
    version: { from, to },
  };
}
