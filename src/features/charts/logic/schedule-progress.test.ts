import { describe, expect, it } from 'vitest';
import type { Commitment } from '@/data/schema';
import { makeCommitment, makeUpdate } from '@/test/builders';
import {
  scheduleProgress,
  scheduleProgressSeries,
  scheduleProgressTable,
  type ScheduleProgressText,
} from './schedule-progress';

const planned = (id: string, start: string, due: string, overrides: Partial<Commitment> = {}) =>
  makeCommitment({ id, plan: { start, due, sourceIds: ['plan-src'], milestones: [] }, ...overrides });

describe('scheduleProgress', () => {
  it('gives the elapsed share of the period and the gap to sourced progress', () => {
    // 2024-01-01 .. 2025-12-31 (731 days); at the end of 2024-12-31, 366/731 has elapsed.
    const item = scheduleProgress(
      planned('a', '2024', '2025', {
        updates: [makeUpdate({ date: '2024-06', status: 'in_progress', progress: 20, sourceIds: ['p'] })],
      }),
      '2024-12-31',
    );
    expect(item?.expected).toBe(50.1);
    expect(item?.actual).toBe(20);
    expect(item?.gap).toBe(-30.1);
    expect(item?.overdue).toBe(false);
    expect(item?.sourceIds).toEqual(['plan-src', 'p']);
  });

  it('says actual is unknown rather than inventing it, and clamps expected to 0–100', () => {
    const before = scheduleProgress(planned('a', '2026-01', '2026-12'), '2025-06-01');
    expect(before).toMatchObject({ expected: 0, actual: null, gap: null, actualDate: null });
    const after = scheduleProgress(planned('a', '2024-01', '2024-12'), '2025-06-01');
    expect(after).toMatchObject({ expected: 100, actual: null, overdue: true });
  });

  it('ignores progress stated after the reference date', () => {
    const c = planned('a', '2024', '2025', {
      updates: [
        makeUpdate({ date: '2024-06-01', status: 'in_progress', progress: 10 }),
        makeUpdate({ date: '2025-06-01', status: 'in_progress', progress: 60 }),
      ],
    });
    expect(scheduleProgress(c, '2024-12-31')?.actual).toBe(10);
    expect(scheduleProgress(c, '2025-12-31')?.actual).toBe(60);
  });

  it('is not overdue once completed, and skips plans without both dates or with an inverted period', () => {
    const done = planned('a', '2024-01', '2024-06', { updates: [makeUpdate({ status: 'completed' })] });
    expect(scheduleProgress(done, '2025-01-01')?.overdue).toBe(false);
    expect(
      scheduleProgress(makeCommitment({ plan: { due: '2025', sourceIds: ['x'], milestones: [] } }), '2025-01-01'),
    ).toBeUndefined();
    expect(scheduleProgress(planned('a', '2026', '2024'), '2025-01-01')).toBeUndefined();
  });
});

describe('scheduleProgressSeries', () => {
  const list = [
    planned('unknown', '2024', '2026'),
    planned('on-track', '2024', '2026', { updates: [makeUpdate({ status: 'in_progress', progress: 90 })] }),
    planned('behind', '2024', '2026', { updates: [makeUpdate({ status: 'in_progress', progress: 0 })] }),
    planned('overdue', '2023', '2024-06'),
    makeCommitment({ id: 'no-plan' }),
  ];

  it('puts overdue first, then the widest shortfall, then unknown progress', () => {
    const series = scheduleProgressSeries(list, '2025-01-01');
    expect(series.items.map((i) => i.id)).toEqual(['overdue', 'behind', 'on-track', 'unknown']);
    expect(series.withPlan).toBe(4);
  });

  it('keeps at most the limit, and reports how many had a plan', () => {
    const many = Array.from({ length: 10_000 }, (_, i) => planned(`c${i}`, '2024', '2026'));
    const series = scheduleProgressSeries(many, '2025-01-01', 20);
    expect(series.items).toHaveLength(20);
    expect(series.withPlan).toBe(10_000);
  });

  it('builds a table with the same numbers and a note for unknown progress', () => {
    const text: ScheduleProgressText = {
      commitment: 'C',
      start: 'S',
      due: 'D',
      expected: 'E',
      actual: 'A',
      gap: 'G',
      note: 'N',
      title: (i) => i.title.en,
      date: (v) => `d${v}`,
      overdue: 'overdue',
      completed: 'done',
      actualUnknown: 'unknown',
      actualAsOf: (d) => `as of ${d}`,
      separator: '; ',
    };
    const table = scheduleProgressTable(scheduleProgressSeries(list, '2025-01-01'), text);
    expect(table.rows[0]).toMatchObject({
      _id: 'overdue',
      expected: 100,
      actual: null,
      gap: null,
      note: 'overdue; unknown',
    });
    expect(table.rows[1]).toMatchObject({ _id: 'behind', actual: 0, start: 'd2024', note: 'as of d2024-01-28' });
    expect(table.rows[1]?.gap).toBe(-(table.rows[1]?.expected as number));
    const done = planned('done', '2024-01', '2024-06', { updates: [makeUpdate({ status: 'completed' })] });
    expect(scheduleProgressTable(scheduleProgressSeries([done], '2025-01-01'), text).rows[0]?.note).toBe(
      'done; unknown',
    );
  });
});
