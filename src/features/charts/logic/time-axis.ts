/** A time axis cut at whole years, so that ticks fall on 1 January and read as plain years. */
export interface TimeAxis {
  domain: [number, number];
  ticks: number[];
}

const yearStart = (year: number) => Date.UTC(year, 0, 1);

/**
 * Covers every instant in `times` with whole years, with at most `maxTicks`
 * year ticks (every 2nd, 5th… year on a long span). An empty list gives the
 * year of `fallback`. `tight` ends the axis at the first and last instant
 * instead (for a series that stops at the data-as-of date), keeping only the
 * year ticks inside.
 */
export function yearAxis(times: readonly number[], fallback: number, maxTicks = 8, tight = false): TimeAxis {
  const finite = times.filter(Number.isFinite);
  const min = finite.length ? finite.reduce((a, b) => Math.min(a, b)) : fallback;
  const max = finite.length ? finite.reduce((a, b) => Math.max(a, b)) : fallback;
  const first = new Date(min).getUTCFullYear();
  const last = new Date(max).getUTCFullYear() + 1;
  const years = last - first;
  const step = [1, 2, 5, 10, 20, 50].find((s) => years / s <= maxTicks) ?? 100;
  const ticks: number[] = [];
  for (let y = first; y <= last; y += step) ticks.push(yearStart(y));
  if (!tight || min === max) return { domain: [yearStart(first), yearStart(last)], ticks };
  return { domain: [min, max], ticks: ticks.filter((tick) => tick >= min && tick <= max) };
}
