import { describe, expect, it } from 'vitest';
import { cellText, normalizeHttpUrl, parseDateCell, parseProgressCell } from './cells';

describe('ledger cells', () => {
  it('keeps the precision of a date as written, in the forms offices type', () => {
    expect(parseDateCell('2025')).toBe('2025');
    expect(parseDateCell('2025-6')).toBe('2025-06');
    expect(parseDateCell('2025年6月')).toBe('2025-06');
    expect(parseDateCell('2025年6月28日')).toBe('2025-06-28');
    expect(parseDateCell('2025/6/28')).toBe('2025-06-28');
    expect(parseDateCell('２０２５．６．２８')).toBe('2025-06-28');
    expect(parseDateCell(new Date(Date.UTC(2025, 5, 28)))).toBe('2025-06-28');
    expect(parseDateCell(2025)).toBe('2025');
  });

  it('refuses what is not a date', () => {
    for (const value of ['2025-13', '2025-02-30', '去年', '25-06-28', '', null, 45678.5])
      expect(parseDateCell(value)).toBeUndefined();
  });

  it('reads progress in percentage points and flags a percentage-formatted cell', () => {
    expect(parseProgressCell(45)).toEqual({ kind: 'ok', value: 45 });
    expect(parseProgressCell('45%')).toEqual({ kind: 'ok', value: 45 });
    expect(parseProgressCell('４５％')).toEqual({ kind: 'ok', value: 45 });
    expect(parseProgressCell(0)).toEqual({ kind: 'ok', value: 0 });
    expect(parseProgressCell(1)).toEqual({ kind: 'ok', value: 1 });
    expect(parseProgressCell('')).toEqual({ kind: 'empty' });
    expect(parseProgressCell(0.45)).toEqual({ kind: 'fraction', value: 0.45 });
    for (const value of [-1, 100.5, 'about half', Number.NaN, Number.POSITIVE_INFINITY, '1e309']) {
      expect(parseProgressCell(value)).toEqual({ kind: 'invalid' });
    }
  });

  it('accepts only absolute http and https URLs', () => {
    expect(normalizeHttpUrl(' https://example.cn/a b ')).toBe('https://example.cn/a%20b');
    for (const value of ['javascript:alert(1)', 'data:text/html,x', 'ftp://x.cn/', 'www.example.cn', '']) {
      expect(normalizeHttpUrl(value)).toBeUndefined();
    }
  });

  it('folds full-width text and trims', () => {
    expect(cellText('  ｉｎ_ｐｒｏｇｒｅｓｓ ')).toBe('in_progress');
    expect(cellText(null)).toBe('');
  });
});
