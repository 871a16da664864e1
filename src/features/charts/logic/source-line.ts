import type { Source } from '@/data/schema';
import type { QualityId } from '@/data/vocabulary';
import { comparePartialDates } from '@/lib/partial-date';

export interface SourceLine {
  /** Up to `max` publishers, official first, then the newest. */
  shown: { publisher: string; date: string | undefined }[];
  /** Further publishers not named. */
  more: number;
  /** Distinct sources behind the chart, and how many of them are reposts. */
  sources: number;
  reposts: number;
}

const QUALITY_RANK: Record<QualityId, number> = { official: 0, media: 1, repost: 2 };

/** The "source:" line under a chart, from the ids of every source its numbers rest on. Unknown ids are ignored. */
export function sourceLine(ids: Iterable<string>, sourcesById: ReadonlyMap<string, Source>, max = 3): SourceLine {
  const sources = [...new Set(ids)].map((id) => sourcesById.get(id)).filter((s): s is Source => s !== undefined);
  const byPublisher = new Map<string, Source>();
  for (const source of sources) {
    const seen = byPublisher.get(source.publisher);
    const newer = !seen || comparePartialDates(source.date ?? '1900', seen.date ?? '1900') > 0;
    const better = !seen || QUALITY_RANK[source.quality] < QUALITY_RANK[seen.quality];
    if (better || (newer && QUALITY_RANK[source.quality] === QUALITY_RANK[seen.quality])) {
      byPublisher.set(source.publisher, source);
    }
  }
  const ordered = [...byPublisher.values()].sort(
    (a, b) =>
      QUALITY_RANK[a.quality] - QUALITY_RANK[b.quality] || comparePartialDates(b.date ?? '1900', a.date ?? '1900'),
  );
  return {
    shown: ordered.slice(0, max).map((s) => ({ publisher: s.publisher, date: s.date })),
    more: Math.max(0, ordered.length - max),
    sources: sources.length,
    reposts: sources.filter((s) => s.quality === 'repost').length,
  };
}
