import { useEffect, useMemo } from 'react';
import { useLocation } from 'react-router';
import type { Source } from '@/data/schema';
import { LangLink } from '@/i18n/lang-link';
import { useI18n } from '@/i18n/use-i18n';
import { formatDate } from '@/lib/format';
import { safeHref } from '@/lib/safe-href';
import { highlightSegments, missingQuotes } from '../logic/highlight';
import styles from './source-document.module.css';

export interface CitingCommitment {
  id: string;
  title: string;
  /** Verbatim passage of this source the commitment quotes, where it quotes one. */
  quote: string | undefined;
}

interface Props {
  source: Source;
  text: { state: 'none' } | { state: 'loading' } | { state: 'error' } | { state: 'ready'; value: string };
  citing: readonly CitingCommitment[];
}

/** A source: its record, the commitments citing it, and its full text with every quoted passage marked. */
export function SourceDocument({ source, text, citing }: Props) {
  const { t, lang } = useI18n();
  const { hash } = useLocation();
  const href = safeHref(source.url);
  const titles = useMemo(() => new Map(citing.map((c) => [c.id, c.title])), [citing]);
  const quotes = useMemo(() => citing.flatMap((c) => (c.quote ? [{ id: c.id, quote: c.quote }] : [])), [citing]);
  const segments = useMemo(() => (text.state === 'ready' ? highlightSegments(text.value, quotes) : []), [text, quotes]);
  const missing = useMemo(() => (text.state === 'ready' ? missingQuotes(text.value, quotes) : []), [text, quotes]);

  useEffect(() => {
    if (text.state !== 'ready' || !hash) return;
    const target = document.getElementById(decodeURIComponent(hash.slice(1)));
    if (target) {
      target.scrollIntoView({ block: 'center' });
      target.focus({ preventScroll: true });
    }
  }, [text.state, hash]);

  return (
    <article aria-labelledby="source-title">
      <h1 id="source-title" className={styles.title}>
        {source.title}
      </h1>
      <p className={styles.meta}>
        {t('source.attribution', {
          publisher: source.publisher,
          date: source.date ? formatDate(source.date, lang) : t('source.unknownDate'),
        })}{' '}
        {source.originalPublisher && <>{t('source.repostOf', { original: source.originalPublisher })} · </>}
        <strong>{t(`quality.${source.quality}`)}</strong>
        {href && (
          <>
            {' · '}
            <a href={href} rel="noopener noreferrer nofollow" target="_blank">
              {t('source.open')}
            </a>
          </>
        )}
      </p>
      {source.note && <p className={styles.note}>{source.note}</p>}

      <section aria-labelledby="cited-by">
        <h2 id="cited-by">{t('source.citedBy')}</h2>
        <ul className={styles.citing}>
          {citing.map((c) => (
            <li key={c.id}>
              <LangLink to={`/commitments/${c.id}`}>{c.title}</LangLink>
            </li>
          ))}
        </ul>
      </section>

      <section aria-labelledby="source-text">
        <h2 id="source-text">{t('source.text')}</h2>
        {text.state === 'none' && <p>{t('source.noText')}</p>}
        {text.state === 'loading' && <p role="status">{t('loading')}</p>}
        {text.state === 'error' && <p role="alert">{t('source.textError')}</p>}
        {text.state === 'ready' && (
          <>
            <p className={styles.intro}>{t('source.textIntro')}</p>
            {missing.length > 0 && (
              <div className={styles.missing} role="note">
                <p>{t('source.missing', { count: missing.length })}</p>
                <ul>
                  {missing.map((id) => (
                    <li key={id}>
                      <LangLink to={`/commitments/${id}`}>{titles.get(id) ?? id}</LangLink>
                    </li>
                  ))}
                </ul>
              </div>
            )}
            <div className={styles.text} lang="zh-CN">
              {segments.map((segment, index) =>
                segment.ids.length === 0 ? (
                  <span key={index}>{segment.text}</span>
                ) : (
                  <mark key={index} className={styles.mark}>
                    {segment.starts.map((id) => (
                      <LangLink
                        key={id}
                        id={`q-${id}`}
                        to={`/commitments/${id}`}
                        className={styles.anchor}
                        aria-label={t('source.quoteOf', { title: titles.get(id) ?? id })}
                      >
                        ↗
                      </LangLink>
                    ))}
                    {segment.text}
                  </mark>
                ),
              )}
            </div>
          </>
        )}
      </section>
    </article>
  );
}
