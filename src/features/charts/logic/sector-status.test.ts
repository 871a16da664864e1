import { describe, expect, it } from 'vitest';
import { SECTOR_IDS } from '@/data/vocabulary';
import { makeCommitment, makeUpdate } from '@/test/builders';
import { sectorStatusSeries, sectorStatusTable } from './sector-status';

const text = {
  sector: 'Sector',
  total: 'Total',
  sectorName: (id: string) => `name:${id}`,
  status: (id: string) => `status:${id}`,
};

describe('sectorStatusSeries', () => {
  const commitments = [
    makeCommitment({ id: 'a', sector: 'transport', updates: [makeUpdate({ status: 'delayed' })] }),
    makeCommitment({
      id: 'b',
      sector: 'transport',
      updates: [
        makeUpdate({ date: '2025-01', status: 'completed' }),
        makeUpdate({ date: '2024', status: 'unverified' }),
      ],
    }),
    makeCommitment({ id: 'c', sector: 'new-energy-vehicles', updates: [makeUpdate({ status: 'completed' })] }),
  ];

  it('counts each commitment once, by its newest entry, in the sector order given', () => {
    const series = sectorStatusSeries(commitments, SECTOR_IDS);
    expect(series.rows.map((r) => r.sector)).toEqual(['new-energy-vehicles', 'transport']);
    expect(series.rows[1]?.counts).toMatchObject({ delayed: 1, completed: 1, unverified: 0 });
    expect(series.rows[1]?.total).toBe(2);
    expect(series.statuses).toEqual(['completed', 'delayed']);
    expect(series.total).toBe(3);
  });

  it('builds a table whose cells add up to the totals', () => {
    const table = sectorStatusTable(sectorStatusSeries(commitments, SECTOR_IDS), text);
    expect(table.columns.map((c) => c.key)).toEqual(['sector', 'completed', 'delayed', 'total']);
    expect(table.rows).toEqual([
      { _sector: 'new-energy-vehicles', sector: 'name:new-energy-vehicles', completed: 1, delayed: 0, total: 1 },
      { _sector: 'transport', sector: 'name:transport', completed: 1, delayed: 1, total: 2 },
    ]);
  });

  it('has no rows for an empty list, and puts sectors outside the order last', () => {
    expect(sectorStatusSeries([], SECTOR_IDS)).toEqual({ rows: [], statuses: [], total: 0 });
    const series = sectorStatusSeries(commitments, ['transport']);
    expect(series.rows.map((r) => r.sector)).toEqual(['transport', 'new-energy-vehicles']);
  });

  it('handles 10,000 commitments in one sector', () => {
    const many = Array.from({ length: 10_000 }, (_, i) =>
      makeCommitment({ id: `c${i}`, updates: [makeUpdate({ status: i % 2 ? 'completed' : 'in_progress' })] }),
    );
    const series = sectorStatusSeries(many, SECTOR_IDS);
    expect(series.rows).toHaveLength(1);
    expect(series.rows[0]?.counts.completed).toBe(5000);
    expect(series.rows[0]?.counts.in_progress).toBe(5000);
  });
});
