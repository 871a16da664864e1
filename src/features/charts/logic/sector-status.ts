import { currentStatus } from '@/data/ledger';
import type { Commitment } from '@/data/schema';
import type { SectorId, StatusId } from '@/data/vocabulary';
import { STATUS_ORDER } from '@/lib/status-style';
import type { ChartTable } from './chart-table';

export interface SectorStatusRow {
  sector: SectorId;
  counts: Record<StatusId, number>;
  total: number;
}

export interface SectorStatusSeries {
  /** Sectors with at least one commitment, in `sectorOrder`. */
  rows: SectorStatusRow[];
  /** Statuses that occur at least once, in STATUS_ORDER: the stacks and the legend. */
  statuses: StatusId[];
  total: number;
}

const zeroCounts = (): Record<StatusId, number> => ({
  completed: 0,
  in_progress: 0,
  ongoing: 0,
  not_started: 0,
  delayed: 0,
  unverified: 0,
});

/**
 * Chart 1, "where does each sector stand?": commitments by sector and current
 * status. Sectors missing from `sectorOrder` come last, in order of appearance.
 */
export function sectorStatusSeries(
  commitments: readonly Commitment[],
  sectorOrder: readonly SectorId[],
): SectorStatusSeries {
  const bySector = new Map<SectorId, SectorStatusRow>();
  const seen = new Set<StatusId>();
  for (const commitment of commitments) {
    let row = bySector.get(commitment.sector);
    if (!row) {
      row = { sector: commitment.sector, counts: zeroCounts(), total: 0 };
      bySector.set(commitment.sector, row);
    }
    const status = currentStatus(commitment);
    row.counts[status] += 1;
    row.total += 1;
    seen.add(status);
  }
  const rank = (id: SectorId) => {
    const i = sectorOrder.indexOf(id);
    return i === -1 ? sectorOrder.length : i;
  };
  const rows = [...bySector.values()].sort((a, b) => rank(a.sector) - rank(b.sector));
  return { rows, statuses: STATUS_ORDER.filter((s) => seen.has(s)), total: commitments.length };
}

export interface SectorStatusText {
  sector: string;
  total: string;
  sectorName: (id: SectorId) => string;
  status: (id: StatusId) => string;
}

/** One row per sector, one column per status present, and the total. Rows keep `_sector` (the id) for drawing. */
export function sectorStatusTable(series: SectorStatusSeries, text: SectorStatusText): ChartTable {
  return {
    columns: [
      { key: 'sector', label: text.sector },
      ...series.statuses.map((s) => ({ key: s, label: text.status(s) })),
      { key: 'total', label: text.total },
    ],
    rows: series.rows.map((row) => ({
      _sector: row.sector,
      sector: text.sectorName(row.sector),
      ...Object.fromEntries(series.statuses.map((s) => [s, row.counts[s]])),
      total: row.total,
    })),
  };
}
