/**
 * The export feature's own view of a chart. Structurally the same as the
 * charts feature's `ChartTable` and the context of `ChartFrame`'s
 * `renderActions`, so a route can pass one straight to the other without
 * either feature importing the other.
 */
export interface ExportTable {
  columns: { key: string; label: string }[];
  rows: Record<string, string | number | null>[];
}

export type ExportKind = 'png' | 'png-transparent' | 'svg' | 'csv' | 'copy';
