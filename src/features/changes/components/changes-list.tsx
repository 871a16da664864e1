import type { SectorId } from '@/data/vocabulary';
import { LangLink } from '@/i18n/lang-link';
import { useI18n } from '@/i18n/use-i18n';
import { formatDate } from '@/lib/format';
import type { ChangeEntry } from '../logic/changes';
import { LimitedList } from './limited-list';
import { SourceList } from './source-list';
import { StatusTransition } from './status-transition';
import styles from './changes.module.css';

/** Entries drawn at first; more on request. */
export const CHANGES_PAGE = 100;

function ChangeItem({ entry, sectorName }: { entry: ChangeEntry; sectorName: (id: SectorId) => string }) {
  const { t, l, lang } = useI18n();
  const u = entry.update;
  const headingId = `change-${entry.key}`;
  return (
    <article aria-labelledby={headingId}>
      <p className={styles.when}>
        <time dateTime={entry.date}>{formatDate(entry.date, lang)}</time>
        <span className={styles.sector}>{sectorName(entry.sector)}</span>
      </p>
      <h3 id={headingId} className={styles.title}>
        <LangLink to={`/commitments/${encodeURIComponent(entry.commitmentId)}`}>{l(entry.title)}</LangLink>
      </h3>
      <StatusTransition from={entry.from} to={entry.to} />
      {(u.stage || u.progress !== undefined) && (
        <p className={styles.facts}>
          {u.stage && t('changes.stage', { stage: t(`stage.${u.stage}`) })}
          {u.stage && u.progress !== undefined && ' · '}
          {u.progress !== undefined && t('changes.progress', { value: u.progress })}
        </p>
      )}
      <p className={styles.note}>{l(u.note)}</p>
      <SourceList sources={entry.sources} />
    </article>
  );
}

/** Every entry after the chosen date, oldest first: date, commitment, transition, note, sources. */
export function ChangesList({
  entries,
  sectorName,
}: {
  entries: readonly ChangeEntry[];
  sectorName: (id: SectorId) => string;
}) {
  const { t } = useI18n();
  if (entries.length === 0) return <p className={styles.empty}>{t('changes.empty')}</p>;
  return (
    <LimitedList
      items={entries}
      page={CHANGES_PAGE}
      keyOf={(e) => e.key}
      render={(entry) => <ChangeItem entry={entry} sectorName={sectorName} />}
    />
  );
}
