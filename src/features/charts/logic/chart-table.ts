/**
 * The numbers behind one chart, as a plain table. The same object feeds the
 * chart, its "view as table" alternative and the CSV export, so the three can
 * never disagree. A row may hold extra keys that are not listed in `columns`
 * (e.g. a timestamp the chart needs for its axis): they are neither shown nor
 * exported. Numbers are raw (already rounded where the chart rounds them);
 * the table view formats them for the reader's language.
 */
export interface ChartTable {
  columns: { key: string; label: string }[];
  rows: Record<string, string | number | null>[];
}

/** Most rows a chart draws; the subtitle says when more were left out. */
export const MAX_ROWS = 20;
