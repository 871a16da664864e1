import type { Commitment, Source } from '@/data/schema';
import type { QualityId, StageId, StatusId } from '@/data/vocabulary';
import { evidenceAge, type Age } from '@/lib/format';
import { evidenceQuality, latestProgress, latestStage, latestUpdate } from './ledger';

export interface CardView {
  status: StatusId;
  stage: StageId | undefined;
  progress: { value: number; date: string } | undefined;
  latestDate: string;
  latestAge: Age;
  latestQuality: QualityId | undefined;
}

/** What a card shows, computed once outside the component. `today` is `YYYY-MM-DD`. */
export function toCardView(commitment: Commitment, sourcesById: ReadonlyMap<string, Source>, today: string): CardView {
  const latest = latestUpdate(commitment);
  return {
    status: latest.status,
    stage: latestStage(commitment),
    progress: latestProgress(commitment),
    latestDate: latest.date,
    latestAge: evidenceAge(latest.date, today),
    latestQuality: evidenceQuality(latest, sourcesById),
  };
}
