import type { Commitment } from '@/data/schema';

/**
 * Folds text for matching: NFKC turns full-width letters and digits into
 * half-width ones (ＣＡＴＬ → CATL, ２０２４ → 2024), case is ignored, and
 * punctuation and spaces are removed so that “三个一批” matches "三个一批".
 */
export function foldText(text: string): string {
  return text
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[\p{P}\p{S}\s\u200B-\u200D\uFEFF]+/gu, ' ')
    .trim();
}

/** Search terms: whitespace separates terms in English; a Chinese phrase is one term. */
export function queryTerms(query: string): string[] {
  return foldText(query)
    .split(' ')
    .filter((term) => term !== '');
}

/** The folded text a commitment is found by: titles, summaries, the quote and the place, in both languages. */
export function searchText(commitment: Commitment): string {
  const parts = [
    commitment.title.zh,
    commitment.title.en,
    commitment.summary.zh,
    commitment.summary.en,
    commitment.origin.quote,
    commitment.location?.zh ?? '',
    commitment.location?.en ?? '',
  ];
  // Folded per part and joined with spaces, plus a copy without spaces so a
  // Chinese term matches across the punctuation that folding turned into spaces.
  const folded = parts.map(foldText).join(' ');
  return `${folded} ${folded.replace(/ /g, '')}`;
}

/** Every term must occur (AND), in any order. */
export function matchesTerms(haystack: string, terms: readonly string[]): boolean {
  return terms.every((term) => haystack.includes(term));
}
