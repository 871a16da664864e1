import type { Commitment, Update } from './schema';
import type { StatusId } from './vocabulary';
import { comparePartialDates } from '@/lib/partial-date';

/**
 * The status-ledger rule shared by every feature: entries in date order, and
 * the newest entry is the commitment's current state (nothing is overwritten,
 * only appended). Entries with the same date keep their order in the file.
 */
export function sortedUpdates(commitment: Commitment): Update[] {
  return commitment.updates
    .map((update, index) => ({ update, index }))
    .sort((a, b) => comparePartialDates(a.update.date, b.update.date) || a.index - b.index)
    .map(({ update }) => update);
}

/** The newest entry of the ledger: the commitment's current state. */
export function latestUpdate(commitment: Commitment): Update {
  const sorted = sortedUpdates(commitment);
  const last = sorted[sorted.length - 1];
  if (!last) throw new Error(`commitment ${commitment.id} has an empty ledger`);
  return last;
}

export function currentStatus(commitment: Commitment): StatusId {
  return latestUpdate(commitment).status;
}
