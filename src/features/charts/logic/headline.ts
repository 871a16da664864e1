import { currentStatus, latestUpdate, sortedUpdates } from '@/data/ledger';
import type { Commitment, Localized } from '@/data/schema';
import type { StageId, StatusId } from '@/data/vocabulary';

export interface HeadlineFigures {
  total: number;
  completed: number;
  /** Share completed, in percent with one decimal; 0 when there is nothing to count. */
  completedShare: number;
  delayed: number;
  /** No evidence since the report (待核实). */
  unverified: number;
}

/** The four numbers at the top of the overview, by each commitment's newest ledger entry. */
export function headlineFigures(commitments: readonly Commitment[]): HeadlineFigures {
  let completed = 0;
  let delayed = 0;
  let unverified = 0;
  for (const commitment of commitments) {
    const status = currentStatus(commitment);
    if (status === 'completed') completed += 1;
    else if (status === 'delayed') delayed += 1;
    else if (status === 'unverified') unverified += 1;
  }
  const total = commitments.length;
  const completedShare = total === 0 ? 0 : Math.round((completed / total) * 1000) / 10;
  return { total, completed, completedShare, delayed, unverified };
}

/** The three headline commitments of DESIGN.md, in the order the overview shows them. */
export const HEADLINE_IDS = ['zhongzhou-catl-battery-base', 'luoyang-ethylene-1mt', 'jiao-ji-luo-ping-hsr'] as const;

export interface HeadlineProject {
  id: string;
  title: Localized;
  status: StatusId;
  stage: StageId | undefined;
  latestDate: string;
  latestNote: Localized;
}

/** The headline projects present in the data (a missing one is left out, never invented), each at its newest entry. */
export function headlineProjects(
  commitments: readonly Commitment[],
  ids: readonly string[] = HEADLINE_IDS,
): HeadlineProject[] {
  const byId = new Map(commitments.map((c) => [c.id, c]));
  return ids.flatMap((id) => {
    const c = byId.get(id);
    if (!c) return [];
    const withStage = sortedUpdates(c).filter((u) => u.stage !== undefined);
    const latest = latestUpdate(c);
    const stage = withStage[withStage.length - 1]?.stage;
    return [{ id, title: c.title, status: latest.status, stage, latestDate: latest.date, latestNote: latest.note }];
  });
}
