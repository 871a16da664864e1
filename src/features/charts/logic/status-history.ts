import { sortedUpdates } from '@/data/ledger';
import type { Commitment } from '@/data/schema';
import type { StatusId } from '@/data/vocabulary';
import { comparePartialDates, startOf } from '@/lib/partial-date';
import { STATUS_ORDER } from '@/lib/status-style';
import type { ChartTable } from './chart-table';

export interface StatusHistoryPoint {
  date: string;
  at: number;
  counts: Record<StatusId, number>;
  total: number;
  /** The closing point at the data-as-of date, carrying the last state forward. */
  asOf: boolean;
}

export interface StatusHistorySeries {
  points: StatusHistoryPoint[];
  statuses: StatusId[];
}

interface Change {
  date: string;
  from: StatusId | undefined;
  to: StatusId;
}

/**
 * Chart 4, "how has the portfolio moved?": at each date of any ledger entry,
 * how many commitments stood at each status (the newest entry on or before
 * that date). A commitment is counted from its first entry on. One sweep over
 * all entries, so 10,000 commitments cost no more than sorting their entries.
 */
export function statusHistorySeries(commitments: readonly Commitment[], asOf: string): StatusHistorySeries {
  const changes: Change[] = [];
  for (const commitment of commitments) {
    let previous: StatusId | undefined;
    for (const update of sortedUpdates(commitment)) {
      changes.push({ date: update.date, from: previous, to: update.status });
      previous = update.status;
    }
  }
  // Array.prototype.sort is stable: one commitment's entries of the same date keep their order.
  changes.sort((a, b) => comparePartialDates(a.date, b.date));

  const counts: Record<StatusId, number> = {
    completed: 0,
    in_progress: 0,
    ongoing: 0,
    not_started: 0,
    delayed: 0,
    unverified: 0,
  };
  const points: StatusHistoryPoint[] = [];
  let total = 0;
  changes.forEach((change, i) => {
    if (change.from) counts[change.from] -= 1;
    else total += 1;
    counts[change.to] += 1;
    if (changes[i + 1]?.date !== change.date) {
      points.push({ date: change.date, at: startOf(change.date), counts: { ...counts }, total, asOf: false });
    }
  });
  const last = points[points.length - 1];
  if (last && comparePartialDates(asOf, last.date) > 0) {
    points.push({ ...last, date: asOf, at: startOf(asOf), counts: { ...last.counts }, asOf: true });
  }
  const statuses = STATUS_ORDER.filter((s) => points.some((p) => p.counts[s] > 0));
  return { points, statuses };
}

export interface StatusHistoryText {
  date: string;
  total: string;
  status: (id: StatusId) => string;
  formatDate: (value: string) => string;
  /** Appended to the closing row, e.g. "（数据截至）". */
  asOfSuffix: string;
}

export function statusHistoryTable(series: StatusHistorySeries, text: StatusHistoryText): ChartTable {
  return {
    columns: [
      { key: 'date', label: text.date },
      ...series.statuses.map((s) => ({ key: s, label: text.status(s) })),
      { key: 'total', label: text.total },
    ],
    rows: series.points.map((p) => ({
      _at: p.at,
      date: `${text.formatDate(p.date)}${p.asOf ? text.asOfSuffix : ''}`,
      ...Object.fromEntries(series.statuses.map((s) => [s, p.counts[s]])),
      total: p.total,
    })),
  };
}
