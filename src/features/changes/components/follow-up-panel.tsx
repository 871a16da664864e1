import { useId } from 'react';
import { StatusBadge } from '@/components/ui/status-badge';
import { LangLink } from '@/i18n/lang-link';
import { useI18n } from '@/i18n/use-i18n';
import { ageParts } from '@/lib/age-text';
import { evidenceAge, formatDate } from '@/lib/format';
import type { FollowUpItem, FollowUpList, OverdueItem } from '../logic/follow-up';
import { staleChoices } from '../logic/url-state';
import { DateField } from './date-field';
import { LimitedList } from './limited-list';
import styles from './changes.module.css';

/** Items drawn at first in each list; more on request. */
export const FOLLOW_UP_PAGE = 50;

function Item({ item, refDate }: { item: FollowUpItem | OverdueItem; refDate: string }) {
  const { t, l, lang } = useI18n();
  const age = ageParts(evidenceAge(item.latest.date, refDate));
  return (
    <>
      <h4 className={styles.title}>
        <LangLink to={`/commitments/${encodeURIComponent(item.commitment.id)}`}>{l(item.commitment.title)}</LangLink>
      </h4>
      <p className={styles.facts}>
        <StatusBadge status={item.latest.status} label={t(`status.${item.latest.status}`)} />
        {'due' in item && (
          <>
            <span>{t('followUp.due', { date: formatDate(item.due, lang) })}</span>
            <strong className={styles.overdue}>{t('followUp.daysOverdue', { n: item.daysOverdue })}</strong>
          </>
        )}
      </p>
      <p className={styles.meta}>
        {t('followUp.latest', { date: formatDate(item.latest.date, lang), age: t(age.key, age.vars) })}
      </p>
    </>
  );
}

/** The follow-up list (跟进清单): overdue first, then stale, on a reference date the reader can fix. */
export function FollowUpPanel({
  list,
  refDate,
  refIsToday,
  staleMonths,
  onRefChange,
  onStaleChange,
}: {
  list: FollowUpList;
  refDate: string;
  refIsToday: boolean;
  staleMonths: number;
  /** `undefined`: back to today. */
  onRefChange: (next: string | undefined) => void;
  onStaleChange: (next: number) => void;
}) {
  const { t } = useI18n();
  const staleId = useId();
  return (
    <>
      <div className={styles.controls}>
        <DateField label={t('followUp.ref')} hint={t('followUp.refHint')} value={refDate} onChange={onRefChange} />
        {!refIsToday && (
          <button type="button" className="button" onClick={() => onRefChange(undefined)}>
            {t('followUp.today')}
          </button>
        )}
        <div className={styles.field}>
          <label htmlFor={staleId} className={styles.label}>
            {t('followUp.stale')}
          </label>
          <select
            id={staleId}
            className={styles.input}
            value={staleMonths}
            onChange={(event) => onStaleChange(Number(event.currentTarget.value))}
          >
            {staleChoices(staleMonths).map((n) => (
              <option key={n} value={n}>
                {t('followUp.months', { n })}
              </option>
            ))}
          </select>
        </div>
      </div>
      <h3>{t('followUp.overdue', { count: list.overdue.length })}</h3>
      {list.overdue.length === 0 ? (
        <p className={styles.empty}>{t('followUp.noneOverdue')}</p>
      ) : (
        <LimitedList
          items={list.overdue}
          page={FOLLOW_UP_PAGE}
          label={t('followUp.overdue', { count: list.overdue.length })}
          keyOf={(item) => item.commitment.id}
          render={(item) => <Item item={item} refDate={refDate} />}
        />
      )}
      <h3>{t('followUp.staleHeading', { n: staleMonths, count: list.stale.length })}</h3>
      {list.stale.length === 0 ? (
        <p className={styles.empty}>{t('followUp.noneStale')}</p>
      ) : (
        <LimitedList
          items={list.stale}
          page={FOLLOW_UP_PAGE}
          label={t('followUp.staleHeading', { n: staleMonths, count: list.stale.length })}
          keyOf={(item) => item.commitment.id}
          render={(item) => <Item item={item} refDate={refDate} />}
        />
      )}
    </>
  );
}
