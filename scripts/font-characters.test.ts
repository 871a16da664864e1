// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { ALWAYS, collectCharacters, isSubsetSource } from './font-characters';

describe('collectCharacters', () => {
  it('keeps each drawable character once, sorted by code point, with the fixed set', () => {
    const chars = collectCharacters(['洛阳洛阳', '承诺 2024']);
    expect(chars).toContain('洛');
    expect(chars).toContain('诺');
    expect([...chars].filter((c) => c === '洛')).toHaveLength(1);
    for (const c of ALWAYS) expect(chars).toContain(c);
    const codes = [...chars].map((c) => c.codePointAt(0) ?? 0);
    expect(codes).toEqual([...codes].sort((a, b) => a - b));
  });

  it('drops controls, line breaks and zero-width marks', () => {
    const chars = collectCharacters(['a\n\tb\u200b\u200dc\u2028']);
    for (const dropped of ['\n', '\t', '\u200b', '\u200d', '\u2028']) expect(chars).not.toContain(dropped);
  });

  it('keeps characters outside the Basic Multilingual Plane whole', () => {
    expect(collectCharacters(['𠮷'])).toContain('𠮷');
  });

  it('gives the same string for the same texts in any order', () => {
    expect(collectCharacters(['乙烯', '高铁'])).toBe(collectCharacters(['高铁', '乙烯']));
  });
});

describe('isSubsetSource', () => {
  it('takes interface code, the page shell and the dataset, not tests', () => {
    expect(isSubsetSource('src/i18n/zh.ts')).toBe(true);
    expect(isSubsetSource('src/features/x/components/y.tsx')).toBe(true);
    expect(isSubsetSource('src/i18n/use-i18n.test.ts')).toBe(false);
    expect(isSubsetSource('src/test/builders.ts')).toBe(false);
    expect(isSubsetSource('public/data/commitments.json')).toBe(true);
    expect(isSubsetSource('public/data/sources/a.txt')).toBe(true);
    expect(isSubsetSource('public/fonts/OFL.txt')).toBe(false);
    expect(isSubsetSource('index.html')).toBe(true);
    expect(isSubsetSource('src/app/styles.css')).toBe(false);
  });
});
