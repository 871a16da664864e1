/**
 * Dates in the dataset are ISO 8601 with the precision the source gives:
 * `2025`, `2025-06` or `2025-06-28`. A source that says "June 2022" is kept as
 * `2022-06`, never padded to a day it does not state.
 */
export type PartialDate = string;

const PATTERN = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

export interface DateParts {
  year: number;
  month?: number;
  day?: number;
}

export function parsePartialDate(value: string): DateParts | null {
  const match = PATTERN.exec(value);
  if (!match) return null;
  const year = Number(match[1]);
  const month = match[2] === undefined ? undefined : Number(match[2]);
  const day = match[3] === undefined ? undefined : Number(match[3]);
  if (year < 1900 || year > 2200) return null;
  if (month !== undefined && (month < 1 || month > 12)) return null;
  if (day !== undefined && month !== undefined) {
    const last = new Date(Date.UTC(year, month, 0)).getUTCDate();
    if (day < 1 || day > last) return null;
  }
  return { year, month, day };
}

export function isPartialDate(value: string): boolean {
  return parsePartialDate(value) !== null;
}

/** First instant (UTC ms) of the period the date names. */
export function startOf(value: PartialDate): number {
  const p = parsePartialDate(value);
  if (!p) return Number.NaN;
  return Date.UTC(p.year, (p.month ?? 1) - 1, p.day ?? 1);
}

/** Last instant (UTC ms) of the period: a due date of `2026-10` means the end of October. */
export function endOf(value: PartialDate): number {
  const p = parsePartialDate(value);
  if (!p) return Number.NaN;
  if (p.day !== undefined) return Date.UTC(p.year, (p.month ?? 1) - 1, p.day, 23, 59, 59, 999);
  if (p.month !== undefined) return Date.UTC(p.year, p.month, 1) - 1;
  return Date.UTC(p.year + 1, 0, 1) - 1;
}

/** Orders partial dates by their start; a less precise date sorts before a precise one in the same period. */
export function comparePartialDates(a: PartialDate, b: PartialDate): number {
  const diff = startOf(a) - startOf(b);
  if (diff !== 0) return diff;
  return a.length - b.length;
}

/** `YYYY-MM-DD` of a UTC instant. */
export function toIsoDay(ms: number): string {
  return new Date(ms).toISOString().slice(0, 10);
}
