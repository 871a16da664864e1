import type { Source } from '@/data/schema';
import { normalizeHttpUrl } from './cells';

/** Finds the dataset's sources by URL, or by title and publisher where a source has no URL. */
export interface SourceIndex {
  byUrl: Map<string, Source>;
  byTitle: Map<string, Source>;
}

export function titleKey(title: string, publisher: string): string {
  const norm = (s: string) => s.normalize('NFKC').replace(/\s+/g, ' ').trim().toLowerCase();
  return `${norm(title)}\u0000${norm(publisher)}`;
}

export function indexSourcesForImport(sources: readonly Source[]): SourceIndex {
  const byUrl = new Map<string, Source>();
  const byTitle = new Map<string, Source>();
  for (const source of sources) {
    const url = source.url ? normalizeHttpUrl(source.url) : undefined;
    if (url && !byUrl.has(url)) byUrl.set(url, source);
    const key = titleKey(source.title, source.publisher);
    if (!byTitle.has(key)) byTitle.set(key, source);
  }
  return { byUrl, byTitle };
}
