import { isPartialDate } from '@/lib/partial-date';

/** URL parameter of the 序时进度 reference date, the same name as on the follow-up page. */
export const REFERENCE_PARAM = 'ref';

/**
 * A reference date from the URL: a full `YYYY-MM-DD` day, or undefined (then
 * today is used). Anything else is ignored rather than trusted.
 */
export function parseReferenceDate(value: string | null): string | undefined {
  const v = (value ?? '').trim();
  return /^\d{4}-\d{2}-\d{2}$/.test(v) && isPartialDate(v) ? v : undefined;
}
