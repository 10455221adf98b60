import { CONTROLS_CONFIG_FILE } from '../config-file';
import { evidence, Findings } from '../findings';
import { reviewRotation, sourceLabel, type KeyState, type ScheduledKey } from '../rotation-review';
import type { Check } from '../types';

/** The report lists every key; past this many lines it says how many more there are. */
const MAX_LISTED = 40;

const STATE_TEXT: Record<KeyState, string> = {
  overdue: 'overdue',
  'due-soon': 'due soon',
  'on-time': 'on time',
  'on-compromise': 'on compromise',
  never: 'never due',
  unknown: 'unknown',
};
const ORDER: KeyState[] = ['overdue', 'unknown', 'due-soon', 'on-time', 'on-compromise', 'never'];

export const rotationSchedule: Check = {
  id: 'rotation-schedule',
  title: 'Every secret has a rotation owner and policy, and none is overdue',
  rationale:
    'A schedule nobody checks is forgotten: each key needs an owner and a policy, and a key past its date is a credential living longer than the team agreed.',
  remediation:
    'Rotate what is overdue (`mcp-secrets rotate --due` lists it by owner with the commands), and give every key an entry under `rotation:` in .github/mcp-secrets.yml.',
  severity: 'medium',
  async run(ctx) {
    if (ctx.options.rotationSchedule.length === 0) {
      return { status: 'skip', details: `no \`rotation:\` entries in ${CONTROLS_CONFIG_FILE}: no rotation schedule to check`, evidence: [] };
    }
    const review = await reviewRotation({ options: ctx.options, files: ctx.files, vault: ctx.vault, now: ctx.clock.now() });
    const notRead = review.unread.filter((source) => !source.attempted);
    if (review.keys.length === 0 && review.unscheduled.length === 0 && notRead.length === review.unread.length) {
      return { status: 'skip', details: `the schedule names only Vault secrets and ${notRead[0]?.reason ?? 'Vault is not configured'}`, evidence: [] };
    }
    const findings = new Findings();
    const lines: string[] = [];
    for (const source of review.unread) {
      const line = `${sourceLabel(source.source)} not read: ${source.reason}`;
      if (source.attempted) findings.fail(line, ...source.evidence);
      lines.push(line);
    }
    const keys = [...review.keys].sort((a, b) => ORDER.indexOf(a.state) - ORDER.indexOf(b.state));
    for (const key of keys) {
      const line = describeKey(key);
      if (key.state === 'overdue') findings.fail(line, ...key.evidence);
      else if (key.state === 'due-soon' || key.state === 'unknown') findings.warn(line, ...key.evidence);
      lines.push(line);
    }
    for (const key of review.unscheduled) {
      const line = `${sourceLabel(key.source)} ${key.key}: in no rotation entry`;
      findings.warn(line, ...key.evidence);
      lines.push(line);
    }
    const counts = ORDER.map((state) => [state, keys.filter((key) => key.state === state).length] as const).filter(([, count]) => count > 0);
    const summary = `${keys.length} scheduled key${keys.length === 1 ? '' : 's'} (${counts.map(([state, count]) => `${count} ${STATE_TEXT[state]}`).join(', ') || 'none found'})`;
    const shown = lines.length > MAX_LISTED ? [...lines.slice(0, MAX_LISTED), `and ${lines.length - MAX_LISTED} more`] : lines;
    const details = `${summary}: ${shown.join('; ')}`;
    const entries = ctx.options.rotationSchedule.map((entry) => evidence(entry.file, entry.line));
    return { ...findings.result(details, entries), details };
  },
};

function describeKey(key: ScheduledKey): string {
  // on-compromise and never say so in the state; a period is shown as written.
  const parts = [`owner ${key.owner}`, ...(key.policy.kind === 'unscheduled' ? [] : [`every ${key.policy.label}`])];
  if (key.lastRotated !== undefined) parts.push(`last rotated ${day(key.lastRotated.at)} (${key.lastRotated.from})`);
  if (key.due !== undefined) parts.push(`due ${day(key.due)}`);
  if (key.reason !== undefined) parts.push(key.reason);
  return `${STATE_TEXT[key.state]}: ${sourceLabel(key.source)} ${key.key} (${parts.join(', ')})`;
}

function day(date: Date): string {
  return date.toISOString().slice(0, 10);
}
