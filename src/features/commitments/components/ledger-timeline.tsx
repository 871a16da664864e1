import type { Source, Update } from '@/data/schema';
import { StatusBadge } from '@/components/ui/status-badge';
import { useI18n } from '@/i18n/use-i18n';
import { formatDate } from '@/lib/format';
import { SourceCite } from './source-cite';
import styles from './detail.module.css';

/** The status ledger, oldest first: every entry with its sources, verification and any disagreement. */
export function LedgerTimeline({
  updates,
  sourcesById,
}: {
  updates: readonly Update[];
  sourcesById: ReadonlyMap<string, Source>;
}) {
  const { t, l, lang } = useI18n();
  return (
    <ol className={styles.timeline}>
      {updates.map((update, index) => (
        <li key={index} className={styles.entry}>
          <p className={styles.entryHead}>
            <time dateTime={update.date} className={styles.entryDate}>
              {formatDate(update.date, lang)}
            </time>
            <StatusBadge status={update.status} label={t(`status.${update.status}`)} />
            {update.stage && <span className={styles.tag}>{t(`stage.${update.stage}`)}</span>}
            {update.progress !== undefined && (
              <span className={styles.tag}>{`${t('card.progress')} ${update.progress}%`}</span>
            )}
          </p>
          <p className={styles.entryNote}>{l(update.note)}</p>
          {update.conflict && (
            <p className={styles.conflict}>
              <strong>{t('detail.conflict')}：</strong>
              {l(update.conflict)}
            </p>
          )}
          {update.verification && (
            <p className={styles.verification}>
              {t('detail.verification')}：{t(`verification.${update.verification}`)}
            </p>
          )}
          <ul className={styles.sources} aria-label={t('detail.sources')}>
            {update.sourceIds.map((id) => (
              <li key={id}>
                <SourceCite id={id} source={sourcesById.get(id)} />
              </li>
            ))}
          </ul>
        </li>
      ))}
    </ol>
  );
}
