import type { Cell, SheetData } from 'write-excel-file/universal';
import type { Commitment, Dataset, Source } from '@/data/schema';
import { latestUpdate, sortedUpdates } from '@/data/ledger';
import type { Lang } from '@/i18n/messages';
import { makeTranslate } from '@/i18n/translate';
import { QUALITY_IDS, STAGE_IDS, STATUS_IDS } from '@/data/vocabulary';
import { LEDGER_COLUMNS, SHEETS, columnLetter, headerText, type LedgerField } from './columns';
import type { DataValidation } from './data-validation';
import { GUIDE_INTRO, QUALITY_MEANING, STAGE_MEANING, STATUS_MEANING } from './guide';
import { vocabularyLabel, vocabularyLabels } from './labels';
import { ledgerRows, type LedgerRowValues } from './ledger-rows';

/** One sheet, ready for write-excel-file, with the drop-downs our feature adds. */
export interface SheetSpec {
  sheet: string;
  data: SheetData;
  columns: { width: number }[];
  stickyRowsCount?: number;
  validations: DataValidation[];
}

const HEADER_STYLE = { fontWeight: 'bold', backgroundColor: '#E8EEF6', wrap: true } as const;
/** Text format, so that Excel keeps `2025-06` as typed instead of turning it into 1 June 2025. */
const TEXT = '@';
const DATE_FIELDS: readonly LedgerField[] = ['date', 'sourceDate'];
/** Empty rows below the data that carry the text format and the drop-downs, ready to fill. */
export const BLANK_ROWS = 300;

const header = (text: string): Cell => ({ value: text, type: String, ...HEADER_STYLE });

function textCell(value: string | null, format?: string): Cell {
  return format ? { value: value ?? '', type: String, format } : value === null ? null : { value, type: String };
}

function ledgerCell(field: LedgerField, value: string | number | null): Cell {
  if (field === 'progress') return typeof value === 'number' ? { value, type: Number } : null;
  return textCell(value === null ? null : String(value), DATE_FIELDS.includes(field) ? TEXT : undefined);
}

/** The `取值 Lists` sheet: every id and vocabulary label the drop-downs offer. */
function listsSheet(
  dataset: Dataset,
  lang: Lang,
): { spec: SheetSpec; ranges: Record<'id' | 'status' | 'stage' | 'quality', string> } {
  const lists = [
    { title: '承诺编号 Commitment id', values: dataset.commitments.map((c) => c.id) },
    { title: '承诺名称 Title', values: dataset.commitments.map((c) => c.title[lang]) },
    { title: '状态 Status', values: vocabularyLabels('status', lang) },
    { title: '阶段 Stage', values: vocabularyLabels('stage', lang) },
    { title: '来源类别 Source quality', values: vocabularyLabels('quality', lang) },
  ];
  const height = Math.max(...lists.map((l) => l.values.length));
  const data: SheetData = [lists.map((l) => header(l.title))];
  for (let i = 0; i < height; i += 1) data.push(lists.map((l) => textCell(l.values[i] ?? null)));
  const range = (col: number) =>
    `'${SHEETS.lists}'!$${columnLetter(col)}$2:$${columnLetter(col)}$${Math.max(2, lists[col]!.values.length + 1)}`;
  return {
    spec: {
      sheet: SHEETS.lists,
      data,
      columns: [{ width: 34 }, { width: 40 }, { width: 14 }, { width: 16 }, { width: 18 }],
      stickyRowsCount: 1,
      validations: [],
    },
    ranges: { id: range(0), status: range(2), stage: range(3), quality: range(4) },
  };
}

function ledgerSheet(rows: readonly LedgerRowValues[], ranges: ReturnType<typeof listsSheet>['ranges']): SheetSpec {
  const data: SheetData = [LEDGER_COLUMNS.map((c) => header(headerText(c)))];
  for (const row of rows) data.push(LEDGER_COLUMNS.map((c) => ledgerCell(c.field, row[c.field])));
  for (let i = 0; i < BLANK_ROWS; i += 1)
    data.push(LEDGER_COLUMNS.map((c) => (DATE_FIELDS.includes(c.field) ? textCell(null, TEXT) : null)));
  const last = data.length;
  const col = (field: LedgerField) => columnLetter(LEDGER_COLUMNS.findIndex((c) => c.field === field));
  const area = (field: LedgerField) => `${col(field)}2:${col(field)}${last}`;
  const list = (field: LedgerField, source: string, error: string): DataValidation => ({
    kind: 'list',
    sqref: area(field),
    source,
    error,
  });
  return {
    sheet: SHEETS.ledger,
    data,
    columns: LEDGER_COLUMNS.map((c) => ({ width: c.width })),
    stickyRowsCount: 1,
    validations: [
      list('commitmentId', ranges.id, '请从下拉列表选择承诺编号。Pick a commitment id from the list.'),
      list('status', ranges.status, '请从下拉列表选择状态。Pick a status from the list.'),
      list('stage', ranges.stage, '请从下拉列表选择阶段，或留空。Pick a stage from the list, or leave it empty.'),
      list('sourceQuality', ranges.quality, '请从下拉列表选择来源类别。Pick a source quality from the list.'),
      {
        kind: 'decimal',
        sqref: area('progress'),
        min: 0,
        max: 100,
        prompt: '0–100 的数字，不带 %。A number from 0 to 100, no % sign.',
        error: '进度须为 0–100 的数字。Progress must be a number from 0 to 100.',
      },
    ],
  };
}

