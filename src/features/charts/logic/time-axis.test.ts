import { describe, expect, it } from 'vitest';
import { yearAxis } from './time-axis';

const at = (iso: string) => Date.parse(`${iso}T00:00:00Z`);

describe('yearAxis', () => {
  it('spans whole years with a tick on each 1 January', () => {
    const axis = yearAxis([at('2024-03-01'), at('2025-06-28')], 0);
    expect(axis.domain).toEqual([at('2024-01-01'), at('2026-01-01')]);
    expect(axis.ticks).toEqual([at('2024-01-01'), at('2025-01-01'), at('2026-01-01')]);
  });
  it('thins ticks on a long span and falls back to one year when there is nothing', () => {
    expect(yearAxis([at('1990-01-01'), at('2030-01-01')], 0).ticks.length).toBeLessThanOrEqual(9);
    expect(yearAxis([], at('2025-08-27')).domain).toEqual([at('2025-01-01'), at('2026-01-01')]);
    expect(yearAxis([Number.NaN], at('2025-08-27')).ticks).toHaveLength(2);
  });

  it('can end the axis at the data instead of the year boundary', () => {
    const axis = yearAxis([at('2024-01-28'), at('2026-03-02')], 0, 8, true);
    expect(axis.domain).toEqual([at('2024-01-28'), at('2026-03-02')]);
    expect(axis.ticks).toEqual([at('2025-01-01'), at('2026-01-01')]);
  });
});
