// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { availableKinds, fileNameFor, formatName } from './export-options';

describe('availableKinds', () => {
  it('offers every format, and copying where the browser allows it', () => {
    expect(availableKinds({ wechat: false, canCopy: true })).toEqual(['png', 'png-transparent', 'svg', 'csv', 'copy']);
    expect(availableKinds({ wechat: false, canCopy: false })).toEqual(['png', 'png-transparent', 'svg', 'csv']);
  });

  it('offers only the images in WeChat, where nothing downloads', () => {
    expect(availableKinds({ wechat: true, canCopy: true })).toEqual(['png', 'png-transparent']);
  });
});

describe('fileNameFor', () => {
  const context = {
    prefix: '洛阳承诺',
    title: '各领域进展',
    fileSlug: 'sector-status',
    date: '2024-01-29',
    transparentSuffix: '透明背景',
  };

  it('names each format with its extension, and marks the transparent PNG', () => {
    expect(fileNameFor('png', context)).toBe('洛阳承诺-各领域进展-2024-01-29.png');
    expect(fileNameFor('png-transparent', context)).toBe('洛阳承诺-各领域进展-2024-01-29-透明背景.png');
    expect(fileNameFor('svg', context)).toBe('洛阳承诺-各领域进展-2024-01-29.svg');
    expect(fileNameFor('csv', context)).toBe('洛阳承诺-各领域进展-2024-01-29.csv');
  });

  it('falls back to the chart id when the title leaves nothing for a file name', () => {
    expect(fileNameFor('png', { ...context, title: '///' })).toBe('洛阳承诺-sector-status-2024-01-29.png');
  });

  it('keeps an English title readable', () => {
    expect(fileNameFor('svg', { ...context, prefix: 'luoyang-commitments', title: 'Status by sector' })).toBe(
      'luoyang-commitments-Status-by-sector-2024-01-29.svg',
    );
  });
});

describe('formatName', () => {
  it('names the format for the busy message', () => {
    expect(formatName('copy')).toBe('PNG');
    expect(formatName('svg')).toBe('SVG');
    expect(formatName('csv')).toBe('CSV');
  });
});
