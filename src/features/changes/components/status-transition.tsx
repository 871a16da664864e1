import { StatusBadge } from '@/components/ui/status-badge';
import type { StatusId } from '@/data/vocabulary';
import { useI18n } from '@/i18n/use-i18n';
import styles from './changes.module.css';

/** `未启动 → 推进中`, read aloud as "status change: not started to in progress". */
export function StatusTransition({ from, to }: { from: StatusId | undefined; to: StatusId }) {
  const { t } = useI18n();
  return (
    <p className={styles.transition}>
      <span className="visually-hidden">{t('changes.transition')}</span>
      {from ? (
        <StatusBadge status={from} label={t(`status.${from}`)} />
      ) : (
        <span className={styles.first}>{t('changes.first')}</span>
      )}
      <span aria-hidden="true" className={styles.arrow}>
        →
      </span>
      <span className="visually-hidden">{t('changes.to')}</span>
      <StatusBadge status={to} label={t(`status.${to}`)} />
      {from === to && <span className={styles.same}>（{t('changes.unchanged')}）</span>}
    </p>
  );
}
