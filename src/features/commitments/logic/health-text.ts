import type { MessageKey } from '@/i18n/messages';
import type { ScheduleHealth } from './schedule-health';

/** The message and values that explain a schedule colour; dates are formatted by the caller. */
export function healthExplanation(
  health: ScheduleHealth,
  formatDate: (date: string) => string,
): { key: MessageKey; vars: Record<string, string | number> } {
  const vars = {
    expected: health.expected,
    actual: health.actual ?? '',
    gap: health.gap === undefined ? '' : Math.abs(health.gap),
    start: formatDate(health.start),
    due: formatDate(health.due),
    days: health.daysOverdue,
  };
  return { key: `health.${health.reason}`, vars };
}
