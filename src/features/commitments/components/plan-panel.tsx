import type { Plan, Source } from '@/data/schema';
import { HealthMark } from '@/components/ui/health-mark';
import { useI18n } from '@/i18n/use-i18n';
import { formatDate } from '@/lib/format';
import { healthExplanation } from '../logic/health-text';
import type { ScheduleHealth } from '../logic/schedule-health';
import { SourceCite } from './source-cite';
import styles from './detail.module.css';

export function PlanPanel({
  plan,
  health,
  referenceDate,
  sourcesById,
}: {
  plan: Plan;
  health: ScheduleHealth | undefined;
  referenceDate: string;
  sourcesById: ReadonlyMap<string, Source>;
}) {
  const { t, l, lang } = useI18n();
  const fmt = (date: string) => formatDate(date, lang);
  const why = health && healthExplanation(health, fmt);
  return (
    <>
      <dl className={styles.pairs}>
        {plan.start && (
          <>
            <dt>{t('detail.planStart')}</dt>
            <dd>{fmt(plan.start)}</dd>
          </>
        )}
        {plan.due && (
          <>
            <dt>{t('detail.planDue')}</dt>
            <dd>{fmt(plan.due)}</dd>
          </>
        )}
        {health && why && (
          <>
            <dt>{t('health.label')}</dt>
            <dd>
              <HealthMark level={health.level} label={t(`health.${health.level}`)} /> {t(why.key, why.vars)}{' '}
              <span className={styles.muted}>({t('health.reference', { date: fmt(referenceDate) })})</span>
            </dd>
          </>
        )}
        <dt>{t('detail.sources')}</dt>
        <dd>
          <ul className={styles.sources}>
            {plan.sourceIds.map((id) => (
              <li key={id}>
                <SourceCite id={id} source={sourcesById.get(id)} />
              </li>
            ))}
          </ul>
        </dd>
      </dl>
      {plan.milestones.length > 0 && (
        <div className={styles.tableWrap}>
          <table className={styles.table}>
            <caption className={styles.caption}>{t('detail.milestones')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('detail.milestones')}</th>
                <th scope="col">{t('detail.planned')}</th>
                <th scope="col">{t('detail.actual')}</th>
                <th scope="col">{t('detail.sources')}</th>
              </tr>
            </thead>
            <tbody>
              {plan.milestones.map((m) => (
                <tr key={m.id}>
                  <th scope="row">{l(m.label)}</th>
                  <td>{m.planned ? fmt(m.planned) : t('detail.notYet')}</td>
                  <td>{m.actual ? fmt(m.actual) : t('detail.notYet')}</td>
                  <td>
                    <ul className={styles.sources}>
                      {m.sourceIds.map((id) => (
                        <li key={id}>
                          <SourceCite id={id} source={sourcesById.get(id)} />
                        </li>
                      ))}
                    </ul>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </>
  );
}
