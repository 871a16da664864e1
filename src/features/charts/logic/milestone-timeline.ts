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
  planned: string | null;
  actual: string | null;
  /** The planned period as drawn: a month or a year is a band, not a point. */
  plannedSpan: [number, number] | null;
  actualAt: number | null;
  /**
   * Months from the end of the planned period to the actual date (late, > 0),
   * or from the actual date to the start of the planned period (early, < 0);
   * 0 when the actual date falls inside the planned period. One decimal.
   */
  slipMonths: number | null;
  sourceIds: string[];
}

export interface MilestoneSeries {
  items: MilestoneItem[];
  /** Milestones with at least one date, before the row limit. */
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

const when = (item: MilestoneItem) => item.plannedSpan?.[0] ?? item.actualAt ?? 0;

/**
 * Chart 3, "when did things happen against plan?": planned and actual dates of
 * plan milestones. Beyond `limit`, the milestones with the largest slip are
 * kept. The axis also covers `asOf`, drawn as the data-as-of line.
 */
export function milestoneSeries(commitments: readonly Commitment[], asOf: string, limit = MAX_ROWS): MilestoneSeries {
  const all: MilestoneItem[] = [];
  for (const c of commitments) {
    for (const m of c.plan?.milestones ?? []) {
      const planned = m.planned && Number.isFinite(startOf(m.planned)) ? m.planned : null;
      const actual = m.actual && Number.isFinite(startOf(m.actual)) ? m.actual : null;
      if (!planned && !actual) continue;
      all.push({
        key: `${c.id}/${m.id}`,
        commitmentId: c.id,
        commitmentTitle: c.title,
        label: m.label,
        planned,
        actual,
        plannedSpan: planned ? [startOf(planned), endOf(planned)] : null,
        actualAt: actual ? startOf(actual) : null,
        slipMonths: planned && actual ? slip(planned, actual) : null,
        sourceIds: m.sourceIds,
      });
    }
  }
  const kept =
    all.length <= limit
      ? all
      : all
          .map((item, index) => ({ item, index, size: item.slipMonths === null ? -1 : Math.abs(item.slipMonths) }))
          .sort((a, b) => b.size - a.size || a.index - b.index)
          .slice(0, limit)
          .map(({ item }) => item);
  const items = kept
    .map((item, index) => ({ item, index }))
    .sort((a, b) => when(a.item) - when(b.item) || a.index - b.index)
    .map(({ item }) => item);
  const times = items.flatMap((i) => [...(i.plannedSpan ?? []), ...(i.actualAt === null ? [] : [i.actualAt])]);
  const asOfAt = startOf(asOf);
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
      _planned: item.plannedSpan ? item.plannedSpan[0] : null,
      _plannedEnd: item.plannedSpan ? item.plannedSpan[1] : null,
      _actual: item.actualAt,
      milestone: text.label(item),
      commitment: text.title(item),
      planned: item.planned ? text.date(item.planned) : text.none,
      actual: item.actual ? text.date(item.actual) : text.none,
      slip: item.slipMonths,
    })),
  };
}
