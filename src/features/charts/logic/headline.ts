import { currentStatus } from '@/data/ledger';
import type { Commitment } from '@/data/schema';

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
