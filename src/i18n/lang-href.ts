import type { Lang } from './messages';

/**
 * Adds `lang=en` to an internal link when the reader reads English, so that a
 * link copied from any page opens in the same language. Chinese is the default
 * and needs no parameter.
 */
export function withLang(to: string, lang: Lang): string {
  const hashAt = to.indexOf('#');
  const hash = hashAt >= 0 ? to.slice(hashAt) : '';
  const rest = hashAt >= 0 ? to.slice(0, hashAt) : to;
  const queryAt = rest.indexOf('?');
  const path = queryAt >= 0 ? rest.slice(0, queryAt) : rest;
  const params = new URLSearchParams(queryAt >= 0 ? rest.slice(queryAt + 1) : '');
  params.delete('lang');
  if (lang === 'en') params.set('lang', 'en');
  const query = params.toString();
  return `${path}${query ? `?${query}` : ''}${hash}`;
}
