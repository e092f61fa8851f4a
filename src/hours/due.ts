// How urgent a promised follow-up is: overdue, due soon (within the next two staffed hours), or due
// later. Pure: the clock and the schedule come in as arguments.
import { addStaffed, type Schedule } from './staffed.js';

export type DueStatus = 'overdue' | 'due-soon' | 'due';

/** Staffed time ahead that counts as "soon". */
export const DUE_SOON_MS = 2 * 3_600_000;

/** The instant up to which a due time is "soon": two staffed hours from now (wall-clock without a schedule). */
export function soonLimit(now: Date, schedule?: Schedule): number {
  if (!schedule) return now.getTime() + DUE_SOON_MS;
  return addStaffed(now.getTime(), DUE_SOON_MS, schedule) ?? now.getTime() + DUE_SOON_MS;
}

export function dueStatus(due: Date, now: Date, soon: number): DueStatus {
  if (due.getTime() <= now.getTime()) return 'overdue';
  return due.getTime() <= soon ? 'due-soon' : 'due';
}
