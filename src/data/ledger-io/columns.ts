/**
 * The ledger (台账) format: one row per status update, shared by the template,
 * the cards download and `npm run data:import`. Columns are found by their
 * header, not their position, so an office may reorder or hide columns.
 */
export const LEDGER_FIELDS = [
  'commitmentId',
  'commitmentTitle',
  'date',
  'status',
  'stage',
  'progress',
  'noteZh',
  'noteEn',
  'sourceTitle',
  'sourcePublisher',
  'sourceUrl',
  'sourceDate',
  'sourceQuality',
] as const;
export type LedgerField = (typeof LEDGER_FIELDS)[number];

export interface LedgerColumn {
  field: LedgerField;
  zh: string;
  en: string;
  /** Column width in characters, for the workbook. */
  width: number;
  /** What the explanation sheet says about the column. */
  guide: { zh: string; en: string };
}

export const SHEETS = {
  ledger: '台账 Ledger',
  guide: '说明 Guide',
  lists: '取值 Lists',
  cards: '任务清单 Commitments',
} as const;

/** The report's date: no update can describe a state before it. */
export const REPORT_DATE = '2024-01-28';

export const LEDGER_COLUMNS: readonly LedgerColumn[] = [
  {
    field: 'commitmentId',
    zh: '承诺编号',
    en: 'Commitment id',
    width: 34,
    guide: {
      zh: '必填。从下拉列表选择；编号见“取值 Lists”表。',
      en: 'Required. Pick from the drop-down; the ids are listed on the "取值 Lists" sheet.',
    },
  },
  {
    field: 'commitmentTitle',
    zh: '承诺名称（参考）',
    en: 'Commitment title (reference)',
    width: 36,
    guide: { zh: '仅供阅读，导入时不读取。', en: 'For reading only; the import ignores it.' },
  },
  {
    field: 'date',
    zh: '进展日期',
    en: 'Update date',
    width: 14,
    guide: {
      zh: '必填。证据所述情况的日期，按来源给出的精度填写：2025、2025-06 或 2025-06-28。不得早于报告日期 2024-01-28，不得晚于今天。',
      en: 'Required. The date of the state the evidence describes, at the precision the source gives: 2025, 2025-06 or 2025-06-28. Not before the report (2024-01-28), not after today.',
    },
  },
  {
    field: 'status',
    zh: '状态',
    en: 'Status',
    width: 12,
    guide: {
      zh: '必填。从下拉列表选择：未启动、推进中、滞后、已完成、持续推进、待核实。',
      en: 'Required. Pick from the drop-down: not started, in progress, delayed, completed, ongoing, unverified.',
    },
  },
  {
    field: 'stage',
    zh: '阶段',
    en: 'Stage',
    width: 12,
    guide: {
      zh: '选填，仅项目类任务：前期、开工、在建、投产、建成。',
      en: 'Optional, for projects only: planning, started, under construction, in operation, finished.',
    },
  },
  {
    field: 'progress',
    zh: '进度(%)',
    en: 'Progress (%)',
    width: 10,
    guide: {
      zh: '选填。只在来源给出完成比例时填写，0–100 的数字，不带百分号。',
      en: 'Optional. Only where the source states a share done: a number from 0 to 100, without a % sign.',
    },
  },
  {
    field: 'noteZh',
    zh: '说明（中文）',
    en: 'Note (Chinese)',
    width: 48,
    guide: {
      zh: '必填。来源说了什么，一两句话。',
      en: 'Required. What the source says, in a sentence or two, in Chinese.',
    },
  },
  {
    field: 'noteEn',
    zh: '说明（英文）',
    en: 'Note (English)',
    width: 48,
    guide: { zh: '必填。中文说明的英文译文。', en: 'Required. The same note in English.' },
  },
  {
    field: 'sourceTitle',
    zh: '来源标题',
    en: 'Source title',
    width: 40,
    guide: {
      zh: '必填（新来源）。文件或报道的标题。',
      en: 'Required for a new source. The title of the document or report.',
    },
  },
  {
    field: 'sourcePublisher',
    zh: '发布机构',
    en: 'Publisher',
    width: 18,
    guide: {
      zh: '必填（新来源）。发布单位或媒体。',
      en: 'Required for a new source. The body or outlet that published it.',
    },
  },
  {
    field: 'sourceUrl',
    zh: '来源链接',
    en: 'Source URL',
    width: 44,
    guide: {
      zh: '以 http:// 或 https:// 开头的完整网址。同一网址只登记一次来源；已有来源填网址即可。',
      en: 'A full address starting with http:// or https://. A URL is registered as a source once; for a known source the URL is enough.',
    },
  },
  {
    field: 'sourceDate',
    zh: '来源日期',
    en: 'Source date',
    width: 14,
    guide: {
      zh: '必填（新来源）。来源的发布日期，格式同进展日期，不得晚于今天。',
      en: 'Required for a new source. Its publication date, written like the update date; not after today.',
    },
  },
  {
    field: 'sourceQuality',
    zh: '来源类别',
    en: 'Source quality',
    width: 12,
    guide: {
      zh: '必填（新来源）。官方（政府及其部门）、主流媒体、转载（转发他人报道的网站）。',
      en: 'Required for a new source. Official (government bodies), mainstream media, or repost (a site copying another report).',
    },
  },
];

/** `承诺编号 Commitment id`: both languages, so one template serves every office. */
export function headerText(column: LedgerColumn): string {
  return `${column.zh} ${column.en}`;
}

function normalizeHeader(text: string): string {
  return text.normalize('NFKC').replace(/\s+/g, ' ').trim().toLowerCase();
}

/**
 * Which field a header cell names: the bilingual header, either language alone
 * or the field key all count, so a header retyped in one language still works.
 */
export function fieldOfHeader(text: string): LedgerField | undefined {
  const wanted = normalizeHeader(text);
  if (wanted === '') return undefined;
  for (const column of LEDGER_COLUMNS) {
    const names = [headerText(column), column.zh, column.en, column.field].map(normalizeHeader);
    if (names.includes(wanted)) return column.field;
  }
  return undefined;
}

export function columnOf(field: LedgerField): LedgerColumn {
  const column = LEDGER_COLUMNS.find((c) => c.field === field);
  if (!column) throw new Error(`no ledger column ${field}`);
  return column;
}

/** `0 → A`, `25 → Z`, `26 → AA`: how a spreadsheet names a column. */
export function columnLetter(index: number): string {
  let n = index + 1;
  let out = '';
  while (n > 0) {
    const rem = (n - 1) % 26;
    out = String.fromCharCode(65 + rem) + out;
    n = Math.floor((n - 1) / 26);
  }
  return out;
}
