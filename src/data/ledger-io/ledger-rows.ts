import type { Commitment, Source } from '@/data/schema';
import { sortedUpdates } from '@/data/ledger';
import type { Lang } from '@/i18n/messages';
import type { LedgerField } from './columns';
import { vocabularyLabel } from './labels';

/** One ledger row as values, keyed by field; `null` is an empty cell. */
export type LedgerRowValues = Record<LedgerField, string | number | null>;

/**
 * The dataset's ledgers as rows: one per update and source, oldest first per
 * commitment, so that a template filled from the dataset re-imports without change.
 * Vocabulary cells carry the labels of `lang`; the import reads either language.
 */
export function ledgerRows(
  commitments: readonly Commitment[],
  sourcesById: ReadonlyMap<string, Source>,
  lang: Lang,
): LedgerRowValues[] {
  const rows: LedgerRowValues[] = [];
  for (const commitment of commitments) {
    for (const update of sortedUpdates(commitment)) {
      for (const sourceId of update.sourceIds) {
        const source = sourcesById.get(sourceId);
        if (!source) continue;
        rows.push({
          commitmentId: commitment.id,
          commitmentTitle: commitment.title[lang],
          date: update.date,
          status: vocabularyLabel('status', update.status, lang),
          stage: update.stage ? vocabularyLabel('stage', update.stage, lang) : null,
          progress: update.progress ?? null,
          noteZh: update.note.zh,
          noteEn: update.note.en,
          sourceTitle: source.title,
          sourcePublisher: source.publisher,
          sourceUrl: source.url ?? null,
          sourceDate: source.date ?? null,
          sourceQuality: vocabularyLabel('quality', source.quality, lang),
        });
      }
    }
  }
  return rows;
}