function guideSheet(): SheetSpec {
  const data: SheetData = GUIDE_INTRO.map((p, i) => [
    { value: p.zh, type: String, wrap: true, ...(i === 0 ? { fontWeight: 'bold' as const } : {}) },
    { value: p.en, type: String, wrap: true, ...(i === 0 ? { fontWeight: 'bold' as const } : {}) },
    null,
  ]);
  data.push([null, null, null], [header('列 Column'), header('说明'), header('Explanation')]);
  for (const c of LEDGER_COLUMNS)
    data.push([
      textCell(headerText(c)),
      { value: c.guide.zh, type: String, wrap: true },
      { value: c.guide.en, type: String, wrap: true },
    ]);
  const vocab = (
    title: string,
    ids: readonly string[],
    label: (id: string, lang: Lang) => string,
    meaning: (id: string) => { zh: string; en: string },
  ) => {
    data.push([null, null, null], [header(title), header('中文'), header('English')]);
    for (const id of ids)
      data.push([
        textCell(id),
        textCell(`${label(id, 'zh')}：${meaning(id).zh}`),
        textCell(`${label(id, 'en')}: ${meaning(id).en}`),
      ]);
  };
  vocab(
    '状态 Status',
    STATUS_IDS,
    (id, lang) => vocabularyLabel('status', id as (typeof STATUS_IDS)[number], lang),
    (id) => STATUS_MEANING[id as (typeof STATUS_IDS)[number]],
  );
  vocab(
    '阶段 Stage',
    STAGE_IDS,
    (id, lang) => vocabularyLabel('stage', id as (typeof STAGE_IDS)[number], lang),
    (id) => STAGE_MEANING[id as (typeof STAGE_IDS)[number]],
  );
  vocab(
    '来源类别 Source quality',
    QUALITY_IDS,
    (id, lang) => vocabularyLabel('quality', id as (typeof QUALITY_IDS)[number], lang),
    (id) => QUALITY_MEANING[id as (typeof QUALITY_IDS)[number]],
  );
  return { sheet: SHEETS.guide, data, columns: [{ width: 34 }, { width: 60 }, { width: 70 }], validations: [] };
}

/** The template: the dataset's ledgers (so it re-imports without change), the guide and the lists. */
export function templateWorkbook(dataset: Dataset, lang: Lang): SheetSpec[] {
  const sourcesById = new Map(dataset.sources.map((s) => [s.id, s]));
  const lists = listsSheet(dataset, lang);
  return [ledgerSheet(ledgerRows(dataset.commitments, sourcesById, lang), lists.ranges), guideSheet(), lists.spec];
}

export const CARD_HEADERS = [
  '编号 Id',
  '名称 Title',
  '领域 Sector',
  '类型 Kind',
  '状态 Status',
  '阶段 Stage',
  '进度(%) Progress',
  '最新证据日期 Latest evidence',
  '最新进展 Latest note',
  '来源 Sources',
  '来源链接 Source URLs',
  '计划完成 Due',
  '详情 Link',
] as const;

function cardRow(
  commitment: Commitment,
  dataset: Dataset,
  sourcesById: ReadonlyMap<string, Source>,
  lang: Lang,
  detailUrl: (id: string) => string,
): Cell[] {
  const t = makeTranslate(lang);
  const latest = latestUpdate(commitment);
  const ledger = sortedUpdates(commitment);
  const stage = [...ledger].reverse().find((u) => u.stage)?.stage;
  const progress = [...ledger].reverse().find((u) => u.progress !== undefined)?.progress;
  const sources = latest.sourceIds.map((id) => sourcesById.get(id)).filter((s): s is Source => s !== undefined);
  const sector = dataset.sectors.find((s) => s.id === commitment.sector);
  return [
    textCell(commitment.id),
    textCell(commitment.title[lang]),
    textCell(sector ? sector.name[lang] : commitment.sector),
    textCell(t(`kind.${commitment.kind}`)),
    textCell(vocabularyLabel('status', latest.status, lang)),
    textCell(stage ? vocabularyLabel('stage', stage, lang) : null),
    progress === undefined ? null : { value: progress, type: Number },
    textCell(latest.date, TEXT),
    textCell(latest.note[lang]),
    textCell(sources.map((s) => `${s.publisher}《${s.title}》${s.date ? ` ${s.date}` : ''}`).join('\n') || null),
    textCell(
      sources
        .map((s) => s.url)
        .filter(Boolean)
        .join('\n') || null,
    ),
    textCell(commitment.plan?.due ?? null, TEXT),
    textCell(detailUrl(commitment.id)),
  ];
}

/**
 * The cards shown, as a workbook: one row per card on the first sheet, in the
 * order shown; then their ledgers in the template's format (ready to extend
 * and send back for import), the guide and the lists.
 */
export function cardsWorkbook(
  commitments: readonly Commitment[],
  dataset: Dataset,
  lang: Lang,
  detailUrl: (id: string) => string,
): SheetSpec[] {
  const sourcesById = new Map(dataset.sources.map((s) => [s.id, s]));
  const lists = listsSheet(dataset, lang);
  const cards: SheetSpec = {
    sheet: SHEETS.cards,
    data: [CARD_HEADERS.map(header), ...commitments.map((c) => cardRow(c, dataset, sourcesById, lang, detailUrl))],
    columns: [34, 40, 14, 12, 10, 12, 10, 14, 60, 50, 50, 12, 50].map((width) => ({ width })),
    stickyRowsCount: 1,
    validations: [],
  };
  return [cards, ledgerSheet(ledgerRows(commitments, sourcesById, lang), lists.ranges), guideSheet(), lists.spec];
}
