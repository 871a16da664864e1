import { describe, expect, it } from 'vitest';
import { defaultSince, parseChangesView, serializeChangesView, staleChoices } from './url-state';

const ASOF = '2026-03-02';

describe('changes URL state', () => {
  it('defaults to one year before the as-of date, 12 months and today', () => {
    expect(parseChangesView(new URLSearchParams(''), ASOF)).toEqual({
      view: { since: '2025-03-02', staleMonths: 12, ref: undefined },
      dropped: [],
    });
    expect(defaultSince('2025-10')).toBe('2024-10-01');
  });

  it('reads valid values', () => {
    const { view } = parseChangesView(
      new URLSearchParams('since=2025-01-01&stale=6&ref=2026-01-15&sector=transport'),
      ASOF,
    );
    expect(view).toEqual({ since: '2025-01-01', staleMonths: 6, ref: '2026-01-15' });
  });

  it('drops bad, repeated and over-long values and reports them', () => {
    const long = 'x'.repeat(10_000);
    const { view, dropped } = parseChangesView(
      new URLSearchParams(`since=2025-02-30&since=2025-13&stale=0&stale=-3&ref=${long}&ref=2026-01-01&ref=2026-01-02`),
      ASOF,
    );
    expect(view).toEqual({ since: '2025-03-02', staleMonths: 12, ref: '2026-01-01' });
    expect(dropped.map((d) => d.param)).toEqual(['since', 'since', 'stale', 'stale', 'ref', 'ref']);
    expect(dropped[4]!.value.length).toBeLessThan(100);
  });

  it('writes only what differs from the defaults and keeps other parameters', () => {
    const base = new URLSearchParams('lang=en&sector=transport&since=2020-01-01');
    expect(serializeChangesView({ since: '2025-03-02', staleMonths: 12, ref: undefined }, ASOF, base).toString()).toBe(
      'lang=en&sector=transport',
    );
    expect(
      serializeChangesView({ since: '2025-01-01', staleMonths: 6, ref: '2026-01-15' }, ASOF, base).toString(),
    ).toBe('lang=en&sector=transport&since=2025-01-01&stale=6&ref=2026-01-15');
  });
});

describe('staleChoices', () => {
  it('offers the usual thresholds and keeps a value set by a link', () => {
    expect(staleChoices(12)).toContain(12);
    expect(staleChoices(7)).toEqual([1, 2, 3, 6, 7, 9, 12, 18, 24, 36]);
  });
});
