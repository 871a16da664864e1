import type { SourceDraft } from './new-source';

/** FNV-1a, 32 bits, in base 36: a short, stable fingerprint of a text. */
export function fingerprint(text: string): string {
  let hash = 0x811c9dc5;
  for (const ch of text) {
    hash ^= ch.codePointAt(0) ?? 0;
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash.toString(36).padStart(7, '0');
}

function slugPart(text: string): string {
  return text
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

/**
 * A stable slug for a new source: the site, the date and a fingerprint of the
 * URL (or of title and publisher where there is no URL), e.g.
 * `news-lyd-com-cn-2025-08-27-1x2y3z4`. The same source always gets the same
 * id; `taken` ids get a `-2`, `-3`… suffix.
 */
export function makeSourceId(draft: SourceDraft, taken: ReadonlySet<string>): string {
  const host = draft.url ? slugPart(new URL(draft.url).hostname.replace(/^www\./, '')).slice(0, 60) : 'src';
  const base = [host || 'src', slugPart(draft.date), fingerprint(draft.url ?? `${draft.title}|${draft.publisher}`)]
    .filter(Boolean)
    .join('-');
  let id = base;
  for (let n = 2; taken.has(id); n += 1) id = `${base}-${n}`;
  return id;
}
