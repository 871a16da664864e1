import { useI18n } from '@/i18n/use-i18n';
import { formatDate, formatNumber } from '@/lib/format';
import type { HeadlineFigures as Figures } from '../logic/headline';
import styles from './headline.module.css';

/** The overview's four numbers and the data-as-of date, for the active filters. */
export function HeadlineFigures({
  figures,
  asOf,
  filterLabel,
}: {
  figures: Figures;
  asOf: string;
  filterLabel: string;
}) {
  const { t, lang } = useI18n();
  const n = (v: number) => formatNumber(v, lang);
  const items = [
    { key: 'tracked', value: n(figures.total), label: t('overview.tracked'), hint: filterLabel },
    {
      key: 'completed',
      value: n(figures.completed),
      label: t('overview.completed'),
      hint: t('overview.completedShare', { share: formatNumber(figures.completedShare, lang, 1) }),
    },
    { key: 'delayed', value: n(figures.delayed), label: t('overview.delayed'), hint: t('overview.delayedHint') },
    {
      key: 'unverified',
      value: n(figures.unverified),
      label: t('overview.unverified'),
      hint: t('overview.unverifiedHint'),
    },
  ];
  return (
    <section aria-labelledby="overview-figures" className={styles.figures}>
      <h2 id="overview-figures" className="visually-hidden">
        {t('overview.figures')}
      </h2>
      <dl className={styles.figureList}>
        {items.map((item) => (
          <div key={item.key} className={styles.figure} data-figure={item.key}>
            <dt>{item.label}</dt>
            <dd className={styles.value}>{item.value}</dd>
            <dd className={styles.hint}>{item.hint}</dd>
          </div>
        ))}
      </dl>
      <p className={styles.asOf}>{t('overview.asOf', { date: formatDate(asOf, lang) })}</p>
    </section>
  );
}
