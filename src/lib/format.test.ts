import { describe, expect, it } from 'vitest';
import { evidenceAge, formatDate, formatMetricValue, formatYi, monthsBetween } from './format';

describe('formatYi', () => {
  it('uses 万亿 and 亿 in Chinese', () => {
    expect(formatYi(68000, 'zh')).toBe('6.8万亿元');
    expect(formatYi(4200, 'zh')).toBe('4,200亿元');
    expect(formatYi(278, 'zh')).toBe('278亿元');
  });
  it('uses trillion and billion in English', () => {
    expect(formatYi(68000, 'en')).toBe('6.8 trillion yuan');
    expect(formatYi(4200, 'en')).toBe('420 billion yuan');
    expect(formatYi(5.68, 'en')).toBe('568 million yuan');
  });
});

describe('formatMetricValue', () => {
  it('formats each unit per language', () => {
    expect(formatMetricValue(3.47, '%', 'zh')).toBe('3.47%');
    expect(formatMetricValue(100, '万吨/年', 'en')).toBe('1 million t/yr');
    expect(formatMetricValue(20, '万吨/年', 'en')).toBe('200,000 t/yr');
    expect(formatMetricValue(1200, 'MW', 'zh')).toBe('120万千瓦');
    expect(formatMetricValue(230.488, 'km', 'zh')).toBe('230.488公里');
    expect(formatMetricValue(9262, '个', 'zh')).toBe('9,262个');
    expect(formatMetricValue(9262, '个', 'en')).toBe('9,262');
  });
});

describe('formatDate', () => {
  it('keeps the precision of the source', () => {
    expect(formatDate('2024-01-28', 'zh')).toBe('2024年1月28日');
    expect(formatDate('2022-06', 'zh')).toBe('2022年6月');
    expect(formatDate('2029', 'zh')).toBe('2029年');
    expect(formatDate('2024-01-28', 'en')).toBe('28 Jan 2024');
    expect(formatDate('2022-06', 'en')).toBe('Jun 2022');
  });
  it('returns an invalid value unchanged rather than throwing', () => {
    expect(formatDate('2024年3月', 'zh')).toBe('2024年3月');
  });
});

describe('evidence age', () => {
  it('counts whole months and days', () => {
    expect(monthsBetween('2025-10-13', '2026-11-27')).toBe(13);
    expect(monthsBetween('2025-10-28', '2026-11-27')).toBe(12);
    expect(evidenceAge('2026-11-20', '2026-11-27')).toEqual({ days: 7, months: 0 });
  });
});
