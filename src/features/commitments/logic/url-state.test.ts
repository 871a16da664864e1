import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { KIND_IDS, LAYER_IDS, LINK_IDS, SECTOR_IDS, STATUS_IDS } from '@/data/vocabulary';
import { EMPTY_FILTERS, SORT_IDS, type Filters } from './filters';
import { MAX_QUERY_LENGTH, parseFilters, serializeFilters } from './url-state';

const parse = (query: string) => parseFilters(new URLSearchParams(query));

describe('parseFilters', () => {
  it('reads every filter, repeatable ones included', () => {
    const { filters, dropped } = parse(
      'sector=transport&sector=innovation&status=delayed&kind=task-2024&layer=report&link=direct&q=高铁&sort=gap',
    );
    expect(filters).toEqual({
      sectors: ['transport', 'innovation'],
      statuses: ['delayed'],
      kind: 'task-2024',
      layer: 'report',
      link: 'direct',
      q: '高铁',
      sort: 'gap',
    });
    expect(dropped).toEqual([]);
  });

  it('drops unknown values and reports them', () => {
    const { filters, dropped } = parse('sector=mars&sector=transport&status=done&sort=random');
    expect(filters.sectors).toEqual(['transport']);
    expect(filters.statuses).toEqual([]);
    expect(filters.sort).toBe('report');
    expect(dropped).toEqual([
      { param: 'sector', value: 'mars' },
      { param: 'status', value: 'done' },
      { param: 'sort', value: 'random' },
    ]);
  });

  it('keeps the first of a repeated single-valued parameter', () => {
    const { filters, dropped } = parse('kind=metric&kind=task-2024');
    expect(filters.kind).toBe('metric');
    expect(dropped).toEqual([{ param: 'kind', value: 'task-2024' }]);
  });

  it('cuts a 10 KB search to its first characters and says so', () => {
    const { filters, dropped } = parse(`q=${'x'.repeat(10_000)}`);
    expect(filters.q).toHaveLength(MAX_QUERY_LENGTH);
    expect(dropped).toHaveLength(1);
    expect(dropped[0]!.value.length).toBeLessThan(80);
  });

  it('survives broken percent-encoding and ignores parameters that are not filters', () => {
    expect(() => parse('q=%E4%B8&sector=%ZZ&page=-1&page=1e309&lang=en')).not.toThrow();
    expect(parse('page=-5&lang=en').filters).toEqual(EMPTY_FILTERS);
  });
});

describe('serializeFilters', () => {
  it('leaves defaults out and keeps other parameters', () => {
    expect(serializeFilters(EMPTY_FILTERS).toString()).toBe('');
    const out = serializeFilters({ ...EMPTY_FILTERS, sectors: ['transport'] }, new URLSearchParams('lang=en&sector=x'));
    expect(out.toString()).toBe('lang=en&sector=transport');
  });
});

const filtersArb: fc.Arbitrary<Filters> = fc.record({
  sectors: fc.uniqueArray(fc.constantFrom(...SECTOR_IDS)),
  statuses: fc.uniqueArray(fc.constantFrom(...STATUS_IDS)),
  kind: fc.option(fc.constantFrom(...KIND_IDS), { nil: undefined }),
  layer: fc.option(fc.constantFrom(...LAYER_IDS), { nil: undefined }),
  link: fc.option(fc.constantFrom(...LINK_IDS), { nil: undefined }),
  q: fc.string({ maxLength: MAX_QUERY_LENGTH }).filter((q) => q.trim() === q && !q.includes(',')),
  sort: fc.constantFrom(...SORT_IDS),
});

describe('URL state properties', () => {
  it('never throws on arbitrary query strings', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 400 }), (query) => {
        parse(query);
      }),
    );
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.constantFrom('sector', 'status', 'kind', 'layer', 'link', 'q', 'sort', 'x'), fc.string())),
        (pairs) => {
          const params = new URLSearchParams();
          pairs.forEach(([k, v]) => params.append(k, v));
          parseFilters(params);
        },
      ),
    );
  });

  it('round-trips: parse(serialize(f)) = f with nothing dropped', () => {
    fc.assert(
      fc.property(filtersArb, (filters) => {
        const { filters: back, dropped } = parseFilters(new URLSearchParams(serializeFilters(filters).toString()));
        expect(dropped).toEqual([]);
        expect(back).toEqual({ ...filters, q: filters.q.trim() === '' ? '' : filters.q });
      }),
    );
  });
});
