import { describe, expect, it } from 'vitest';
import { makeSource } from '@/test/builders';
import { sourceLine } from './source-line';

const sources = new Map(
  [
    makeSource({ id: 'a', publisher: '洛阳网', date: '2025-01-10', quality: 'media' }),
    makeSource({ id: 'b', publisher: '洛阳网', date: '2025-08-27', quality: 'media' }),
    makeSource({ id: 'c', publisher: '洛阳发布', date: '2024-01-29', quality: 'official' }),
    makeSource({ id: 'd', publisher: '某转载站', date: '2025-03-01', quality: 'repost' }),
    makeSource({ id: 'e', publisher: '河南日报', date: undefined, quality: 'media' }),
  ].map((s) => [s.id, s]),
);

describe('sourceLine', () => {
  it('names each publisher once, official first then newest, and counts reposts', () => {
    const line = sourceLine(['a', 'b', 'c', 'd', 'e', 'a', 'missing'], sources);
    expect(line.shown).toEqual([
      { publisher: '洛阳发布', date: '2024-01-29' },
      { publisher: '洛阳网', date: '2025-08-27' },
      { publisher: '河南日报', date: undefined },
    ]);
    expect(line).toMatchObject({ more: 1, sources: 5, reposts: 1 });
  });
  it('is empty when no known source is given', () => {
    expect(sourceLine([], sources)).toEqual({ shown: [], more: 0, sources: 0, reposts: 0 });
  });
});
