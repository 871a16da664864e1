import { describe, expect, it } from 'vitest';
import { withLang } from './lang-href';

describe('withLang', () => {
  it('adds lang=en only for English', () => {
    expect(withLang('/commitments', 'en')).toBe('/commitments?lang=en');
    expect(withLang('/commitments', 'zh')).toBe('/commitments');
  });
  it('keeps other parameters and the hash, and never repeats lang', () => {
    expect(withLang('/commitments?sector=transport&lang=en#x', 'en')).toBe('/commitments?sector=transport&lang=en#x');
    expect(withLang('/commitments?lang=en&sector=transport', 'zh')).toBe('/commitments?sector=transport');
  });
});
