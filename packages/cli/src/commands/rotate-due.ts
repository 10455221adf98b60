// `mcp-secrets rotate --due`: what the rotation schedule (`rotation:` in .github/mcp-secrets.yml)
// says is overdue or nearly due, grouped by owner, with the commands that would rotate it. It reads
// key names and dates only (Vault's rotated_at.KEY / created_time, the bundle's sops.lastmodified).
import {
  CONTROLS_CONFIG_FILE,
  createRepoFiles,
  mergeOptionInputs,
  parseControlsConfig,
  resolveControlsOptions,
  reviewRotation,
  sourceLabel,
  type ReviewedSource,
  type RotationReview,
  type ScheduledKey,
} from '@mcp-secrets/controls';
import { openVaultSession, readOpsControlsOptions } from '@mcp-secrets/ops-controls';
import { ConfigurationError, Inputs } from '@mcp-secrets/ports';
import { EXIT, optionsAsInputs, type CommandContext, type OptionSpec } from '../command';
import { terminalPorts } from '../terminal-ports';

export const DUE_OPTION: OptionSpec = {
  name: 'due',
  flag: true,
  description: `list the keys the rotation schedule (rotation: in ${CONTROLS_CONFIG_FILE}) says are overdue or due soon, by owner, with the commands that rotate them; exit 1 when one is overdue`,
};

/** Options that change values: `--due` only reports, so they are a usage error beside it. */
const ROTATING_OPTIONS = ['set', 'set-from-env', 'generate', 'add', 'new-age-key', 'age-key-out', 'age-key-to', 'publish-vault', 'yes', 'task'];
const DAY_MS = 86_400_000;
const DUE_STATES = new Set(['overdue', 'due-soon']);

export async function runRotateDue(ctx: CommandContext, now: () => Date = () => new Date()): Promise<number> {
  const conflicting = ROTATING_OPTIONS.filter((name) => ctx.values[name] !== undefined && ctx.values[name] !== false);
  if (conflicting.length > 0) {
    throw new ConfigurationError(`--due only lists what is due; it cannot be combined with ${conflicting.map((name) => `--${name}`).join(', ')}`, {
      hint: 'run the commands it prints to rotate',
    });
  }
  const source = optionsAsInputs(ctx);
  const access = readOpsControlsOptions(new Inputs(source, ctx.env), { ...ctx.env, GITHUB_WORKSPACE: ctx.cwd });
  const files = createRepoFiles(access.root);
  const configText = files.readText(CONTROLS_CONFIG_FILE);
  const options = resolveControlsOptions(mergeOptionInputs(configText === undefined ? {} : parseControlsConfig(CONTROLS_CONFIG_FILE, configText), access.controls));
  if (options.rotationSchedule.length === 0) {
    throw new ConfigurationError('no rotation schedule: add `rotation:` entries (a Vault path or the bundle, keys, owner, every)', {
      file: CONTROLS_CONFIG_FILE,
      hint: 'see "Rotation schedule" in the ops-controls README',
    });
  }
  const needsVault = options.rotationSchedule.find((entry) => entry.source.kind === 'vault');
  if (needsVault !== undefined && access.vault === undefined) {
    throw new ConfigurationError(`rotation[${needsVault.index}] names a Vault secret, and Vault is not configured`, {
      file: CONTROLS_CONFIG_FILE,
      ...(needsVault.line !== null && { line: needsVault.line }),
      hint: 'set VAULT_ADDR and VAULT_TOKEN (or VAULT_ROLE_ID and VAULT_SECRET_ID)',
    });
  }
  const session = access.vault === undefined ? undefined : openVaultSession(access.vault, terminalPorts({ ...ctx.io, out: ctx.io.err }, ctx.env));
  let review: RotationReview;
  try {
    review = await reviewRotation({ options, files, ...(session !== undefined && { vault: session.port }), now: now() });
  } finally {
    await session?.close();
  }
  ctx.io.out(renderDue(review, now()));
  for (const unread of review.unread) ctx.io.err(`error: ${sourceLabel(unread.source)} not read: ${unread.reason}\n`);
  const overdue = review.keys.some((key) => key.state === 'overdue');
  return overdue || review.unread.length > 0 ? EXIT.findings : EXIT.ok;
}

