import type { HeldEntry } from '@/data/load-dataset';
import type { Source } from '@/data/schema';
import { StatusBadge } from '@/components/ui/status-badge';
import { useI18n } from '@/i18n/use-i18n';
import { formatDate } from '@/lib/format';
import { SourceCite } from './source-cite';
import styles from './held-back-entries.module.css';

/** Ledger entries dated after the data's as-of date or today: shown, flagged, and kept out of the current status. */
export function HeldBackEntries({
  entries,
  sourcesById,
}: {
  entries: readonly HeldEntry[];
  sourcesById: ReadonlyMap<string, Source>;
}) {
  const { t, l, lang } = useI18n();
  if (entries.length === 0) return null;
  return (
    <section className={styles.box} aria-labelledby="held-back-title">
      <h3 id="held-back-title" className={styles.title}>
        ⚠ {t('detail.heldBack')}
      </h3>
      <p>{t('detail.heldBackIntro')}</p>
      <ul className={styles.list}>
        {entries.map(({ update, path, limit }) => (
          <li key={path}>
            <p className={styles.head}>
              <time dateTime={update.date}>{formatDate(update.date, lang)}</time>{' '}
              <StatusBadge status={update.status} label={t(`status.${update.status}`)} />{' '}
              <strong>
                {t('detail.heldBackAfter', {
                  limit: t(`detail.heldBack.${limit.kind}`, { date: formatDate(limit.date, lang) }),
                })}
              </strong>
            </p>
            <p>{l(update.note)}</p>
            <ul className={styles.sources} aria-label={t('detail.sources')}>
              {update.sourceIds.map((id) => (
                <li key={id}>
                  <SourceCite id={id} source={sourcesById.get(id)} />
                </li>
              ))}
            </ul>
            <p className={styles.path}>
              <code>{path}</code>
            </p>
          </li>
        ))}
      </ul>
    </section>
  );
}
