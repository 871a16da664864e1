import type { QualityId, StageId, StatusId } from '@/data/vocabulary';

/** The explanation sheet of the workbook: how to fill the ledger, in both languages. */
export const GUIDE_INTRO: readonly { zh: string; en: string }[] = [
  {
    zh: '洛阳承诺追踪 · 进展台账（一行一条进展）',
    en: 'Luoyang Commitments Tracker · progress ledger (one row per status update)',
  },
  {
    zh: '在“台账 Ledger”表末尾新增行：每行写一条有来源的进展。已有的行不要修改或删除——导入只追加新行，已在数据集中的行会被识别并跳过。',
    en: 'Add rows at the end of the "台账 Ledger" sheet, one sourced status update per row. Do not edit or delete existing rows: the import only appends, and rows already in the dataset are recognised and skipped.',
  },
  {
    zh: '同一条进展有多个来源时，每个来源写一行，其余各列相同。没有来源的进展不能导入：状态为“待核实”也要注明依据。',
    en: 'An update with several sources takes one row per source, the other cells the same. An update without a source cannot be imported; even "unverified" needs its basis.',
  },
  {
    zh: "日期按来源给出的精度填写（2025、2025-06、2025-06-28）。Excel 会把 2025-06 自动变成日期：请保持单元格为“文本”格式，或在前面加英文单引号（'2025-06）。",
    en: "Write dates at the precision the source gives (2025, 2025-06, 2025-06-28). Excel turns 2025-06 into a full date: keep the cells formatted as Text, or type a leading apostrophe ('2025-06).",
  },
  {
    zh: '导入：npm run data:import 文件.xlsx（先加 --dry-run 只检查不写入）。每个问题都会注明工作表、行号和列。',
    en: 'Import with: npm run data:import file.xlsx (add --dry-run to check without writing). Every problem names its sheet, row and column.',
  },
];

export const STATUS_MEANING: Record<StatusId, { zh: string; en: string }> = {
  not_started: { zh: '有日期的来源表明尚未开工', en: 'a dated source says work has not begun' },
  in_progress: { zh: '正在推进，基本符合计划', en: 'work under way, on or near plan' },
  delayed: { zh: '落后于有日期的计划或错过目标年份', en: 'behind a dated plan or a missed target year' },
  completed: { zh: '已完成，且有来源说明', en: 'done, with a source saying so' },
  ongoing: { zh: '没有终点的常态化目标', en: 'a standing goal with no finish line' },
  unverified: { zh: '报告之后没有证据', en: 'no evidence since the report' },
};

export const STAGE_MEANING: Record<StageId, { zh: string; en: string }> = {
  planning: { zh: '前期工作（规划、审批）', en: 'preparatory work (planning, approvals)' },
  started: { zh: '已开工', en: 'construction started' },
  construction: { zh: '在建', en: 'under construction' },
  operation: { zh: '已投产或投用', en: 'in operation' },
  finished: { zh: '全部建成', en: 'fully finished' },
};

export const QUALITY_MEANING: Record<QualityId, { zh: string; en: string }> = {
  official: { zh: '政府及其部门、官方账号发布', en: 'published by a government body or its official account' },
  media: { zh: '主流媒体报道', en: 'a mainstream media report' },
  repost: {
    zh: '转载他人报道的网站，须注明原发布方',
    en: "a site copying someone else's report; name the original publisher",
  },
};
