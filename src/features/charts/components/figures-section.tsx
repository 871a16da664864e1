import { useId, useMemo } from 'react';
import { useSearchParams } from 'react-router';
import type { Commitment } from '@/data/schema';
import type { UnitId } from '@/data/vocabulary';
import { useI18n } from '@/i18n/use-i18n';
import { formatDate, formatMetricValue, formatNumber } from '@/lib/format';
import { figureChoices, figureSeries, unitPanels, type FiguresText } from '../logic/figures';
import type { ChartContext } from './chart-context';
import { SeriesPanelChart } from './series-panel-chart';
import { UnitPanelChart } from './unit-panel-chart';
import { UNIT_NAME_KEYS } from './unit-names';
import styles from './overview-charts.module.css';

/** URL parameter naming the commitment whose figures are shown, so a shared link opens the same panel. */
export const FIGURES_PARAM = 'figures';

/** Chart 5: the figures themselves. Time series first, then the figures of one chosen commitment by unit. */
export function FiguresSection({
  commitments,
  priorityIds,
  context,
}: {
  commitments: readonly Commitment[];
  priorityIds: readonly string[];
  context: ChartContext;
}) {
  const { t, l, lang } = useI18n();
  const pickerId = useId();
  const [params, setParams] = useSearchParams();
  const series = useMemo(() => figureSeries(commitments, { priorityIds }), [commitments, priorityIds]);
  const { choices, total } = useMemo(() => figureChoices(commitments, { priorityIds }), [commitments, priorityIds]);
  const chosen = choices.find((c) => c.id === params.get(FIGURES_PARAM)) ?? choices[0];
  const panels = useMemo(() => (chosen ? unitPanels(chosen) : []), [chosen]);
  const sourceNames = useMemo(
    () => new Map([...context.sourcesById].map(([id, s]) => [id, s.publisher])),
    [context.sourcesById],
  );
  const unitName = (unit: UnitId) => {
    const key = UNIT_NAME_KEYS[unit];
    return key ? t(key) : unit;
  };
  const text = (unit: UnitId): FiguresText => ({
    item: t('charts.figures.item'),
    period: t('charts.figures.period'),
    value: t('charts.figures.value', { unit: unitName(unit) }),
    shown: t('charts.figures.shown'),
    date: t('charts.figures.date'),
    source: t('charts.figures.source'),
    itemLabel: (item) => l(item.label),
    formatValue: (item) => formatMetricValue(item.value, item.unit, lang),
    formatDate: (v) => formatDate(v, lang),
    sourceName: (id) => sourceNames.get(id) ?? id,
  });
  const choose = (id: string) =>
    setParams(
      (prev) => {
        const next = new URLSearchParams(prev);
        next.set(FIGURES_PARAM, id);
        return next;
      },
      { replace: true },
    );

  return (
    <section className={styles.section} aria-labelledby={`${pickerId}-h`}>
      <h2 id={`${pickerId}-h`}>{t('charts.figures.heading')}</h2>
      <p className={styles.intro}>{t('charts.figures.intro')}</p>
      {series.series.length === 0 && choices.length === 0 && (
        <p className={styles.empty}>{t('charts.figures.empty')}</p>
      )}
      {series.series.length > 0 && (
        <>
          <h3 className={styles.subheading}>{t('charts.figures.seriesHeading')}</h3>
          {series.total > series.series.length && (
            <p className={styles.note}>
              {t('charts.limited', {
                shown: formatNumber(series.series.length, lang),
                total: formatNumber(series.total, lang),
              })}
            </p>
          )}
          <div className={styles.grid}>
            {series.series.map((panel) => (
              <SeriesPanelChart
                key={panel.key}
                panel={panel}
                text={text(panel.unit)}
                unitName={unitName(panel.unit)}
                context={context}
              />
            ))}
          </div>
        </>
      )}
      {chosen && (
        <>
          <h3 className={styles.subheading}>{t('charts.figures.byCommitment')}</h3>
          <div className={styles.picker}>
            <label htmlFor={pickerId}>{t('charts.figures.pick')}</label>
            <select id={pickerId} value={chosen.id} onChange={(event) => choose(event.currentTarget.value)}>
              {choices.map((c) => (
                <option key={c.id} value={c.id}>
                  {l(c.title)}
                </option>
              ))}
            </select>
            {total > choices.length && (
              <p className={styles.note}>
                {t('charts.limited', { shown: formatNumber(choices.length, lang), total: formatNumber(total, lang) })}
              </p>
            )}
          </div>
          {panels.length === 0 ? (
            <p className={styles.empty}>{t('charts.figures.onlySeries')}</p>
          ) : (
            <div className={styles.grid}>
              {panels.map((panel) => (
                <UnitPanelChart
                  key={`${chosen.id}/${panel.unit}`}
                  panel={panel}
                  text={text(panel.unit)}
                  unitName={unitName(panel.unit)}
                  commitmentTitle={chosen.title}
                  context={context}
                />
              ))}
            </div>
          )}
        </>
      )}
    </section>
  );
}
