import type { CompositionRow } from './composition';
import type { ExportResult } from './export-timing';
import type { FilteringResult } from './filtering';
import type { LighthouseResult } from './lighthouse';
import type { Machine } from './machine';
import type { RouteLoad } from './route-bytes';
import type { BudgetResult } from './size-budgets';

/** Everything one `npm run bench` measured: written as benchmarks.json, rendered as BENCHMARKS.md. */
export interface BenchResults {
  generatedBy: 'npm run bench';
  machine: Machine;
  durationS: number;
  sizes: {
    budgets: BudgetResult['rows'];
    staticRoutes: BudgetResult['routes'];
    chartJs: BudgetResult['chartJs'];
    totals: BudgetResult['totals'];
    es2020: { ok: boolean; files: number };
    /** Where the gzip bytes of /commitments go (estimate). */
    commitmentsComposition: CompositionRow[];
    /** Where the gzip bytes of the chart code go (estimate). */
    chartComposition: CompositionRow[];
  };
  /** What each route loaded in Chromium, from an empty cache to network idle. */
  routeLoads: RouteLoad[];
  lighthouse: LighthouseResult[];
  filtering: FilteringResult[];
  export: ExportResult[];
}

/** The bars of QUALITY.md that the benchmark measures (times and scores; sizes are in size-budgets.ts). */
export const BARS = {
  mobile: { performance: 95, lcpMs: 1500, tbtMs: 100, cls: 0.02, accessibility: 100, bestPractices: 100, seo: 100 },
  desktop: { performance: 100, accessibility: 100, bestPractices: 100, seo: 100, lcpMs: 500 },
  filtering: { size: 10_000, cpuSlowdown: 4, ms: 100, domNodes: 1400 },
  export: { 1: 300, 4: 1000 } as Record<number, number>,
} as const;
