import { currentStatus, sortedUpdates } from '@/data/ledger';
import type { Commitment, Localized } from '@/data/schema';
import type { StatusId } from '@/data/vocabulary';
import { endOf, startOf } from '@/lib/partial-date';
import { MAX_ROWS, type ChartTable } from './chart-table';

export interface ScheduleProgressItem {
  id: string;
  title: Localized;
  start: string;
  due: string;
  /** Elapsed share of the planned period on the reference date, 0–100, one decimal (序时进度). */
  expected: number;
  /** Newest sourced progress on or before the reference date; null where no source states one. */
  actual: number | null;
  actualDate: string | null;
  /** actual − expected in percentage points, one decimal; null where actual is unknown. */
  gap: number | null;
  /** The due date has passed and the newest entry does not say completed. */
  overdue: boolean;
  status: StatusId;
  sourceIds: string[];
}

export interface ScheduleProgressSeries {
  items: ScheduleProgressItem[];
  /** Commitments with both a planned start and due date, before the row limit. */
  withPlan: number;
}

const round1 = (value: number) => Math.round(value * 10) / 10;

/**
 * 序时进度 of one commitment on `referenceDate` (`YYYY-MM-DD`), with the same
 * period rule as the cards' schedule health: from the first day of
 * `plan.start` to the last day of `plan.due`, measured at the end of the
 * reference day. Progress stated after the reference date is not used.
 */
export function scheduleProgress(commitment: Commitment, referenceDate: string): ScheduleProgressItem | undefined {
  const plan = commitment.plan;
  if (!plan?.start || !plan.due) return undefined;
  const start = startOf(plan.start);
  const end = endOf(plan.due);
  const ref = endOf(referenceDate);
  if (!Number.isFinite(start) || !Number.isFinite(end) || !Number.isFinite(ref) || end <= start) return undefined;
  const expected = round1(Math.min(1, Math.max(0, (ref - start) / (end - start))) * 100);
  const stated = sortedUpdates(commitment).filter((u) => u.progress !== undefined && startOf(u.date) <= ref);
  const last = stated[stated.length - 1];
  const actual = last?.progress ?? null;
  const status = currentStatus(commitment);
  return {
    id: commitment.id,
    title: commitment.title,
    start: plan.start,
    due: plan.due,
    expected,
    actual,
    actualDate: last ? last.date : null,
    gap: actual === null ? null : round1(actual - expected),
    overdue: ref > end && status !== 'completed',
    status,
    sourceIds: [...plan.sourceIds, ...(last?.sourceIds ?? [])],
  };
}

/** Overdue first (earliest due first), then the widest known shortfall, then those whose progress is unknown. */
function rank(item: ScheduleProgressItem): [number, number] {
  if (item.overdue) return [0, endOf(item.due)];
  if (item.gap !== null) return [1, item.gap];
  return [2, -item.expected];
}

/** Chart 2, "which dated projects are behind?": at most `limit` rows, the most behind first. */
export function scheduleProgressSeries(
  commitments: readonly Commitment[],
  referenceDate: string,
  limit = MAX_ROWS,
): ScheduleProgressSeries {
  const all = commitments
    .map((c) => scheduleProgress(c, referenceDate))
    .filter((item): item is ScheduleProgressItem => item !== undefined);
  const sorted = all
    .map((item, index) => ({ item, index, key: rank(item) }))
    .sort((a, b) => a.key[0] - b.key[0] || a.key[1] - b.key[1] || a.index - b.index)
    .map(({ item }) => item);
  return { items: sorted.slice(0, limit), withPlan: all.length };
}

export interface ScheduleProgressText {
  commitment: string;
  start: string;
  due: string;
  expected: string;
  actual: string;
  gap: string;
  note: string;
  title: (item: ScheduleProgressItem) => string;
  date: (value: string) => string;
  /** Reader-facing notes: overdue, unknown progress, date of the progress figure. */
  overdue: string;
  completed: string;
  actualUnknown: string;
  actualAsOf: (date: string) => string;
  separator: string;
}

export function scheduleProgressTable(series: ScheduleProgressSeries, text: ScheduleProgressText): ChartTable {
  return {
    columns: [
      { key: 'commitment', label: text.commitment },
      { key: 'start', label: text.start },
      { key: 'due', label: text.due },
      { key: 'expected', label: text.expected },
      { key: 'actual', label: text.actual },
      { key: 'gap', label: text.gap },
      { key: 'note', label: text.note },
    ],
    rows: series.items.map((item) => ({
      _id: item.id,
      commitment: text.title(item),
      start: text.date(item.start),
      due: text.date(item.due),
      expected: item.expected,
      actual: item.actual,
      gap: item.gap,
      note: [
        item.overdue ? text.overdue : '',
        item.status === 'completed' ? text.completed : '',
        item.actualDate === null ? text.actualUnknown : text.actualAsOf(text.date(item.actualDate)),
      ]
        .filter(Boolean)
        .join(text.separator),
    })),
  };
}