function renderDue(review: RotationReview, now: Date): string {
  const due = review.keys.filter((key) => DUE_STATES.has(key.state));
  const count = (state: ScheduledKey['state']): number => review.keys.filter((key) => key.state === state).length;
  const lines = [
    `Rotation schedule (${CONTROLS_CONFIG_FILE}) on ${day(now)}: ${count('overdue')} overdue, ${count('due-soon')} due soon, ${count('on-time')} on time, ` +
      `${count('on-compromise') + count('never')} on compromise or never.`,
  ];
  const owners = [...new Set(due.map((key) => key.owner))].sort();
  for (const owner of owners) {
    const mine = due.filter((key) => key.owner === owner).sort((a, b) => (a.due?.getTime() ?? 0) - (b.due?.getTime() ?? 0));
    lines.push('', owner);
    for (const key of mine) lines.push(`  ${key.state === 'overdue' ? 'OVERDUE ' : 'due soon'}  ${sourceLabel(key.source)} ${key.key}: ${when(key, now)}`);
    lines.push('  rotate with:', ...commandsFor(mine).map((command) => `    ${command}`));
  }
  if (due.length === 0) lines.push('', 'Nothing is due.');
  else lines.push('', 'Each command is a dry run until --yes; a key another service issues takes its new value with --set-from-env KEY instead of --generate.');
  const unknown = review.keys.filter((key) => key.state === 'unknown');
  for (const key of unknown) lines.push(`Not judged: ${sourceLabel(key.source)} ${key.key} (owner ${key.owner}): ${key.reason ?? 'last rotation unknown'}`);
  if (review.unscheduled.length > 0) {
    lines.push(`${review.unscheduled.length} key${review.unscheduled.length === 1 ? ' is' : 's are'} in no rotation entry (ops-controls rotation-schedule lists them).`);
  }
  return `${lines.join('\n')}\n`;
}

function when(key: ScheduledKey, now: Date): string {
  const due = key.due as Date;
  const days = Math.floor(Math.abs(due.getTime() - now.getTime()) / DAY_MS);
  const relative = due < now ? `${days} day${days === 1 ? '' : 's'} ago` : `in ${days} day${days === 1 ? '' : 's'}`;
  const last = key.lastRotated === undefined ? '' : `, last rotated ${day(key.lastRotated.at)} (${key.lastRotated.from})`;
  return `due ${day(due)} (${relative})${last}, every ${key.policy.label}`;
}

/** One command per source, its keys together, as `mcp-secrets rotate` takes them. */
function commandsFor(keys: ScheduledKey[]): string[] {
  const bySource = new Map<string, { source: ReviewedSource; keys: string[] }>();
  for (const key of keys) {
    const id = `${key.source.kind}\0${key.source.path}`;
    const group = bySource.get(id) ?? { source: key.source, keys: [] };
    group.keys.push(key.key);
    bySource.set(id, group);
  }
  return [...bySource.values()].map(({ source, keys: names }) => {
    const where = source.kind === 'vault' ? `--vault-secret-path ${shellWord(source.path)}` : `--sops-file ${shellWord(source.path)}`;
    return `mcp-secrets rotate ${where} --generate ${shellWord(names.join(','))}`;
  });
}

/** A word the shell takes as it is: names read from Vault may hold anything. */
function shellWord(text: string): string {
  return /^[A-Za-z0-9_.,/@:=+-]+$/.test(text) ? text : `'${text.replace(/'/g, `'\\''`)}'`;
}

function day(date: Date): string {
  return date.toISOString().slice(0, 10);
}
