import type { Lang } from '@/i18n/messages';
import { en } from '@/i18n/en';
import { translateWith } from '@/i18n/translate';
import { zh } from '@/i18n/zh';
import { QUALITY_IDS, STAGE_IDS, STATUS_IDS, type QualityId, type StageId, type StatusId } from '@/data/vocabulary';

/** The closed vocabularies a ledger cell may hold, with the interface's own labels. */
export const VOCABULARIES = {
  status: STATUS_IDS,
  stage: STAGE_IDS,
  quality: QUALITY_IDS,
} as const;
export type VocabularyName = keyof typeof VOCABULARIES;
type IdOf<V extends VocabularyName> = (typeof VOCABULARIES)[V][number];

const translators = { zh: translateWith(zh), en: translateWith(en) };

export function vocabularyLabel<V extends VocabularyName>(vocabulary: V, id: IdOf<V>, lang: Lang): string {
  return translators[lang](`${vocabulary}.${id}` as Parameters<(typeof translators)['zh']>[0]);
}

/** The labels offered by a drop-down, in vocabulary order. */
export function vocabularyLabels(vocabulary: VocabularyName, lang: Lang): string[] {
  return (VOCABULARIES[vocabulary] as readonly string[]).map((id) =>
    vocabularyLabel(vocabulary, id as IdOf<typeof vocabulary>, lang),
  );
}

function normalize(text: string): string {
  return text.normalize('NFKC').replace(/\s+/g, ' ').trim().toLowerCase();
}

/**
 * Reads a vocabulary cell: the id (`in_progress`), the Chinese label (推进中)
 * or the English label (In progress), in any case. `undefined` when none match.
 */
export function parseVocabulary(vocabulary: 'status', text: string): StatusId | undefined;
export function parseVocabulary(vocabulary: 'stage', text: string): StageId | undefined;
export function parseVocabulary(vocabulary: 'quality', text: string): QualityId | undefined;
export function parseVocabulary(vocabulary: VocabularyName, text: string): string | undefined {
  const wanted = normalize(text);
  for (const id of VOCABULARIES[vocabulary] as readonly string[]) {
    const names = [
      id,
      id.replace(/_/g, ' '),
      vocabularyLabel(vocabulary, id as IdOf<typeof vocabulary>, 'zh'),
      vocabularyLabel(vocabulary, id as IdOf<typeof vocabulary>, 'en'),
    ];
    if (names.some((name) => normalize(name) === wanted)) return id;
  }
  return undefined;
}
