import type { Commitment } from '@/data/schema';
import type { StageId, StatusId } from '@/data/vocabulary';
import { endOf, startOf } from '@/lib/partial-date';
import { REPORT_DATE, columnOf, headerText, type LedgerField } from './columns';
import { cellText, normalizeHttpUrl, parseDateCell, parseProgressCell } from './cells';
import { MAX_LENGTH as MAX, checkNewSource, type SourceDraft } from './new-source';
import { titleKey, type SourceIndex } from './source-index';
import { parseVocabulary, vocabularyLabels } from './labels';
import type { LedgerProblem } from './problems';
import type { FieldPlace, RawLedgerRow } from './read-ledger-sheet';

/** A valid row that is not in the dataset yet. */
export interface NewEntry {
  row: number;
  commitmentId: string;
  date: string;
  status: StatusId;
  stage: StageId | undefined;
  progress: number | undefined;
  note: { zh: string; en: string };
  source: { id: string } | { draft: SourceDraft };
}

export type CheckedRow =
  { kind: 'present'; row: number } | { kind: 'new'; entry: NewEntry } | { kind: 'invalid'; problems: LedgerProblem[] };

export interface RowContext {
  sheet: string;
  places: Partial<Record<LedgerField, FieldPlace>>;
  commitments: ReadonlyMap<string, Commitment>;
  sources: SourceIndex;
  /** `YYYY-MM-DD`: nothing may be dated after it. */
  today: string;
}

/** Checks one row against the vocabulary, the dates and the dataset. */
export function checkRow(raw: RawLedgerRow, ctx: RowContext): CheckedRow {
  const problems: LedgerProblem[] = [];
  const text = (field: LedgerField) => cellText(raw.cells[field]);
  const report = (field: LedgerField, zh: string, en: string) => {
    const place = ctx.places[field];
    problems.push({
      sheet: ctx.sheet,
      row: raw.row,
      column: place?.column ?? '',
      header: place?.header ?? headerText(columnOf(field)),
      zh,
      en,
    });
  };

  const commitmentId = text('commitmentId');
  const commitment = ctx.commitments.get(commitmentId);
  if (commitmentId === '') report('commitmentId', '承诺编号为空', 'the commitment id is empty');
  else if (!commitment)
    report(
      'commitmentId',
      `承诺编号“${commitmentId}”不在数据集中，请从下拉列表选择`,
      `the commitment id "${commitmentId}" is not in the dataset; pick one from the drop-down`,
    );

  const dateText = text('date');
  const date = parseDateCell(raw.cells.date);
  if (dateText === '') report('date', '进展日期为空', 'the update date is empty');
  else if (!date)
    report(
      'date',
      `进展日期“${dateText}”不是有效日期，请写成 2025、2025-06 或 2025-06-28`,
      `the update date "${dateText}" is not a date; write 2025, 2025-06 or 2025-06-28`,
    );

  const statusText = text('status');
  const status = parseVocabulary('status', statusText);
  if (!status) {
    const allowed = vocabularyLabels('status', 'zh').join('、');
    const allowedEn = vocabularyLabels('status', 'en').join(', ');
    if (statusText === '')
      report('status', `状态为空（可选：${allowed}）`, `the status is empty (one of: ${allowedEn})`);
    else
      report(
        'status',
        `状态“${statusText}”不在状态表中（可选：${allowed}）`,
        `the status "${statusText}" is not in the vocabulary (one of: ${allowedEn})`,
      );
  }

  const urlText = text('sourceUrl');
  const url = urlText === '' ? undefined : normalizeHttpUrl(urlText);
  const sourceTitle = text('sourceTitle');
  const publisher = text('sourcePublisher');
  if (urlText !== '' && !url)
    report(
      'sourceUrl',
      `来源链接“${urlText.slice(0, 80)}”不是以 http:// 或 https:// 开头的网址`,
      `the source URL "${urlText.slice(0, 80)}" is not an http:// or https:// address`,
    );
  else if (urlText === '' && sourceTitle === '')
    report('sourceUrl', '没有来源：请填写来源链接或来源标题', 'no source: give the source URL or the source title');
  const known = url
    ? ctx.sources.byUrl.get(url)
    : urlText === '' && sourceTitle !== ''
      ? ctx.sources.byTitle.get(titleKey(sourceTitle, publisher))
      : undefined;

  // A row already in the dataset is recognised and left alone, whatever its other cells say.
  if (commitment && date && status && known) {
    const present = commitment.updates.some(
      (u) => u.date === date && u.status === status && u.sourceIds.includes(known.id),
    );
    if (present && problems.length === 0) return { kind: 'present', row: raw.row };
  }

  if (date) {
    if (startOf(date) > startOf(ctx.today))
      report(
        'date',
        `进展日期 ${date} 晚于今天（${ctx.today}）`,
        `the update date ${date} is after today (${ctx.today})`,
      );
    else if (endOf(date) < startOf(REPORT_DATE))
      report(
        'date',
        `进展日期 ${date} 早于报告日期 ${REPORT_DATE}`,
        `the update date ${date} is before the report (${REPORT_DATE})`,
      );
  }

  const stageText = text('stage');
  const stage = stageText === '' ? undefined : parseVocabulary('stage', stageText);
  if (stageText !== '' && !stage)
    report(
      'stage',
      `阶段“${stageText}”不在阶段表中（可选：${vocabularyLabels('stage', 'zh').join('、')}，或留空）`,
      `the stage "${stageText}" is not in the vocabulary (one of: ${vocabularyLabels('stage', 'en').join(', ')}, or empty)`,
    );

  const progressCell = parseProgressCell(raw.cells.progress);
  const progressText = text('progress');
  if (progressCell.kind === 'invalid')
    report(
      'progress',
      `进度“${progressText}”不是 0–100 之间的数字`,
      `the progress "${progressText}" is not a number from 0 to 100`,
    );
  else if (progressCell.kind === 'fraction') {
    const pct = Math.round(progressCell.value * 10000) / 100;
    report(
      'progress',
      `进度 ${progressCell.value} 像是百分比格式（${pct}%）；请直接填写 ${pct}`,
      `the progress ${progressCell.value} looks like a percentage cell (${pct}%); enter ${pct}`,
    );
  }

  const noteZh = text('noteZh');
  const noteEn = text('noteEn');
  if (noteZh === '') report('noteZh', '中文说明为空', 'the Chinese note is empty');
  else if (noteZh.length > MAX.note)
    report('noteZh', `中文说明超过 ${MAX.note} 字`, `the Chinese note is longer than ${MAX.note} characters`);
  if (noteEn === '') report('noteEn', '英文说明为空', 'the English note is empty');
  else if (noteEn.length > MAX.note)
    report('noteEn', `英文说明超过 ${MAX.note} 字`, `the English note is longer than ${MAX.note} characters`);

  let source: NewEntry['source'] | undefined = known ? { id: known.id } : undefined;
  if (!known && (url || (urlText === '' && sourceTitle !== '')))
    source = checkNewSource(text, raw, url, report, ctx.today);

  if (problems.length > 0 || !commitment || !date || !status || !source || (stage === undefined && stageText !== ''))
    return { kind: 'invalid', problems };
  return {
    kind: 'new',
    entry: {
      row: raw.row,
      commitmentId,
      date,
      status,
      stage,
      progress: progressCell.kind === 'ok' ? progressCell.value : undefined,
      note: { zh: noteZh, en: noteEn },
      source,
    },
  };
}
