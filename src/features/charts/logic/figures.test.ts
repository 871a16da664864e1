import { describe, expect, it } from 'vitest';
import type { Metric } from '@/data/schema';
import { makeCommitment } from '@/test/builders';
import { figureChoices, figureSeries, seriesPanelTable, unitPanels, unitPanelTable, type FiguresText } from './figures';

const metric = (overrides: Partial<Metric>): Metric => ({
  id: 'm',
  label: { zh: '指标', en: 'metric' },
  value: 1,
  unit: '亿元',
  date: '2025-01-10',
  sourceId: 's',
  ...overrides,
});

const rd = makeCommitment({
  id: 'rd',
  metrics: [
    metric({ id: 'rd-2023', unit: '%', value: 3.47, series: 'rd', period: '2023' }),
    metric({ id: 'rd-2021', unit: '%', value: 2.8, series: 'rd', period: '2021' }),
    metric({ id: 'lonely', unit: '%', value: 5, series: 'alone', period: '2022' }),
    metric({ id: 'profit-2022', value: -0.67, series: 'profit', period: '2022' }),
    metric({ id: 'profit-2023', value: 0, series: 'profit', period: '2023' }),
  ],
});
const catl = makeCommitment({
  id: 'zhongzhou-catl-battery-base',
  metrics: [
    metric({ id: 'invest', value: 320 }),
    metric({ id: 'phase-1', unit: 'GWh', value: 30 }),
    metric({ id: 'phase-2', unit: 'GWh', value: 30 }),
    metric({ id: 'jobs', unit: '人', value: 20000 }),
  ],
});
const bare = makeCommitment({ id: 'bare', metrics: [] });

describe('figureSeries', () => {
  it('makes a time series of metrics sharing a series id over two or more periods, in period order, negatives kept', () => {
    const { series, total } = figureSeries([rd]);
    expect(total).toBe(2);
    expect(series[0]?.points.map((p) => [p.period, p.value])).toEqual([
      ['2021', 2.8],
      ['2023', 3.47],
    ]);
    expect(series[1]?.points.map((p) => p.value)).toEqual([-0.67, 0]);
  });

  it('caps the number of series and reports the total', () => {
    expect(figureSeries([rd], { maxSeries: 1 })).toMatchObject({ total: 2, series: [{ key: 'rd/rd/%' }] });
    expect(figureSeries([])).toEqual({ series: [], total: 0 });
  });
});

describe('unitPanels', () => {
  it('gives one panel per unit in vocabulary order, with figures outside a series', () => {
    const panels = unitPanels(catl);
    expect(panels.map((p) => p.unit)).toEqual(['亿元', 'GWh', '人']);
    expect(panels[1]?.items.map((i) => i.value)).toEqual([30, 30]);
    // A series with one period is just a figure.
    expect(unitPanels(rd).map((p) => [p.unit, p.items.map((i) => i.key)])).toEqual([['%', ['rd/lonely']]]);
  });

  it('caps the items of a panel and says how many there were', () => {
    const many = makeCommitment({ metrics: Array.from({ length: 50 }, (_, i) => metric({ id: `m${i}`, value: i })) });
    expect(unitPanels(many, 12)[0]).toMatchObject({ total: 50 });
    expect(unitPanels(many, 12)[0]?.items).toHaveLength(12);
    expect(unitPanels(bare)).toEqual([]);
  });
});

describe('figureChoices', () => {
  it('lists commitments with a figure, headline projects first', () => {
    const { choices, total } = figureChoices([rd, bare, catl], { priorityIds: ['zhongzhou-catl-battery-base'] });
    expect(choices.map((c) => c.id)).toEqual(['zhongzhou-catl-battery-base', 'rd']);
    expect(total).toBe(2);
  });
});

describe('figure tables', () => {
  const text: FiguresText = {
    item: 'I',
    period: 'P',
    value: 'V',
    shown: 'S',
    date: 'D',
    source: 'Src',
    itemLabel: (i) => i.label.en,
    formatValue: (i) => `${i.value} ${i.unit}`,
    formatDate: (d) => `d${d}`,
    sourceName: (id) => `src:${id}`,
  };

  it('hold the raw value and the text shown on the bar', () => {
    expect(unitPanelTable(unitPanels(catl)[0]!, text).rows[0]).toEqual({
      _key: 'zhongzhou-catl-battery-base/invest',
      item: 'metric',
      value: 320,
      shown: '320 亿元',
      date: 'd2025-01-10',
      source: 'src:s',
    });
    const series = figureSeries([rd]).series[0]!;
    expect(seriesPanelTable(series, text).rows.map((r) => [r.period, r.value])).toEqual([
      ['d2021', 2.8],
      ['d2023', 3.47],
    ]);
  });
});
