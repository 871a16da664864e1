import { describe, expect, it } from 'vitest';
import type { Milestone } from '@/data/schema';
import { makeCommitment } from '@/test/builders';
import { milestoneSeries, milestoneTable } from './milestone-timeline';

const ms = (id: string, planned?: string, actual?: string): Milestone => ({
  id,
  label: { zh: id, en: id },
  planned,
  actual,
  sourceIds: ['s'],
});
const withMilestones = (id: string, milestones: Milestone[]) =>
  makeCommitment({ id, plan: { sourceIds: ['s'], milestones } });

describe('milestoneSeries', () => {
  const hsr = withMilestones('hsr', [ms('start', '2024', '2025-06-28'), ms('finish', '2029')]);
  const museum = withMilestones('museum', [ms('open', '2024-10', '2025-07-16'), ms('early', '2025-12', '2025-11-02')]);

  it('measures slip from the end of a planned year or month, and zero inside it', () => {
    const series = milestoneSeries([hsr, museum], '2025-08-27');
    const byKey = new Map(series.items.map((i) => [i.key, i]));
    expect(byKey.get('hsr/start')?.slipMonths).toBe(5.8); // 1 Jan → 28 Jun 2025: 178 days
    expect(byKey.get('museum/open')?.slipMonths).toBe(8.4); // 1 Nov 2024 → 16 Jul 2025: 257 days
    expect(byKey.get('museum/early')?.slipMonths).toBe(-0.9); // end of 2 Nov → 1 Dec: 28 days early
    expect(byKey.get('hsr/finish')).toMatchObject({ actual: null, slipMonths: null, actualAt: null });
    expect(
      milestoneSeries([withMilestones('x', [ms('in', '2025', '2025-03-01')])], '2025-08-27').items[0]?.slipMonths,
    ).toBe(0);
  });

  it('orders by date and spans the axis over every date and the as-of date', () => {
    const series = milestoneSeries([hsr, museum], '2025-08-27');
    expect(series.items.map((i) => i.key)).toEqual(['hsr/start', 'museum/open', 'museum/early', 'hsr/finish']);
    expect(series.axis.domain).toEqual([Date.UTC(2024, 0, 1), Date.UTC(2030, 0, 1)]);
  });

  it('keeps only planned milestones, and the largest slips beyond the limit', () => {
    const c = withMilestones('c', [
      ms('none'),
      ms('small', '2025', '2025-02-01'),
      ms('big', '2024', '2026-01-01'),
      ms('mid', '2024', '2025-06-01'),
    ]);
    const series = milestoneSeries([c], '2025-08-27', 2);
    expect(series.dated).toBe(3);
    expect(series.items.map((i) => i.key)).toEqual(['c/big', 'c/mid']);
  });

  it('marks a planned period that ended before the as-of date with no actual date as overdue', () => {
    const c = withMilestones('c', [ms('late', '2025-01'), ms('future', '2026'), ms('done', '2025-01', '2025-03')]);
    const series = milestoneSeries([c], '2025-08-27');
    expect(series.items.map((i) => [i.key, i.overdue])).toEqual([
      ['c/late', true],
      ['c/done', false],
      ['c/future', false],
    ]);
  });

  it('gives an empty series and a one-year axis when nothing is dated', () => {
    const series = milestoneSeries([makeCommitment()], '2025-08-27');
    expect(series.items).toEqual([]);
    expect(series.axis.domain).toEqual([Date.UTC(2025, 0, 1), Date.UTC(2026, 0, 1)]);
  });

  it('builds a table with the same dates and slips', () => {
    const table = milestoneTable(milestoneSeries([hsr], '2025-08-27'), {
      milestone: 'M',
      commitment: 'C',
      planned: 'P',
      actual: 'A',
      slip: 'S',
      label: (i) => i.label.en,
      title: (i) => i.commitmentId,
      date: (v) => `d${v}`,
      none: '—',
      overdue: 'overdue',
    });
    expect(table.rows).toEqual([
      expect.objectContaining({ milestone: 'start', planned: 'd2024', actual: 'd2025-06-28', slip: 5.8 }),
      expect.objectContaining({ milestone: 'finish', planned: 'd2029', actual: '—', slip: null, _actual: null }),
    ]);
  });
});
