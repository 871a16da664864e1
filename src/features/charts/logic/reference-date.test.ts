import { describe, expect, it } from 'vitest';
import { parseReferenceDate } from './reference-date';

describe('parseReferenceDate', () => {
  it('accepts a real day and nothing else', () => {
    expect(parseReferenceDate('2025-06-30')).toBe('2025-06-30');
    expect(parseReferenceDate(' 2025-06-30 ')).toBe('2025-06-30');
    for (const bad of [null, '', '2025-06', '2025-02-30', '2025年6月', '../2025-06-30', '2025-06-30T00:00']) {
      expect(parseReferenceDate(bad)).toBeUndefined();
    }
  });
});
