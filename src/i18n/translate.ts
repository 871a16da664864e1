import { interpolate, type Lang, type MessageKey, type Vars } from './messages';
import { zh } from './zh';

export type Catalog = Readonly<Record<MessageKey, string>>;
export type Translate = (key: MessageKey, vars?: Vars) => string;

/**
 * Chinese ships with the page; English (about 6 KB gzip) loads when a reader
 * first asks for it, so the default reader does not pay for it.
 */
const catalogs: Partial<Record<Lang, Catalog>> = { zh };
const listeners = new Set<() => void>();

export function translateWith(catalog: Catalog): Translate {
  return (key, vars) => interpolate(catalog[key], vars);
}

export function hasCatalog(lang: Lang): boolean {
  return catalogs[lang] !== undefined;
}

export function registerCatalog(lang: Lang, catalog: Catalog): void {
  catalogs[lang] = catalog;
  listeners.forEach((listener) => listener());
}

/** Loads a language's messages once; resolves at once when they are there. */
export async function loadCatalog(lang: Lang): Promise<void> {
  if (hasCatalog(lang)) return;
  if (lang === 'en') registerCatalog('en', (await import('./en')).en);
}

/** A translator for the language, falling back to Chinese until its messages have loaded. */
export function makeTranslate(lang: Lang): Translate {
  return translateWith(catalogs[lang] ?? zh);
}

export function subscribeCatalogs(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** Picks the reader's language from a `{ zh, en }` field of the dataset. */
export function pick(text: { zh: string; en: string }, lang: Lang): string {
  return text[lang];
}
