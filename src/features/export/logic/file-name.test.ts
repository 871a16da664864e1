// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { exportFileName, fileDate, safeNamePart } from './file-name';

describe('exportFileName', () => {
  it('joins product, chart and date into a readable name', () => {
    expect(exportFileName({ prefix: '洛阳承诺', slug: '各领域进展', date: '2024-01-29', extension: 'png' })).toBe(
      '洛阳承诺-各领域进展-2024-01-29.png',
    );
  });

  it('adds a variant after the date', () => {
    expect(
      exportFileName({
        prefix: '洛阳承诺',
        slug: '各领域进展',
        date: '2024-01-29',
        suffix: '透明背景',
        extension: 'png',
      }),
    ).toBe('洛阳承诺-各领域进展-2024-01-29-透明背景.png');
  });

  it('skips a missing or unusable date and empty parts', () => {
    expect(exportFileName({ prefix: 'luoyang-commitments', slug: 'progress by sector', extension: 'csv' })).toBe(
      'luoyang-commitments-progress-by-sector.csv',
    );
    expect(exportFileName({ prefix: 'x', slug: '///', date: 'soon', extension: 'svg' })).toBe('x.svg');
    expect(exportFileName({ prefix: '', slug: '', extension: 'svg' })).toBe('chart.svg');
  });
});

describe('safeNamePart', () => {
  it('replaces characters that file systems forbid, and controls', () => {
    expect(safeNamePart('a/b\\c:d*e?f"g<h>i|j')).toBe('a-b-c-d-e-f-g-h-i-j');
    expect(safeNamePart('进展\u0000\u200b报告')).toBe('进展-报告');
  });

  it('trims hyphens, dots and spaces at the edges (no hidden files, no trailing dots on Windows)', () => {
    expect(safeNamePart('  ..进展..  ')).toBe('进展');
  });

  it('keeps a very long title to 60 characters without cutting a character in half', () => {
    const long = '𠮷'.repeat(100);
    const part = safeNamePart(long);
    expect([...part]).toHaveLength(60);
    expect(part).toBe('𠮷'.repeat(60));
  });
});

describe('fileDate', () => {
  it('keeps the ISO part of a dataset date', () => {
    expect(fileDate('2024-01-29')).toBe('2024-01-29');
    expect(fileDate('2024-03')).toBe('2024-03');
    expect(fileDate('2025')).toBe('2025');
    expect(fileDate('2024-01-29T08:00:00+08:00')).toBe('2024-01-29');
    expect(fileDate('2024年3月')).toBe('');
    expect(fileDate(undefined)).toBe('');
  });
});
