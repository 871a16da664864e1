import { useI18n } from '@/i18n/use-i18n';
import type { DroppedParam } from '../logic/url-state';
import styles from './dropped-notice.module.css';

/** Says which parts of a link were not understood, instead of failing or silently changing the view. */
export function DroppedNotice({ dropped }: { dropped: readonly DroppedParam[] }) {
  const { t } = useI18n();
  if (dropped.length === 0) return null;
  const list = dropped
    .slice(0, 8)
    .map((d) => `${d.param}=${d.value}`)
    .join('、');
  return (
    <p className={styles.notice} role="note">
      {t('filters.dropped', { list: dropped.length > 8 ? `${list} …` : list })}
    </p>
  );
}
