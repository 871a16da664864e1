import type { Commitment, Localized } from '@/data/schema';
import { UNIT_IDS, type UnitId } from '@/data/vocabulary';
import { comparePartialDates } from '@/lib/partial-date';
import type { ChartTable } from './chart-table';

export interface FigureItem {
  key: string;
  commitmentId: string;
  commitmentTitle: Localized;
  label: Localized;
  value: number;
  unit: UnitId;
  /** Date of the source stating the figure. */
  date: string;
  /** The period the figure describes, where the data gives one. */
  period: string | undefined;
  sourceId: string;
}

/** Metrics of one commitment sharing a `series` id and a unit, over two or more periods. */
export interface SeriesPanel {
  key: string;
  commitmentId: string;
  commitmentTitle: Localized;
  label: Localized;
  unit: UnitId;
  points: FigureItem[];
}

/** One commitment's other figures in one unit, so that bars share a scale. */
export interface UnitPanel {
  unit: UnitId;
  items: FigureItem[];
  /** Figures in this unit before the item limit. */
  total: number;
}

export interface FiguresOptions {
  /** Commitments that come first (the headline projects). */
  priorityIds?: readonly string[];
  maxItems?: number;
  maxSeries?: number;
  maxChoices?: number;
}

function byPriority(commitments: readonly Commitment[], priorityIds: readonly string[]): Commitment[] {
  const rank = (id: string) => (priorityIds.includes(id) ? priorityIds.indexOf(id) : priorityIds.length);
  return commitments
    .map((c, index) => ({ c, index }))
    .sort((a, b) => rank(a.c.id) - rank(b.c.id) || a.index - b.index)
    .map(({ c }) => c);
}

function toItems(c: Commitment): (FigureItem & { series: string | undefined })[] {
  return c.metrics
    .filter((m) => Number.isFinite(m.value))
    .map((m) => ({
      key: `${c.id}/${m.id}`,
      commitmentId: c.id,
      commitmentTitle: c.title,
      label: m.label,
      value: m.value,
      unit: m.unit,
      date: m.date,
      period: m.period,
      sourceId: m.sourceId,
      series: m.series,
    }));
}

/** A commitment's metrics split into time series (two or more periods) and the rest. */
function split(c: Commitment): { series: SeriesPanel[]; rest: FigureItem[] } {
  const groups = new Map<string, FigureItem[]>();
  const rest: FigureItem[] = [];
  for (const { series, ...item } of toItems(c)) {
    if (!series) rest.push(item);
    else {
      const key = `${c.id}/${series}/${item.unit}`;
      groups.set(key, [...(groups.get(key) ?? []), item]);
    }
  }
  const series: SeriesPanel[] = [];
  for (const [key, items] of groups) {
    if (new Set(items.map((i) => i.period ?? i.date)).size < 2) {
      rest.push(...items);
      continue;
    }
    const points = [...items].sort((a, b) => comparePartialDates(a.period ?? a.date, b.period ?? b.date));
    const first = points[0] as FigureItem;
    const last = points[points.length - 1] as FigureItem;
    series.push({ key, commitmentId: c.id, commitmentTitle: c.title, label: last.label, unit: first.unit, points });
  }
  return { series, rest };
}

/**
 * Chart 5a: every time series among the commitments (e.g. Luoyang's R&D
 * intensity by year), headline projects first, at most `maxSeries`.
 * Figures are never summed: each bar is one sourced number.
 */
export function figureSeries(
  commitments: readonly Commitment[],
  options: FiguresOptions = {},
): { series: SeriesPanel[]; total: number } {
  const { priorityIds = [], maxSeries = 8 } = options;
  const all = byPriority(commitments, priorityIds).flatMap((c) => split(c).series);
  return { series: all.slice(0, maxSeries), total: all.length };
}

/** Chart 5b: one commitment's other figures (investment, capacity by phase, counts), one panel per unit. */
export function unitPanels(commitment: Commitment, maxItems = 12): UnitPanel[] {
  const { rest } = split(commitment);
  const units = [...new Set(rest.map((i) => i.unit))].sort((a, b) => UNIT_IDS.indexOf(a) - UNIT_IDS.indexOf(b));
  return units.map((unit) => {
    const all = rest.filter((i) => i.unit === unit);
    return { unit, items: all.slice(0, maxItems), total: all.length };
  });
}

/** The commitments a reader can pick for chart 5b: those with a figure, headline projects first. */
export function figureChoices(
  commitments: readonly Commitment[],
  options: FiguresOptions = {},
): { choices: Commitment[]; total: number } {
  const { priorityIds = [], maxChoices = 100 } = options;
  const all = byPriority(commitments, priorityIds).filter((c) => c.metrics.some((m) => Number.isFinite(m.value)));
  return { choices: all.slice(0, maxChoices), total: all.length };
}

export interface FiguresText {
  item: string;
  period: string;
  value: string;
  shown: string;
  date: string;
  source: string;
  itemLabel: (item: FigureItem) => string;
  formatValue: (item: FigureItem) => string;
  formatDate: (value: string) => string;
  sourceName: (sourceId: string) => string;
}

function figureRow(item: FigureItem, text: FiguresText) {
  return {
    _key: item.key,
    value: item.value,
    shown: text.formatValue(item),
    date: text.formatDate(item.date),
    source: text.sourceName(item.sourceId),
  };
}

/** Per unit: one row per figure; `value` is the raw number in the panel's unit, `shown` the text on the bar. */
export function unitPanelTable(panel: UnitPanel, text: FiguresText): ChartTable {
  return {
    columns: [
      { key: 'item', label: text.item },
      { key: 'value', label: text.value },
      { key: 'shown', label: text.shown },
      { key: 'date', label: text.date },
      { key: 'source', label: text.source },
    ],
    rows: panel.items.map((item) => ({ ...figureRow(item, text), item: text.itemLabel(item) })),
  };
}

export function seriesPanelTable(panel: SeriesPanel, text: FiguresText): ChartTable {
  return {
    columns: [
      { key: 'period', label: text.period },
      { key: 'value', label: text.value },
      { key: 'shown', label: text.shown },
      { key: 'date', label: text.date },
      { key: 'source', label: text.source },
    ],
    rows: panel.points.map((item) => ({ ...figureRow(item, text), period: text.formatDate(item.period ?? item.date) })),
  };
}
