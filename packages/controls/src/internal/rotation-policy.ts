// How often a key is rotated, as the rotation schedule writes it (`every:` in a `rotation:` entry).
// Calendar policies add calendar months, so "quarterly" from 31 January is due on 30 April.

export type RotationPolicy =
  | { kind: 'days'; days: number; label: string }
  | { kind: 'months'; months: number; label: string }
  /** Listed in the schedule, never due by date. */
  | { kind: 'unscheduled'; label: 'on-compromise' | 'never' };

const CALENDAR: Record<string, number> = { monthly: 1, quarterly: 3, annually: 12 };
const UNIT_DAYS: Record<string, number> = { d: 1, w: 7 };
/** A hundred years: anything longer is a typo, not a policy. */
const MAX_DAYS = 36_500;

export const POLICY_HINT = 'use a number of days or weeks (90d, 12w), monthly, quarterly, annually, on-compromise or never';

/** The policy `every:` names, or undefined when the text is none of them. */
export function parseRotationPolicy(text: string): RotationPolicy | undefined {
  const value = text.trim().toLowerCase();
  if (value === 'on-compromise' || value === 'never') return { kind: 'unscheduled', label: value };
  const months = CALENDAR[value];
  if (months !== undefined) return { kind: 'months', months, label: value };
  const match = /^(\d{1,6})([dw])$/.exec(value);
  if (match === null) return undefined;
  const days = Number(match[1]) * (UNIT_DAYS[match[2] ?? 'd'] ?? 1);
  return days > 0 && days <= MAX_DAYS ? { kind: 'days', days, label: value } : undefined;
}

/** When a key rotated at `last` is due again; undefined for on-compromise and never. */
export function dueDate(policy: RotationPolicy, last: Date): Date | undefined {
  switch (policy.kind) {
    case 'unscheduled':
      return undefined;
    case 'days':
      return new Date(last.getTime() + policy.days * 86_400_000);
    case 'months':
      return addMonths(last, policy.months);
  }
}

/** The same day of the month `months` later, or that month's last day when it is shorter (UTC). */
function addMonths(date: Date, months: number): Date {
  const target = new Date(date.getTime());
  target.setUTCDate(1);
  target.setUTCMonth(target.getUTCMonth() + months);
  const lastDay = new Date(Date.UTC(target.getUTCFullYear(), target.getUTCMonth() + 1, 0)).getUTCDate();
  target.setUTCDate(Math.min(date.getUTCDate(), lastDay));
  return target;
}
