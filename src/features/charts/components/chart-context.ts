import type { Sector, Source } from '@/data/schema';
import type { RenderChartActions } from './chart-frame';

/** What every chart of the overview shares: passed down from the route, never read from another feature. */
export interface ChartContext {
  sectors: readonly Sector[];
  sourcesById: ReadonlyMap<string, Source>;
  /** The dataset's data-as-of date. */
  asOf: string;
  /** `YYYY-MM-DD` for 序时进度: today unless a test or the reader fixes it. */
  referenceDate: string;
  /** The active filters in words, e.g. "领域：交通、文化旅游". */
  filterLabel: string;
  /** Absolute link to this view, filters included. */
  pageUrl: string;
  renderActions?: RenderChartActions;
}
