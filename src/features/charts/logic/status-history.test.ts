import { describe, expect, it } from 'vitest';
import { makeCommitment, makeUpdate } from '@/test/builders';
import { statusHistorySeries, statusHistoryTable } from './status-history';

describe('statusHistorySeries', () => {
  const a = makeCommitment({
    id: 'a',
    updates: [
      makeUpdate({ date: '2025-06-28', status: 'in_progress' }),
      makeUpdate({ date: '2024-01-28', status: 'not_started' }),
    ],
  });
  const b = makeCommitment({
    id: 'b',
    updates: [
      makeUpdate({ date: '2024-01-28', status: 'unverified' }),
      makeUpdate({ date: '2024-07', status: 'in_progress' }),
      makeUpdate({ date: '2024-07', status: 'completed' }),
    ],
  });
  const late = makeCommitment({ id: 'late', updates: [makeUpdate({ date: '2025-01', status: 'delayed' })] });

  it('counts each commitment at its newest entry on or before each ledger date', () => {
    const series = statusHistorySeries([a, b, late], '2025-08-27');
    expect(series.points.map((p) => [p.date, p.total, p.asOf])).toEqual([
      ['2024-01-28', 2, false],
      ['2024-07', 2, false],
      ['2025-01', 3, false],
      ['2025-06-28', 3, false],
      ['2025-08-27', 3, true],
    ]);
    expect(series.points[0]?.counts).toMatchObject({ not_started: 1, unverified: 1 });
    // Two entries of b on the same date: the later one in the file wins.
    expect(series.points[1]?.counts).toMatchObject({ not_started: 1, unverified: 0, in_progress: 0, completed: 1 });
    expect(series.points[3]?.counts).toMatchObject({ in_progress: 1, completed: 1, delayed: 1, not_started: 0 });
    expect(series.statuses).toEqual(['completed', 'in_progress', 'not_started', 'delayed', 'unverified']);
  });

  it('every point adds up to its total, and no count goes negative', () => {
    for (const point of statusHistorySeries([a, b, late], '2025-08-27').points) {
      const values = Object.values(point.counts);
      expect(values.reduce((x, y) => x + y, 0)).toBe(point.total);
      expect(Math.min(...values)).toBeGreaterThanOrEqual(0);
    }
  });

  it('adds no closing point when the last entry is the as-of date, and is empty for no commitments', () => {
    expect(statusHistorySeries([a], '2025-06-28').points.at(-1)?.asOf).toBe(false);
    expect(statusHistorySeries([], '2025-06-28')).toEqual({ points: [], statuses: [] });
  });

  it('sweeps 10,000 commitments', () => {
    const many = Array.from({ length: 10_000 }, (_, i) =>
      makeCommitment({
        id: `c${i}`,
        updates: [
          makeUpdate({ date: '2024-01-28', status: 'unverified' }),
          makeUpdate({ date: `2025-${String((i % 12) + 1).padStart(2, '0')}`, status: 'completed' }),
        ],
      }),
    );
    const series = statusHistorySeries(many, '2026-01-01');
    expect(series.points).toHaveLength(14);
    expect(series.points.at(-1)?.counts.completed).toBe(10_000);
  });

  it('builds a table with the same counts', () => {
    const table = statusHistoryTable(statusHistorySeries([a], '2025-08-27'), {
      date: 'Date',
      total: 'Total',
      status: (s) => s,
      formatDate: (d) => d,
      asOfSuffix: ' (as of)',
    });
    expect(table.columns.map((c) => c.key)).toEqual(['date', 'in_progress', 'not_started', 'total']);
    expect(table.rows.map((r) => [r.date, r.in_progress, r.not_started, r.total])).toEqual([
      ['2024-01-28', 0, 1, 1],
      ['2025-06-28', 1, 0, 1],
      ['2025-08-27 (as of)', 1, 0, 1],
    ]);
  });
});
