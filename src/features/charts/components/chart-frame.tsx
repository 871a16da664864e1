import { useCallback, useId, useState, type ReactNode } from 'react';
import { useI18n } from '@/i18n/use-i18n';
import type { ChartTable } from '../logic/chart-table';
import { ChartLegend, type LegendItem } from './chart-legend';
import { ChartTableView } from './chart-table-view';
import styles from './chart-frame.module.css';

/** What an action (the export menu) gets to work with; it never reaches into the chart itself. */
export interface ChartActionsContext {
  /** The one node that holds the whole chart as it should look on its own: title to page link. */
  getNode: () => HTMLElement | null;
  table: ChartTable;
  title: string;
  subtitle: string;
  fileSlug: string;
}

export type RenderChartActions = (ctx: ChartActionsContext) => ReactNode;

export interface ChartFrameProps {
  title: string;
  /** Names the active filters and what is counted. */
  subtitle: string;
  unit?: string;
  /** E.g. "showing 20 of 35". */
  note?: string;
  legend?: LegendItem[];
  /** The "source:" line, already in the reader's language. */
  source: string;
  /** The data-as-of date, formatted. */
  asOf: string;
  /** Absolute link to the page with its filters, printed inside the image. */
  pageUrl: string;
  table: ChartTable;
  fileSlug: string;
  /** When set, nothing can be drawn: the message replaces the chart, its table and its actions. */
  empty?: string;
  headingLevel?: 2 | 3;
  /** Inputs that change the chart (e.g. its reference date): shown with it, left out of the image. */
  controls?: ReactNode;
  renderActions?: RenderChartActions;
  children: ReactNode;
}

/**
 * One chart as a self-contained unit: everything inside the framed node
 * (title, filters, chart, legend, unit, source, date, product and link) stands
 * on its own as an image; the actions and the table alternative sit outside it.
 */
export function ChartFrame(props: ChartFrameProps) {
  const { title, subtitle, unit, note, legend, source, asOf, pageUrl, table, fileSlug, empty } = props;
  const { t } = useI18n();
  const titleId = useId();
  // Kept in state rather than a ref so that actions rendered with the frame can read it safely.
  const [node, setNode] = useState<HTMLDivElement | null>(null);
  const getNode = useCallback(() => node, [node]);
  const Heading = props.headingLevel === 3 ? 'h3' : 'h2';
  return (
    <section className={styles.frame} aria-labelledby={titleId}>
      {props.controls && <div className={styles.controls}>{props.controls}</div>}
      <div ref={setNode} className={styles.node} data-chart-node={fileSlug}>
        <header className={styles.header}>
          <Heading id={titleId} className={styles.title}>
            {title}
          </Heading>
          <p className={styles.subtitle}>{subtitle}</p>
        </header>
        {empty ? (
          <p className={styles.empty}>{empty}</p>
        ) : (
          <>
            <div className={styles.chart}>{props.children}</div>
            {legend && legend.length > 0 && <ChartLegend items={legend} label={t('charts.legend')} />}
          </>
        )}
        <footer className={styles.meta}>
          {(unit || note) && <p>{[unit, note].filter(Boolean).join(t('charts.sep'))}</p>}
          <p>{source}</p>
          <p>{asOf}</p>
          <p className={styles.brand}>
            <span>{t('app.name')}</span> <a href={pageUrl}>{pageUrl}</a>
          </p>
        </footer>
      </div>
      {!empty && props.renderActions && (
        <div className={styles.actions}>{props.renderActions({ getNode, table, title, subtitle, fileSlug })}</div>
      )}
      {!empty && <ChartTableView table={table} caption={`${title}${t('charts.captionSep')}${subtitle}`} />}
    </section>
  );
}
