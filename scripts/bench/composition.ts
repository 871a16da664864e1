import type { BundleReport } from './bundle-report-plugin';
import type { SizeTable } from './size-budgets';

export interface CompositionRow {
  /** An npm package ("react-dom") or a group of the project's files ("src/features/commitments", "src/i18n/en.ts"). */
  part: string;
  /** Estimated gzip bytes: the chunk's gzip size shared out by each part's bytes before minification. */
  gzip: number;
  chunks: string[];
}

/** Groups the project's files by folder, except a few single files worth seeing on their own (the dictionaries). */
export function groupOf(key: string): string {
  if (!key.startsWith('src/')) return key;
  if (key.startsWith('src/i18n/')) return key;
  return key.split('/').slice(0, 3).join('/');
}

/**
 * Where the gzip bytes of a set of chunks go, largest first. An estimate:
 * gzip works on the whole chunk, so each part gets the share of the chunk's
 * gzip size that its unminified bytes have of the chunk's unminified bytes.
 */
export function composition(report: BundleReport, sizes: SizeTable, files: readonly string[]): CompositionRow[] {
  const rows = new Map<string, CompositionRow>();
  for (const file of files) {
    const chunk = report.chunks.find((c) => c.file === file);
    const gzip = sizes.get(file)?.gzip ?? 0;
    if (!chunk) continue;
    const parts = Object.entries(chunk.renderedBytes ?? {});
    const total = parts.reduce((s, [, bytes]) => s + bytes, 0);
    if (total === 0) continue;
    for (const [key, bytes] of parts) {
      const part = groupOf(key);
      const row = rows.get(part) ?? { part, gzip: 0, chunks: [] };
      row.gzip += (gzip * bytes) / total;
      if (!row.chunks.includes(file)) row.chunks.push(file);
      rows.set(part, row);
    }
  }
  return [...rows.values()].map((r) => ({ ...r, gzip: Math.round(r.gzip) })).sort((a, b) => b.gzip - a.gzip);
}
