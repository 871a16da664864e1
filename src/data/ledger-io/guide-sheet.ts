import type { SheetData } from 'write-excel-file/universal';
import { QUALITY_IDS, STAGE_IDS, STATUS_IDS } from '@/data/vocabulary';
import type { Lang } from '@/i18n/messages';
import { LEDGER_COLUMNS, SHEETS, headerText } from './columns';
import { GUIDE_INTRO, QUALITY_MEANING, STAGE_MEANING, STATUS_MEANING } from './guide';
import { vocabularyLabel } from './labels';
import { header, textCell, type SheetSpec } from './sheet-cells';

/** The explanation sheet: how to fill the ledger, each column, and each vocabulary, in Chinese and English. */
export function guideSheet(): SheetSpec {
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
