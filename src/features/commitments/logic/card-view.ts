import type { Source } from '@/data/schema';
import type { QualityId, StageId, StatusId } from '@/data/vocabulary';
import { evidenceAge, type Age } from '@/lib/format';
import type { Row } from './filter';
import { evidenceQuality, latestProgress, latestStage, latestUpdate } from './ledger';
import type { ScheduleHealth } from './schedule-health';

export interface CardView {
  status: StatusId;
  stage: StageId | undefined;
  progress: { value: number; date: string } | undefined;
  health: ScheduleHealth | undefined;
  latestDate: string;
  latestAge: Age;
  latestQuality: QualityId | undefined;
}

/** What a card shows, computed outside the component. `today` is `YYYY-MM-DD`. */
export function toCardView(row: Row, sourcesById: ReadonlyMap<string, Source>, today: string): CardView {
  const latest = latestUpdate(row.commitment);
  return {
    status: latest.status,
    stage: latestStage(row.commitment),
    progress: latestProgress(row.commitment),
    health: row.health,
    latestDate: latest.date,
    latestAge: evidenceAge(latest.date, today),
    latestQuality: evidenceQuality(latest, sourcesById),
  };
}
