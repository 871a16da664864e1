import { sortedUpdates } from '@/data/ledger';
import type { Commitment, Source, Update } from '@/data/schema';
import type { QualityId, StageId } from '@/data/vocabulary';

/** The newest-entry rule lives in src/data/ledger.ts so that every feature derives status the same way. */
export { currentStatus, latestUpdate, sortedUpdates } from '@/data/ledger';

/** The newest sourced progress figure, with the date it was stated. */
export function latestProgress(commitment: Commitment): { value: number; date: string } | undefined {
  const withProgress = sortedUpdates(commitment).filter((u) => u.progress !== undefined);
  const last = withProgress[withProgress.length - 1];
  return last && last.progress !== undefined ? { value: last.progress, date: last.date } : undefined;
}

export function latestStage(commitment: Commitment): StageId | undefined {
  const withStage = sortedUpdates(commitment).filter((u) => u.stage !== undefined);
  return withStage[withStage.length - 1]?.stage;
}

const QUALITY_RANK: Record<QualityId, number> = { official: 3, media: 2, repost: 1 };

/**
 * The best quality among the sources of an entry: a fact counts as official if
 * one official source states it. Unknown source ids are ignored.
 */
export function evidenceQuality(update: Update, sourcesById: ReadonlyMap<string, Source>): QualityId | undefined {
  let best: QualityId | undefined;
  for (const id of update.sourceIds) {
    const quality = sourcesById.get(id)?.quality;
    if (quality && (!best || QUALITY_RANK[quality] > QUALITY_RANK[best])) best = quality;
  }
  return best;
}

export function indexSources(sources: readonly Source[]): Map<string, Source> {
  return new Map(sources.map((source) => [source.id, source]));
}
