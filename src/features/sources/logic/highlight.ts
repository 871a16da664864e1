export interface QuoteRef {
  /** The commitment that quotes the passage. */
  id: string;
  quote: string;
}

export interface Segment {
  text: string;
  /** Commitments whose quote covers this piece of text (empty: plain text). */
  ids: string[];
  /** Commitments whose quote begins here: the anchor `#q-<id>` points at this segment. */
  starts: string[];
}

/**
 * Cuts a source text into plain and quoted pieces. Quotes may overlap or be
 * shared by several commitments (one sentence naming two projects); each
 * piece lists every commitment covering it. A quote not found in the text is
 * left out here (the data check reports it).
 */
export function highlightSegments(text: string, quotes: readonly QuoteRef[]): Segment[] {
  const ranges: { id: string; start: number; end: number }[] = [];
  for (const { id, quote } of quotes) {
    if (quote === '') continue;
    const start = text.indexOf(quote);
    if (start >= 0) ranges.push({ id, start, end: start + quote.length });
  }
  const cuts = new Set<number>([0, text.length]);
  for (const r of ranges) {
    cuts.add(r.start);
    cuts.add(r.end);
  }
  const points = [...cuts].sort((a, b) => a - b);
  const segments: Segment[] = [];
  for (let i = 0; i + 1 < points.length; i += 1) {
    const from = points[i]!;
    const to = points[i + 1]!;
    const covering = ranges.filter((r) => r.start <= from && r.end >= to);
    segments.push({
      text: text.slice(from, to),
      ids: covering.map((r) => r.id),
      starts: covering.filter((r) => r.start === from).map((r) => r.id),
    });
  }
  return segments;
}

/** Commitments whose quote is not in the text: the page says so rather than silently showing nothing. */
export function missingQuotes(text: string, quotes: readonly QuoteRef[]): string[] {
  return quotes.filter(({ quote }) => quote !== '' && !text.includes(quote)).map(({ id }) => id);
}
