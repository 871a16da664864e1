import { en } from './en';
import { interpolate, type Lang, type MessageKey, type Vars } from './messages';
import { zh } from './zh';

const catalogs: Record<Lang, Record<MessageKey, string>> = { zh, en };

export type Translate = (key: MessageKey, vars?: Vars) => string;

export function makeTranslate(lang: Lang): Translate {
  const catalog = catalogs[lang];
  return (key, vars) => interpolate(catalog[key], vars);
}

/** Picks the reader's language from a `{ zh, en }` field of the dataset. */
export function pick(text: { zh: string; en: string }, lang: Lang): string {
  return text[lang];
}
