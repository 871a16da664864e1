import type { zh } from './zh';

export type Lang = 'zh' | 'en';
export const LANGS: readonly Lang[] = ['zh', 'en'];
export type MessageKey = keyof typeof zh;
export type Vars = Readonly<Record<string, string | number>>;

/** Replaces `{name}` placeholders; a missing variable stays visible rather than vanishing. */
export function interpolate(template: string, vars?: Vars): string {
  if (!vars) return template;
  return template.replace(/\{(\w+)\}/g, (whole, name: string) =>
    Object.prototype.hasOwnProperty.call(vars, name) ? String(vars[name]) : whole,
  );
}

export function isLang(value: unknown): value is Lang {
  return value === 'zh' || value === 'en';
}
