import type { Localized, Source, Update } from '@/data/schema';
import type { StatusId } from '@/data/vocabulary';
import { comparePartialDates } from '@/lib/partial-date';
import type { NewEntry } from './check-row';
import type { SourceDraft } from './new-source';
import { titleKey } from './source-index';
import { makeSourceId } from './source-id';

/** The parts of the dataset file the merge touches; everything else is carried over untouched. */
interface RawDataset {
  asOf: string;
  sources: Record<string, unknown>[];
  commitments: { id: string; title?: Localized; updates: Record<string, unknown>[] }[];
}

/** One update the import appends, with what it changes. */
export interface AddedUpdate {
  rows: number[];
  commitmentId: string;
  commitmentTitle: Localized | undefined;
  update: Update;
  /** Status of the entry before it in the ledger: the transition is `previousStatus → update.status`. */
  previousStatus: StatusId | undefined;
}

export interface MergeResult {
  json: unknown;
  added: AddedUpdate[];
  newSources: Source[];
  asOf: { before: string; after: string };
}

function draftKey(draft: SourceDraft): string {
  return draft.url ? `url:${draft.url}` : `title:${titleKey(draft.title, draft.publisher)}`;
}

function toSource(id: string, draft: SourceDraft): Source {
  const source: Source = {
    id,
    title: draft.title,
    publisher: draft.publisher,
    date: draft.date,
    quality: draft.quality,
  };
  if (draft.url) source.url = draft.url;
  return source;
}

/** Rows that describe the same entry (one row per source) become one update citing every source. */
function groupKey(entry: NewEntry): string {
  return JSON.stringify([
    entry.commitmentId,
    entry.date,
    entry.status,
    entry.stage ?? null,
    entry.progress ?? null,
    entry.note.zh,
    entry.note.en,
  ]);
}

/**
 * Appends the new entries to a copy of the dataset file: new sources at the
 * end of `sources`, each update into its commitment's ledger after every entry
 * of the same or an earlier date. Nothing existing is changed or removed,
 * except `asOf`, which moves forward to the newest update added.
 */
export function mergeEntries(json: unknown, entries: readonly NewEntry[]): MergeResult {
  const data = structuredClone(json) as RawDataset;
  const takenIds = new Set(data.sources.map((s) => String(s.id)));
  const newSources: Source[] = [];
  const sourceIdByKey = new Map<string, string>();
  const sourceIdOf = (entry: NewEntry): string => {
    if ('id' in entry.source) return entry.source.id;
    const key = draftKey(entry.source.draft);
    let id = sourceIdByKey.get(key);
    if (!id) {
      id = makeSourceId(entry.source.draft, takenIds);
      takenIds.add(id);
      sourceIdByKey.set(key, id);
      const source = toSource(id, entry.source.draft);
      newSources.push(source);
      data.sources.push({ ...source });
    }
    return id;
  };

  const groups = new Map<string, { entry: NewEntry; rows: number[]; sourceIds: string[] }>();
  for (const entry of entries) {
    const sourceId = sourceIdOf(entry);
    const key = groupKey(entry);
    const group = groups.get(key) ?? { entry, rows: [], sourceIds: [] };
    group.rows.push(entry.row);
    if (!group.sourceIds.includes(sourceId)) group.sourceIds.push(sourceId);
    groups.set(key, group);
  }

  const ordered = [...groups.values()].sort((a, b) => comparePartialDates(a.entry.date, b.entry.date));
  const added: AddedUpdate[] = [];
  const before = data.asOf;
  for (const { entry, rows, sourceIds } of ordered) {
    const commitment = data.commitments.find((c) => c.id === entry.commitmentId);
    if (!commitment) throw new Error(`commitment ${entry.commitmentId} vanished between check and merge`);
    const update: Update = { date: entry.date, status: entry.status, note: entry.note, sourceIds };
    if (entry.stage) update.stage = entry.stage;
    if (entry.progress !== undefined) update.progress = entry.progress;
    const ledger = commitment.updates;
    let at = ledger.length;
    while (at > 0 && comparePartialDates(String(ledger[at - 1]?.date), entry.date) > 0) at -= 1;
    ledger.splice(at, 0, orderedUpdate(update));
    const previous = at > 0 ? ledger[at - 1] : undefined;
    added.push({
      rows,
      commitmentId: entry.commitmentId,
      commitmentTitle: commitment.title,
      update,
      previousStatus: previous ? (previous.status as StatusId) : undefined,
    });
    if (comparePartialDates(entry.date, data.asOf) > 0) data.asOf = entry.date;
  }
  added.sort((a, b) => comparePartialDates(a.update.date, b.update.date) || (a.rows[0] ?? 0) - (b.rows[0] ?? 0));
  return { json: data, added, newSources, asOf: { before, after: data.asOf } };
}

/** Keys in the order the dataset file writes them, so a diff reads naturally. */
function orderedUpdate(update: Update): Record<string, unknown> {
  const out: Record<string, unknown> = { date: update.date, status: update.status };
  if (update.stage) out.stage = update.stage;
  if (update.progress !== undefined) out.progress = update.progress;
  out.note = { zh: update.note.zh, en: update.note.en };
  out.sourceIds = [...update.sourceIds];
  return out;
}
