import { sortedUpdates } from '@/data/ledger';
import type { Commitment, Update } from '@/data/schema';
import type { SectorId } from '@/data/vocabulary';
import { monthsBetween } from '@/lib/format';
import { endOf, startOf } from '@/lib/partial-date';

export interface FollowUpItem {
  commitment: Commitment;
  /** The newest entry dated on or before the reference date: the state as the meeting knows it. */
  latest: Update;
  /** Whole months from the newest evidence to the reference date. */
  evidenceMonths: number;
}

export interface OverdueItem extends FollowUpItem {
  due: string;
  /** Days past the due period: 1 on the day after it ends. */
  daysOverdue: number;
}

export interface FollowUpList {
  overdue: OverdueItem[];
  stale: FollowUpItem[];
}

const DAY = 86_400_000;

/**
 * The supervision office's work list on a reference date (`YYYY-MM-DD`):
 * first the commitments whose `plan.due` has passed with no evidence of
 * completion, most overdue first; then those, not completed, whose newest
 * evidence is at least `staleMonths` whole months old, oldest evidence first.
 * Entries dated after the reference date are not known yet, so a past review
 * meeting sees the list it had.
 */
export function followUpList(
  commitments: readonly Commitment[],
  options: { ref: string; staleMonths: number; sectors?: readonly SectorId[] },
): FollowUpList {
  const refStart = startOf(options.ref);
  const overdue: OverdueItem[] = [];
  const stale: FollowUpItem[] = [];
  const sectors = options.sectors ?? [];
  for (const commitment of commitments) {
    if (sectors.length > 0 && !sectors.includes(commitment.sector)) continue;
    const known = sortedUpdates(commitment).filter((u) => startOf(u.date) <= refStart);
    const latest = known[known.length - 1];
    if (!latest || latest.status === 'completed') continue;
    const item: FollowUpItem = { commitment, latest, evidenceMonths: monthsBetween(latest.date, options.ref) };
    const due = commitment.plan?.due;
    if (due && endOf(due) < refStart) {
      overdue.push({ ...item, due, daysOverdue: Math.floor((refStart - endOf(due) - 1) / DAY) + 1 });
    } else if (item.evidenceMonths >= options.staleMonths) {
      stale.push(item);
    }
  }
  overdue.sort((a, b) => b.daysOverdue - a.daysOverdue);
  stale.sort((a, b) => startOf(a.latest.date) - startOf(b.latest.date));
  return { overdue, stale };
}
