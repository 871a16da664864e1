import type { Commitment, Dataset } from '@/data/schema';
import type { Lang } from '@/i18n/messages';
import { todayIso } from '@/lib/today';

/** `洛阳承诺台账-2026-11-27.xlsx` / `luoyang-commitments-ledger-2026-11-27.xlsx`. */
export function ledgerFileName(lang: Lang, today: string): string {
  return lang === 'zh' ? `洛阳承诺台账-${today}.xlsx` : `luoyang-commitments-ledger-${today}.xlsx`;
}

/**
 * Downloads the given commitments (the cards shown, in their order) as an
 * `.xlsx` ledger: one row per card on the first sheet, then their ledgers in
 * the import format. The spreadsheet code is fetched here, on the first click.
 */
export async function downloadLedgerXlsx(
  commitments: readonly Commitment[],
  dataset: Dataset,
  lang: Lang,
): Promise<void> {
  const [{ cardsWorkbook }, { writeWorkbook }] = await Promise.all([
    import('./cards-workbook'),
    import('./write-xlsx'),
  ]);
  const root = new URL(import.meta.env.BASE_URL, window.location.origin);
  const detailUrl = (id: string) => new URL(`commitments/${encodeURIComponent(id)}`, root).href;
  const blob = await writeWorkbook(cardsWorkbook(commitments, dataset, lang, detailUrl));
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = ledgerFileName(lang, todayIso());
  link.rel = 'noopener';
  document.body.append(link);
  link.click();
  link.remove();
  // Revoking at once can cancel the download in some Chromium builds.
  window.setTimeout(() => URL.revokeObjectURL(url), 60_000);
}
