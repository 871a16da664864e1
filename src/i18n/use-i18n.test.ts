import { describe, expect, it } from 'vitest';
import { resolveLang } from './use-i18n';
import { en } from './en';
import { zh } from './zh';
import { interpolate } from './messages';

describe('resolveLang', () => {
  it('prefers the URL, then the stored choice, then Chinese', () => {
    expect(resolveLang('en', 'zh')).toBe('en');
    expect(resolveLang(null, 'en')).toBe('en');
    expect(resolveLang('fr', null)).toBe('zh');
    expect(resolveLang(null, null)).toBe('zh');
  });
});

describe('message catalogues', () => {
  it('have the same keys in both languages and no empty text', () => {
    expect(Object.keys(en).sort()).toEqual(Object.keys(zh).sort());
    for (const value of [...Object.values(en), ...Object.values(zh)]) expect(value.trim()).not.toBe('');
  });
  it('use the same placeholders in both languages', () => {
    const names = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
    for (const key of Object.keys(zh) as (keyof typeof zh)[]) expect(names(en[key])).toEqual(names(zh[key]));
  });
  it('interpolates and leaves unknown placeholders visible', () => {
    expect(interpolate('{a} and {b}', { a: 1 })).toBe('1 and {b}');
  });
});
