import type { Source } from '@/data/schema';
import { LangLink } from '@/i18n/lang-link';
import { useI18n } from '@/i18n/use-i18n';
import { formatDate } from '@/lib/format';
import { safeHref } from '@/lib/safe-href';
import styles from './detail.module.css';

/** One source as cited: title (to its page here), publisher, date, quality, and the original link. */
export function SourceCite({ id, source }: { id: string; source: Source | undefined }) {
  const { t, lang } = useI18n();
  if (!source) return <span className={styles.missing}>{id}</span>;
  const href = safeHref(source.url);
  return (
    <span className={styles.cite}>
      <LangLink to={`/sources/${source.id}`}>{source.title}</LangLink>
      <span className={styles.citeMeta}>
        {' · '}
        {source.publisher}
        {source.originalPublisher && ` (${t('source.repostOf', { original: source.originalPublisher })})`}
        {' · '}
        {source.date ? formatDate(source.date, lang) : t('source.unknownDate')}
        {' · '}
        <span className={styles.quality} data-quality={source.quality}>
          {t(`quality.${source.quality}`)}
        </span>
        {href && (
          <>
            {' · '}
            <a href={href} rel="noopener noreferrer nofollow" target="_blank">
              {t('source.open')}
            </a>
          </>
        )}
      </span>
    </span>
  );
}
