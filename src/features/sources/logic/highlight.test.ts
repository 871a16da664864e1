import { describe, expect, it } from 'vitest';
import { highlightSegments, missingQuotes } from './highlight';

describe('highlightSegments', () => {
  it('marks each quoted passage and keeps the rest as plain text', () => {
    const segments = highlightSegments('甲乙丙丁戊', [{ id: 'a', quote: '乙丙' }]);
    expect(segments).toEqual([
      { text: '甲', ids: [], starts: [] },
      { text: '乙丙', ids: ['a'], starts: ['a'] },
      { text: '丁戊', ids: [], starts: [] },
    ]);
  });

  it('handles shared and overlapping quotes without losing text', () => {
    const text = '前坪、故县水库灌区。';
    const segments = highlightSegments(text, [
      { id: 'qianping', quote: '前坪、故县水库灌区' },
      { id: 'guxian', quote: '前坪、故县水库灌区' },
      { id: 'inner', quote: '故县' },
    ]);
    expect(segments.map((s) => s.text).join('')).toBe(text);
    const inner = segments.find((s) => s.text === '故县');
    expect(inner?.ids.sort()).toEqual(['guxian', 'inner', 'qianping']);
    expect(segments[0]?.starts.sort()).toEqual(['guxian', 'qianping']);
  });

  it('ignores a quote that is not in the text', () => {
    expect(highlightSegments('abc', [{ id: 'x', quote: 'zzz' }])).toEqual([{ text: 'abc', ids: [], starts: [] }]);
  });
});

describe('missingQuotes', () => {
  it('lists the commitments whose quote is not in the text', () => {
    expect(
      missingQuotes('甲乙丙', [
        { id: 'a', quote: '乙' },
        { id: 'b', quote: '丁' },
      ]),
    ).toEqual(['b']);
  });
});
