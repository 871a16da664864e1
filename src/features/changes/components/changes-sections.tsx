import type { ReactNode } from 'react';
import type { SectorId } from '@/data/vocabulary';
import { useI18n } from '@/i18n/use-i18n';
import { formatDate } from '@/lib/format';
import type { ChangeEntry } from '../logic/changes';
import type { FollowUpList } from '../logic/follow-up';
import { ChangesList } from './changes-list';
import { DateField } from './date-field';
import { FollowUpPanel } from './follow-up-panel';
import styles from './changes.module.css';

/**
 * The /changes page below its title: the sector filter the route passes in,
 * "what changed since", and the follow-up list. Everything it shows comes in
 * as plain values; every change goes out through a callback to the URL.
 */
export function ChangesSections({
  sectorFilter,
  since,
  entries,
  followUp,
  refDate,
  refIsToday,
  staleMonths,
  sectorName,
  onSinceChange,
  onRefChange,
  onStaleChange,
}: {
  sectorFilter: ReactNode;
  since: string;
  entries: readonly ChangeEntry[];
  followUp: FollowUpList;
  refDate: string;
  refIsToday: boolean;
  staleMonths: number;
  sectorName: (id: SectorId) => string;
  onSinceChange: (next: string) => void;
  onRefChange: (next: string | undefined) => void;
  onStaleChange: (next: number) => void;
}) {
  const { t, lang } = useI18n();
  return (
    <>
      <nav className={styles.jump} aria-label={t('changes.onThisPage')}>
        <a href="#changes-heading">{t('changes.jumpChanges')}</a>
        <a href="#follow-up-heading">{t('followUp.title')}</a>
      </nav>
      <div className={styles.controls}>{sectorFilter}</div>
      <section className={styles.section} aria-labelledby="changes-heading">
        <h2 id="changes-heading">{t('changes.heading', { date: formatDate(since, lang) })}</h2>
        <div className={styles.controls}>
          <DateField label={t('changes.since')} value={since} onChange={onSinceChange} />
        </div>
        <p className={styles.count} role="status" aria-live="polite">
          {t('changes.count', { count: entries.length })}
        </p>
        <ChangesList entries={entries} sectorName={sectorName} />
      </section>
      <section className={styles.section} aria-labelledby="follow-up-heading">
        <h2 id="follow-up-heading">{t('followUp.title')}</h2>
        <p>{t('followUp.intro')}</p>
        <FollowUpPanel
          list={followUp}
          refDate={refDate}
          refIsToday={refIsToday}
          staleMonths={staleMonths}
          onRefChange={onRefChange}
          onStaleChange={onStaleChange}
        />
      </section>
    </>
  );
}
