import type { QualityId } from '@/data/vocabulary';
import { startOf } from '@/lib/partial-date';
import type { LedgerField } from './columns';
import type { Cell } from './csv';
import { parseDateCell } from './cells';
import { parseVocabulary, vocabularyLabels } from './labels';

/** Longest texts the dataset schema accepts. */
export const MAX_LENGTH = { title: 500, publisher: 200, note: 4000, url: 2000 };
const MAX = MAX_LENGTH;

/** A source the import will add, as the row describes it. */
export interface SourceDraft {
  title: string;
  publisher: string;
  url: string | undefined;
  date: string;
  quality: QualityId;
}

/** Checks the cells that describe a source the dataset does not have yet; `undefined` when one is wrong. */
export function checkNewSource(
  text: (field: LedgerField) => string,
  raw: { cells: Partial<Record<LedgerField, Cell>> },
  url: string | undefined,
  report: (field: LedgerField, zh: string, en: string) => void,
  today: string,
): { draft: SourceDraft } | undefined {
  let ok = true;
  const fail = (field: LedgerField, zh: string, en: string) => {
    ok = false;
    report(field, zh, en);
  };
  const title = text('sourceTitle');
  const publisher = text('sourcePublisher');
  if (title === '') fail('sourceTitle', '新来源缺少来源标题', 'the new source has no title');
  else if (title.length > MAX.title)
    fail('sourceTitle', `来源标题超过 ${MAX.title} 字`, `the source title is longer than ${MAX.title} characters`);
  if (publisher === '') fail('sourcePublisher', '新来源缺少发布机构', 'the new source has no publisher');
  else if (publisher.length > MAX.publisher)
    fail(
      'sourcePublisher',
      `发布机构超过 ${MAX.publisher} 字`,
      `the publisher is longer than ${MAX.publisher} characters`,
    );
  if (url && url.length > MAX.url)
    fail('sourceUrl', `来源链接超过 ${MAX.url} 个字符`, `the source URL is longer than ${MAX.url} characters`);

  const dateText = text('sourceDate');
  const date = parseDateCell(raw.cells.sourceDate);
  if (dateText === '') fail('sourceDate', '新来源缺少来源日期', 'the new source has no date');
  else if (!date)
    fail(
      'sourceDate',
      `来源日期“${dateText}”不是有效日期，请写成 2025、2025-06 或 2025-06-28`,
      `the source date "${dateText}" is not a date; write 2025, 2025-06 or 2025-06-28`,
    );
  else if (startOf(date) > startOf(today))
    fail('sourceDate', `来源日期 ${date} 晚于今天（${today}）`, `the source date ${date} is after today (${today})`);

  const qualityText = text('sourceQuality');
  const quality = parseVocabulary('quality', qualityText);
  if (!quality) {
    const allowed = vocabularyLabels('quality', 'zh').join('、');
    const allowedEn = vocabularyLabels('quality', 'en').join(', ');
    if (qualityText === '')
      fail(
        'sourceQuality',
        `新来源缺少来源类别（可选：${allowed}）`,
        `the new source has no quality (one of: ${allowedEn})`,
      );
    else
      fail(
        'sourceQuality',
        `来源类别“${qualityText}”不在类别表中（可选：${allowed}）`,
        `the source quality "${qualityText}" is not in the vocabulary (one of: ${allowedEn})`,
      );
  }
  if (!ok || !date || !quality) return undefined;
  return { draft: { title, publisher, url, date, quality } };
}
