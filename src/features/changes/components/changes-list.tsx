import { useState } from 'react';
import type { SectorId } from '@/data/vocabulary';
import { LangLink } from '@/i18n/lang-link';
import { useI18n } from '@/i18n/use-i18n';
import { formatDate } from '@/lib/format';
import type { ChangeEntry } from '../logic/changes';
import { SourceList } from './source-list';
import { StatusTransition } from './status-transition';
import styles from './changes.module.css';

/** Entries drawn at first; more on request, so a long window never floods the page. */
export const CHANGES_PAGE = 100;

/** Every entry after the chosen date, oldest first: date, commitment, transition, note, sources. */
export function ChangesList({
  entries,
  sectorName,
}: {
  entries: readonly ChangeEntry[];
  sectorName: (id: SectorId) => string;
}) {
  const { t, l, lang } = useI18n();
  const [limit, setLimit] = useState(CHANGES_PAGE);
  if (entries.length === 0) return <p className={styles.empty}>{t('changes.empty')}</p>;
  const shown = entries.slice(0, limit);
  const rest = entries.length - shown.length;
  return (
    <>
      <ol className={styles.list}>
        {shown.map((entry) => {
          const u = entry.update;
          return (
            <li key={entry.key} className={styles.entry}>
              <article aria-labelledby={`change-${entry.key}`}>
                <p className={styles.when}>
                  <time dateTime={entry.date}>{formatDate(entry.date, lang)}</time>
                  <span className={styles.sector}>{sectorName(entry.sector)}</span>
                </p>
                <h3 id={`change-${entry.key}`} className={styles.title}>
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
            </li>
          );
        })}
      </ol>
      {rest > 0 && (
        <p className={styles.more}>
          <span>{t('changes.shownOf', { shown: shown.length, total: entries.length })}</span>{' '}
          <button type="button" className="button" onClick={() => setLimit(limit + CHANGES_PAGE)}>
            {t('changes.more', { count: Math.min(rest, CHANGES_PAGE) })}
          </button>
        </p>
      )}
    </>
  );
}
