import type { Age } from './format';

type AgeKey = 'age.days' | 'age.months' | 'age.years' | 'age.yearsMonths';

/** Chooses the wording of an evidence age: days under a month, months under two years, then years and months. */
export function ageParts(age: Age): { key: AgeKey; vars: Record<string, number> } {
  if (age.months < 1) return { key: 'age.days', vars: { n: Math.max(0, age.days) } };
  if (age.months < 24) return { key: 'age.months', vars: { n: age.months } };
  const y = Math.floor(age.months / 12);
  const m = age.months % 12;
  return m === 0 ? { key: 'age.years', vars: { n: y } } : { key: 'age.yearsMonths', vars: { y, m } };
}
