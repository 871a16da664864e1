import { sortedUpdates } from '@/data/ledger';
import type { Commitment, Localized, Source, Update } from '@/data/schema';
import type { SectorId, StatusId } from '@/data/vocabulary';
import { comparePartialDates, startOf } from '@/lib/partial-date';

/** One ledger entry seen as a change: the status it moved from and to, with its sources. */
export interface ChangeEntry {
  key: string;
  commitmentId: string;
  title: Localized;
  sector: SectorId;
  date: string;
  /** Status of the entry before it; `undefined` for the first entry of a ledger. */
  from: StatusId | undefined;
  to: StatusId;
  update: Update;
  /** The entry's sources that the dataset knows, in the order cited. */
  sources: Source[];
}

/**
 * Whether a ledger date lies after `since` (`YYYY-MM-DD`), compared by the
 * first day of its period: `2025-02` is after `2025-01-31`, but not after
 * `2025-02-01`, because it may mean that very day.
 */
export function isAfter(date: string, since: string): boolean {
  return startOf(date) > startOf(since);
}

/**
 * Every ledger entry dated after `since`, oldest first (commitments in dataset
 * order on the same date), each with the transition it records. `sectors`
 * limits the list; empty means every sector.
 */
export function changesSince(
  commitments: readonly Commitment[],
  sourcesById: ReadonlyMap<string, Source>,
  since: string,
  sectors: readonly SectorId[] = [],
): ChangeEntry[] {
  const entries: ChangeEntry[] = [];
  for (const commitment of commitments) {
    if (sectors.length > 0 && !sectors.includes(commitment.sector)) continue;
    const ledger = sortedUpdates(commitment);
    ledger.forEach((update, index) => {
      if (!isAfter(update.date, since)) return;
      entries.push({
        key: `${commitment.id}#${index}`,
        commitmentId: commitment.id,
        title: commitment.title,
        sector: commitment.sector,
        date: update.date,
        from: ledger[index - 1]?.status,
        to: update.status,
        update,
        sources: update.sourceIds.map((id) => sourcesById.get(id)).filter((s): s is Source => s !== undefined),
      });
    });
  }
  return entries
    .map((entry, order) => ({ entry, order }))
    .sort((a, b) => comparePartialDates(a.entry.date, b.entry.date) || a.order - b.order)
    .map(({ entry }) => entry);
}

/** How many entries after `since` each sector has, for the sector filter's counts. */
export function changeCountsBySector(commitments: readonly Commitment[], since: string): Map<SectorId, number> {
  const counts = new Map<SectorId, number>();
  for (const commitment of commitments) {
    const n = commitment.updates.filter((u) => isAfter(u.date, since)).length;
    counts.set(commitment.sector, (counts.get(commitment.sector) ?? 0) + n);
  }
  return counts;
}
