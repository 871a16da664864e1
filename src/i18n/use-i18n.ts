import { useEffect, useMemo, useSyncExternalStore } from 'react';
import { useSearchParams } from 'react-router';
import { isLang, type Lang } from './messages';
import { hasCatalog, loadCatalog, makeTranslate, pick, subscribeCatalogs, type Translate } from './translate';

const STORAGE_KEY = 'lyct.lang';

function storedLang(): Lang | null {
  try {
    const value = window.localStorage.getItem(STORAGE_KEY);
    return isLang(value) ? value : null;
  } catch {
    return null;
  }
}

export function rememberLang(lang: Lang): void {
  try {
    window.localStorage.setItem(STORAGE_KEY, lang);
  } catch {
    // private mode or storage disabled: the URL still carries the choice
  }
}

/** The language in the URL (`lang=en`) wins, so a shared link opens as sent; otherwise the reader's last choice. */
/** The language the page will open in, before React renders (to load its messages first). */
export function initialLang(search: string): Lang {
  return resolveLang(new URLSearchParams(search).get('lang'), storedLang());
}

export function resolveLang(param: string | null, stored: Lang | null): Lang {
  if (isLang(param)) return param;
  return stored ?? 'zh';
}

export interface I18n {
  lang: Lang;
  t: Translate;
  /** Picks the reader's language from a `{ zh, en }` dataset field. */
  l: (text: { zh: string; en: string }) => string;
}

export function useI18n(): I18n {
  const [params] = useSearchParams();
  const lang = resolveLang(params.get('lang'), storedLang());
  const ready = useSyncExternalStore(subscribeCatalogs, () => hasCatalog(lang));
  useEffect(() => {
    void loadCatalog(lang);
  }, [lang]);
  // Until the language's messages arrive (normally before the first render), Chinese stands in.
  return useMemo(() => ({ lang, t: makeTranslate(ready ? lang : 'zh'), l: (text) => pick(text, lang) }), [lang, ready]);
}

/** Keeps `<html lang>` and the stored preference in step with the language shown. */
export function useDocumentLang(lang: Lang): void {
  useEffect(() => {
    document.documentElement.lang = lang === 'zh' ? 'zh-CN' : 'en';
  }, [lang]);
}
