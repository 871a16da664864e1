import type { Source } from '@/data/schema';
import { useI18n } from '@/i18n/use-i18n';
import { formatDate } from '@/lib/format';
import { httpHref } from '../logic/http-href';
import styles from './changes.module.css';

/** The sources of one entry: title (linked to the original where it is an http(s) address), publisher, date, quality. */
export function SourceList({ sources }: { sources: readonly Source[] }) {
  const { t, lang } = useI18n();
  if (sources.length === 0) return <p className={styles.missing}>{t('changes.noSource')}</p>;
  return (
    <ul className={styles.sources} aria-label={t('changes.sources')}>
      {sources.map((source) => {
        const href = httpHref(source.url);
        return (
          <li key={source.id}>
            {href ? (
              <a href={href} rel="noopener noreferrer nofollow" target="_blank">
                {source.title}
              </a>
            ) : (
              source.title
            )}
            <span className={styles.meta}>
              {' · '}
              {source.publisher}
              {source.date && ` · ${formatDate(source.date, lang)}`}
              {' · '}
              <span className={styles.quality} data-quality={source.quality}>
                {t(`quality.${source.quality}`)}
              </span>
            </span>
          </li>
        );
      })}
    </ul>
  );
}
