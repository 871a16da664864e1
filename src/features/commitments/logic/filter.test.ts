import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { makeCommitment, makeUpdate } from '@/test/builders';
import { EMPTY_FILTERS } from './filters';
import { applyFilters, buildRows, facetCounts } from './filter';
import { parseFilters } from './url-state';

const commitments = [
  makeCommitment({ id: 'hsr', sector: 'transport', updates: [makeUpdate({ status: 'delayed', date: '2025-06-28' })] }),
  makeCommitment({
    id: 'catl',
    sector: 'new-energy-vehicles',
    title: { zh: '中州时代新能源电池产业基地', en: 'Zhongzhou CATL battery base' },
    origin: { ...makeCommitment().origin, quote: '推动洛阳中州时代新能源电池产业基地等项目尽快投产' },
    updates: [makeUpdate({ status: 'completed', date: '2025-09-30', progress: 100 })],
  }),
  makeCommitment({
    id: 'lab',
    sector: 'innovation',
    kind: 'achievement-2023',
    title: { zh: '龙门实验室', en: 'Longmen Laboratory' },
    origin: { ...makeCommitment().origin, layer: 'article', quote: '以龙门实验室为龙头引领' },
    updates: [makeUpdate({ status: 'in_progress', date: '2024-05-27', progress: 40 })],
  }),
];
const rows = buildRows(commitments, '2026-11-27');
const ids = (query: string) =>
  applyFilters(rows, parseFilters(new URLSearchParams(query)).filters).map((r) => r.commitment.id);

describe('applyFilters', () => {
  it('combines filters with AND, options within one filter with OR', () => {
    expect(ids('sector=transport&sector=innovation')).toEqual(['hsr', 'lab']);
    expect(ids('sector=transport&status=completed')).toEqual([]);
    expect(ids('layer=article')).toEqual(['lab']);
    expect(ids('kind=task-2024')).toEqual(['hsr', 'catl']);
  });

  it('finds by Chinese and English words, full-width or half-width', () => {
    expect(ids('q=电池')).toEqual(['catl']);
    expect(ids('q=battery base')).toEqual(['catl']);
    expect(ids('q=ＣＡＴＬ')).toEqual(['catl']);
    expect(ids('q=longmen')).toEqual(['lab']);
    expect(ids('q=尽快投产')).toEqual(['catl']);
  });

  it('sorts by progress and latest evidence, unknowns last', () => {
    expect(ids('sort=progress')).toEqual(['catl', 'lab', 'hsr']);
    expect(ids('sort=latest')).toEqual(['catl', 'hsr', 'lab']);
    expect(ids('sort=status')).toEqual(['catl', 'lab', 'hsr']);
  });
});

describe('facetCounts', () => {
  it('counts each option under the other active filters', () => {
    const counts = facetCounts(rows, { ...EMPTY_FILTERS, sectors: ['transport'], statuses: ['completed'] });
    expect(counts.sector.get('new-energy-vehicles')).toBe(1);
    expect(counts.sector.get('transport')).toBeUndefined();
    expect(counts.status.get('delayed')).toBe(1);
  });

  it('agrees with filtering for every option (property)', () => {
    fc.assert(
      fc.property(fc.constantFrom('', 'sector=transport', 'status=completed', 'q=电池', 'kind=task-2024'), (query) => {
        const { filters } = parseFilters(new URLSearchParams(query));
        const counts = facetCounts(rows, filters);
        for (const [sector, count] of counts.sector) {
          expect(applyFilters(rows, { ...filters, sectors: [sector] })).toHaveLength(count);
        }
      }),
    );
  });
});
