import type { Commitment, Localized } from '@/data/schema';
import { endOf, startOf } from '@/lib/partial-date';
import { MAX_ROWS, type ChartTable } from './chart-table';
import { yearAxis, type TimeAxis } from './time-axis';

const DAY = 86_400_000;
const MONTH_DAYS = 30.44;

export interface MilestoneItem {
  key: string;
  commitmentId: string;
  commitmentTitle: Localized;
  label: Localized;
  planned: string;
  actual: string | null;
  /** The planned period as drawn: a month or a year is a band, not a point. */
  plannedSpan: [number, number];
  actualAt: number | null;
  /**
   * Months from the end of the planned period to the actual date (late, > 0),
   * or from the actual date to the start of the planned period (early, < 0);
   * 0 when the actual date falls inside the planned period. One decimal.
   */
  slipMonths: number | null;
  /** The planned period ended before the data-as-of date and no actual date is recorded. */
  overdue: boolean;
  sourceIds: string[];
}

export interface MilestoneSeries {
  items: MilestoneItem[];
  /** Milestones with a planned date, before the row limit. */
  dated: number;
  axis: TimeAxis;
}

function slip(planned: string, actual: string): number {
  const days =
    startOf(actual) > endOf(planned)
      ? (startOf(actual) - (endOf(planned) + 1)) / DAY
      : endOf(actual) < startOf(planned)
        ? (endOf(actual) + 1 - startOf(planned)) / DAY
        : 0;
  return Math.round((days / MONTH_DAYS) * 10) / 10;
}

/** Which milestones to keep beyond the limit: those with both dates by size of slip, then overdue, then the rest. */
function priority(item: MilestoneItem): number {
  if (item.slipMonths !== null) return 1_000_000 + Math.abs(item.slipMonths);
  return item.overdue ? 1 : 0;
}

/**
 * Chart 3, "when did things happen against plan?": milestones that have a
 * planned date, with the actual date where one is recorded (milestones with an
 * actual date only are history, not plan, and stay on the detail page). Beyond
 * `limit`, the largest slips are kept. The axis also covers `asOf`, drawn as
 * the data-as-of line.
 */
export function milestoneSeries(commitments: readonly Commitment[], asOf: string, limit = MAX_ROWS): MilestoneSeries {
  const asOfAt = startOf(asOf);
  const all: MilestoneItem[] = [];
  for (const c of commitments) {
    for (const m of c.plan?.milestones ?? []) {
      const planned = m.planned && Number.isFinite(startOf(m.planned)) ? m.planned : null;
      if (!planned) continue;
      const actual = m.actual && Number.isFinite(startOf(m.actual)) ? m.actual : null;
      all.push({
        key: `${c.id}/${m.id}`,
        commitmentId: c.id,
        commitmentTitle: c.title,
        label: m.label,
        planned,
        actual,
        plannedSpan: [startOf(planned), endOf(planned)],
        actualAt: actual ? startOf(actual) : null,
        slipMonths: actual ? slip(planned, actual) : null,
        overdue: !actual && endOf(planned) < asOfAt,
        sourceIds: m.sourceIds,
      });
    }
  }
  const kept =
    all.length <= limit
      ? all
      : all
          .map((item, index) => ({ item, index, rank: priority(item) }))
          .sort((a, b) => b.rank - a.rank || a.index - b.index)
          .slice(0, limit)
          .map(({ item }) => item);
  const when = (item: MilestoneItem) => item.plannedSpan[0];
  const items = kept
    .map((item, index) => ({ item, index }))
    .sort((a, b) => when(a.item) - when(b.item) || a.index - b.index)
    .map(({ item }) => item);
  const times = items.flatMap((i) => [...i.plannedSpan, ...(i.actualAt === null ? [] : [i.actualAt])]);
  return { items, dated: all.length, axis: yearAxis([...times, asOfAt], asOfAt) };
}

export interface MilestoneText {
  milestone: string;
  commitment: string;
  planned: string;
  actual: string;
  slip: string;
  label: (item: MilestoneItem) => string;
  title: (item: MilestoneItem) => string;
  date: (value: string) => string;
  none: string;
  /** Shown in place of the actual date when the planned period has passed without one. */
  overdue: string;
}

export function milestoneTable(series: MilestoneSeries, text: MilestoneText): ChartTable {
  return {
    columns: [
      { key: 'milestone', label: text.milestone },
      { key: 'commitment', label: text.commitment },
      { key: 'planned', label: text.planned },
      { key: 'actual', label: text.actual },
      { key: 'slip', label: text.slip },
    ],
    rows: series.items.map((item) => ({
      _key: item.key,
      _planned: item.plannedSpan[0],
      _plannedEnd: item.plannedSpan[1],
      _overdue: item.overdue ? 1 : 0,
      _actual: item.actualAt,
      milestone: text.label(item),
      commitment: text.title(item),
      planned: text.date(item.planned),
      actual: item.actual ? text.date(item.actual) : item.overdue ? text.overdue : text.none,
      slip: item.slipMonths,
    })),
  };
}
