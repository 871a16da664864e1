import type { Commitment } from '@/data/schema';
import { endOf, startOf } from '@/lib/partial-date';
import { latestProgress, latestStage, latestUpdate } from './ledger';

export type HealthLevel = 'green' | 'amber' | 'red' | 'unknown';

export type HealthReason =
  'completed' | 'overdue' | 'gap-red' | 'gap-amber' | 'on-track' | 'not-started-late' | 'progress-unknown';

/** 序时进度: how a dated commitment stands against the share of its planned period that has elapsed. */
export interface ScheduleHealth {
  level: HealthLevel;
  reason: HealthReason;
  /** Elapsed share of the planned period on the reference date, 0–100. */
  expected: number;
  /** Newest sourced progress, 0–100, where one exists. */
  actual: number | undefined;
  /** actual − expected, in percentage points, where progress is known. */
  gap: number | undefined;
  start: string;
  due: string;
  /** Whole days past the due date on the reference date (0 if not past). */
  daysOverdue: number;
}

/** A gap at or above this many points is on track (green). */
export const GREEN_FLOOR = -10;
/** A gap below this many points is red; between the two is amber. */
export const RED_BELOW = -30;

const DAY = 86_400_000;

/**
 * Computes schedule health on a reference date (`YYYY-MM-DD`), never stored.
 * Only commitments with both `plan.start` and `plan.due` have one. The period
 * runs from the first day of `start` to the last day of `due`, so a due date of
 * `2025-12` means the end of December. Rules (DESIGN.md), first match wins:
 * completed → green; due passed and not complete → red (overdue); with a
 * sourced progress figure, gap < −30 → red, gap < −10 → amber, else green;
 * without one, not started after the planned start → amber; otherwise unknown.
 */
export function scheduleHealth(commitment: Commitment, referenceDate: string): ScheduleHealth | undefined {
  const plan = commitment.plan;
  if (!plan?.start || !plan.due) return undefined;
  const start = startOf(plan.start);
  const end = endOf(plan.due);
  const ref = endOf(referenceDate);
  if (!Number.isFinite(start) || !Number.isFinite(end) || end <= start) return undefined;

  const expected = Math.round(Math.min(1, Math.max(0, (ref - start) / (end - start))) * 1000) / 10;
  const progress = latestProgress(commitment);
  const actual = progress?.value;
  const gap = actual === undefined ? undefined : Math.round((actual - expected) * 10) / 10;
  const status = latestUpdate(commitment).status;
  const daysOverdue = ref > end ? Math.floor((ref - end) / DAY) : 0;
  const base = { expected, actual, gap, start: plan.start, due: plan.due, daysOverdue };

  if (status === 'completed') return { ...base, level: 'green', reason: 'completed' };
  if (ref > end) return { ...base, level: 'red', reason: 'overdue' };
  if (gap !== undefined) {
    if (gap < RED_BELOW) return { ...base, level: 'red', reason: 'gap-red' };
    if (gap < GREEN_FLOOR) return { ...base, level: 'amber', reason: 'gap-amber' };
    return { ...base, level: 'green', reason: 'on-track' };
  }
  const notStarted = status === 'not_started' || latestStage(commitment) === 'planning';
  if (notStarted && ref > start) return { ...base, level: 'amber', reason: 'not-started-late' };
  return { ...base, level: 'unknown', reason: 'progress-unknown' };
}
