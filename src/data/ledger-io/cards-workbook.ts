import type { Cell } from 'write-excel-file/universal';
import { latestUpdate, sortedUpdates } from '@/data/ledger';
import type { Commitment, Dataset, Source } from '@/data/schema';
import type { Lang } from '@/i18n/messages';
import { en } from '@/i18n/en';
import { translateWith } from '@/i18n/translate';
import { zh } from '@/i18n/zh';
import { SHEETS } from './columns';
import { guideSheet } from './guide-sheet';
import { vocabularyLabel } from './labels';
import { ledgerRows } from './ledger-rows';
import { TEXT, header, textCell, type SheetSpec } from './sheet-cells';
import { ledgerSheet, listsSheet } from './workbook';

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
  const t = translateWith(lang === 'en' ? en : zh);
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
