import type { Metric, Source } from '@/data/schema';
import { useI18n } from '@/i18n/use-i18n';
import { formatDate, formatMetricValue } from '@/lib/format';
import { SourceCite } from './source-cite';
import styles from './detail.module.css';

export function MetricsTable({
  metrics,
  sourcesById,
}: {
  metrics: readonly Metric[];
  sourcesById: ReadonlyMap<string, Source>;
}) {
  const { t, l, lang } = useI18n();
  return (
    <div className={styles.tableWrap}>
      <table className={styles.table}>
        <caption className="visually-hidden">{t('detail.metrics')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('detail.metric')}</th>
            <th scope="col">{t('detail.value')}</th>
            <th scope="col">{t('detail.date')}</th>
            <th scope="col">{t('detail.source')}</th>
          </tr>
        </thead>
        <tbody>
          {metrics.map((metric) => (
            <tr key={metric.id}>
              <th scope="row">
                {l(metric.label)}
                {metric.period && ` (${formatDate(metric.period, lang)})`}
                {metric.note && <span className={styles.metricNote}>{l(metric.note)}</span>}
              </th>
              <td className={styles.num}>
                {formatMetricValue(metric.value, metric.unit, lang)}
                {metric.target !== undefined && (
                  <span className={styles.metricNote}>
                    {t('detail.target')} {formatMetricValue(metric.target, metric.unit, lang)}
                  </span>
                )}
              </td>
              <td>{formatDate(metric.date, lang)}</td>
              <td>
                <SourceCite id={metric.sourceId} source={sourcesById.get(metric.sourceId)} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
