import { describe, expect, it } from 'vitest';
import type { Dataset } from '@/data/schema';
import { makeCommitment, makeDataset, makeSource, makeUpdate } from '@/test/builders';
import { LEDGER_COLUMNS, headerText, type LedgerField } from './columns';
import type { Cell } from './csv';
import { ledgerRows } from './ledger-rows';
import { planImport } from './plan-import';
import type { SheetGrid } from './read-ledger-sheet';

const TODAY = '2026-03-10';

function dataset(): Dataset {
  return makeDataset({
    asOf: '2025-08-27',
    sources: [
      makeSource(),
      makeSource({
        id: 'lyd-2025-08-27-hsr',
        title: '焦济洛平高铁投资估算',
        publisher: '洛阳网',
        url: 'http://news.lyd.com.cn/system/2025/08/27/032494806.shtml',
        date: '2025-08-27',
        quality: 'media',
      }),
    ],
    commitments: [
      makeCommitment({
        updates: [
          makeUpdate({ date: '2024-01-28', status: 'not_started', sourceIds: ['article'] }),
          makeUpdate({
            date: '2025-08-27',
            status: 'delayed',
            stage: 'construction',
            sourceIds: ['lyd-2025-08-27-hsr'],
          }),
        ],
      }),
      makeCommitment({ id: 'luoyang-ethylene-1mt', title: { zh: '百万吨乙烯', en: 'Ethylene' } }),
    ],
  });
}

type RowInput = Partial<Record<LedgerField, Cell>>;

const GOOD: RowInput = {
  commitmentId: 'jiao-ji-luo-ping-hsr',
  date: '2026-02-01',
  status: '推进中',
  stage: '在建',
  progress: 30,
  noteZh: '全线进入主体施工。',
  noteEn: 'Main works under way along the whole line.',
  sourceTitle: '焦济洛平高铁全线主体施工',
  sourcePublisher: '河南日报',
  sourceUrl: 'https://www.henandaily.cn/2026/02/01/hsr.html',
  sourceDate: '2026-02-01',
  sourceQuality: '主流媒体',
};

function grid(rows: RowInput[], sheet = '台账 Ledger'): SheetGrid {
  return {
    sheet,
    rows: [LEDGER_COLUMNS.map(headerText), ...rows.map((row) => LEDGER_COLUMNS.map((c) => row[c.field] ?? null))],
  };
}

const text = (d: Dataset = dataset()) => `${JSON.stringify(d, null, 2)}\n`;

describe('planImport: new updates', () => {
  it('appends exactly the new rows, adds their source once, and moves asOf', () => {
    const second: RowInput = {
      ...GOOD,
      commitmentId: 'luoyang-ethylene-1mt',
      date: '2026-01',
      status: 'in_progress',
      stage: '',
      progress: '',
    };
    const plan = planImport(text(), grid([GOOD, second]), TODAY);
    expect(plan.problems).toEqual([]);
    expect(plan.added.map((a) => [a.commitmentId, a.update.date, a.update.status, a.rows])).toEqual([
      ['luoyang-ethylene-1mt', '2026-01', 'in_progress', [3]],
      ['jiao-ji-luo-ping-hsr', '2026-02-01', 'in_progress', [2]],
    ]);
    expect(plan.newSources).toHaveLength(1);
    expect(plan.newSources[0]).toMatchObject({
      title: '焦济洛平高铁全线主体施工',
      quality: 'media',
      date: '2026-02-01',
    });
    expect(plan.newSources[0]!.id).toMatch(/^henandaily-cn-2026-02-01-[a-z0-9]{7}$/);
    expect(plan.asOf).toEqual({ before: '2025-08-27', after: '2026-02-01' });
    const json = plan.json as Dataset;
    const hsr = json.commitments[0]!.updates;
    expect(hsr.map((u) => u.status)).toEqual(['not_started', 'delayed', 'in_progress']);
    expect(hsr[2]).toEqual({
      date: '2026-02-01',
      status: 'in_progress',
      stage: 'construction',
      progress: 30,
      note: { zh: GOOD.noteZh, en: GOOD.noteEn },
      sourceIds: [plan.newSources[0]!.id],
    });
    expect(plan.added[1]!.previousStatus).toBe('delayed');
  });

  it('never changes or reorders existing entries, and inserts an earlier entry in date order', () => {
    const before = dataset();
    const plan = planImport(text(before), grid([{ ...GOOD, date: '2025-03' }]), TODAY);
    const hsr = (plan.json as Dataset).commitments[0]!.updates;
    expect(hsr.map((u) => u.date)).toEqual(['2024-01-28', '2025-03', '2025-08-27']);
    expect(hsr[0]).toEqual(before.commitments[0]!.updates[0]);
    expect(hsr[2]).toEqual(before.commitments[0]!.updates[1]);
    expect(plan.asOf.after).toBe('2025-08-27');
    expect(plan.added[0]!.previousStatus).toBe('not_started');
  });

  it('adds nothing the second time: every row is recognised', () => {
    const first = planImport(text(), grid([GOOD]), TODAY);
    const again = planImport(`${JSON.stringify(first.json, null, 2)}\n`, grid([GOOD]), TODAY);
    expect(again.problems).toEqual([]);
    expect(again.added).toEqual([]);
    expect(again.newSources).toEqual([]);
    expect(again.present).toEqual([2]);
    expect(again.json).toEqual(first.json);
  });

  it('makes one update citing every source when rows differ only by their source', () => {
    const other: RowInput = {
      ...GOOD,
      sourceUrl: 'http://news.lyd.com.cn/system/2025/08/27/032494806.shtml',
      sourceTitle: '',
    };
    const plan = planImport(text(), grid([GOOD, other, GOOD]), TODAY);
    expect(plan.problems).toEqual([]);
    expect(plan.added).toHaveLength(1);
    expect(plan.added[0]!.update.sourceIds).toEqual([plan.newSources[0]!.id, 'lyd-2025-08-27-hsr']);
    expect(plan.added[0]!.rows).toEqual([2, 3, 4]);
  });

  it('gives the same source the same id on every run', () => {
    const a = planImport(text(), grid([GOOD]), TODAY).newSources[0]!.id;
    const b = planImport(text(), grid([{ ...GOOD, commitmentId: 'luoyang-ethylene-1mt' }]), TODAY).newSources[0]!.id;
    expect(a).toBe(b);
  });

  it('keeps the keys and values of the file it does not touch', () => {
    const raw = JSON.parse(text()) as Record<string, unknown>;
    raw.$schema = './commitments.schema.json';
    const plan = planImport(JSON.stringify(raw), grid([GOOD]), TODAY);
    expect((plan.json as Record<string, unknown>).$schema).toBe('./commitments.schema.json');
  });

  it('accepts Chinese or English labels, ids, 45%, and dates written 2026年2月 or as a spreadsheet date', () => {
    const plan = planImport(
      text(),
      grid([
        {
          ...GOOD,
          status: 'In progress',
          sourceQuality: 'media',
          stage: 'construction',
          progress: '45%',
          date: '2026年2月',
        },
        { ...GOOD, status: 'completed', date: new Date(Date.UTC(2026, 1, 3)), progress: 100 },
      ]),
      TODAY,
    );
    expect(plan.problems).toEqual([]);
    expect(plan.added.map((a) => [a.update.date, a.update.status, a.update.progress])).toEqual([
      ['2026-02', 'in_progress', 45],
      ['2026-02-03', 'completed', 100],
    ]);
  });
});

describe('planImport: bad rows', () => {
  const bad: [string, RowInput, RegExp][] = [
    [
      'unknown id',
      { commitmentId: 'no-such-thing' },
      /B?A3.*“no-such-thing”不在数据集中.*"no-such-thing" is not in the dataset/,
    ],
    ['status outside the vocabulary', { status: '基本完成' }, /D4.*状态“基本完成”不在状态表中.*not in the vocabulary/],
    ['date in the future', { date: '2026-03-11' }, /C5.*晚于今天（2026-03-10）.*after today/],
    ['date before the report', { date: '2023-12-31' }, /C6.*早于报告日期 2024-01-28.*before the report/],
    ['progress above 100', { progress: 120 }, /F7.*进度“120”不是 0–100 之间的数字.*not a number from 0 to 100/],
    ['progress as a percentage cell', { progress: 0.45 }, /F8.*像是百分比格式（45%）.*enter 45/],
    [
      'URL not http(s)',
      { sourceUrl: 'javascript:alert(1)' },
      /K9.*不是以 http:\/\/ 或 https:\/\/ 开头的网址.*not an http/,
    ],
    ['missing source', { sourceUrl: '', sourceTitle: '' }, /K10.*没有来源.*no source/],
    ['new source without date', { sourceDate: '' }, /L11.*新来源缺少来源日期.*has no date/],
    ['empty English note', { noteEn: ' ' }, /H12.*英文说明为空.*English note is empty/],
  ];

  it('reports each bad row with its sheet, cell and header, in Chinese and English, and changes nothing', () => {
    const rows = [GOOD, ...bad.map(([, change]) => ({ ...GOOD, ...change }))];
    const before = text();
    const plan = planImport(before, grid(rows), TODAY);
    expect(plan.added).toEqual([]);
    expect(plan.newSources).toEqual([]);
    expect(`${JSON.stringify(plan.json, null, 2)}\n`).toBe(before);
    expect(plan.problems).toHaveLength(bad.length);
    bad.forEach(([name, , pattern], i) => {
      const problem = plan.problems[i]!;
      expect(problem.sheet, name).toBe('台账 Ledger');
      expect(problem.row, name).toBe(i + 3);
      expect(`${problem.column}${problem.row} ${problem.header} ${problem.zh} / ${problem.en}`, name).toMatch(pattern);
    });
  });

  it('names the header of the column at fault, wherever the office moved it', () => {
    const columns = [...LEDGER_COLUMNS].reverse();
    const g: SheetGrid = {
      sheet: 'ledger.csv',
      rows: [columns.map((c) => c.en), columns.map((c) => ({ ...GOOD, status: 'done-ish' })[c.field] ?? null)],
    };
    const [problem] = planImport(text(), g, TODAY).problems;
    expect(problem).toMatchObject({ sheet: 'ledger.csv', row: 2, column: 'J', header: 'Status' });
  });

  it('refuses a sheet without a required column', () => {
    const g = grid([GOOD]);
    const rows = g.rows.map((row) => row.filter((_, i) => LEDGER_COLUMNS[i]!.field !== 'sourceUrl'));
    const plan = planImport(text(), { ...g, rows }, TODAY);
    expect(plan.problems.map((p) => p.zh)).toEqual(['表头缺少“来源链接 Source URL”列']);
  });

  it('skips empty rows and ignores the title column', () => {
    const plan = planImport(text(), grid([{}, { commitmentTitle: '随便写' }, GOOD]), TODAY);
    expect(plan.problems).toEqual([]);
    expect(plan.added[0]!.rows).toEqual([4]);
  });
});

describe('planImport: the dataset written out as a ledger', () => {
  it('re-imports without change', () => {
    const d = dataset();
    const rows = ledgerRows(d.commitments, new Map(d.sources.map((s) => [s.id, s])), 'zh');
    const plan = planImport(text(d), grid(rows), TODAY);
    expect(plan.problems).toEqual([]);
    expect(plan.added).toEqual([]);
    expect(plan.present).toHaveLength(rows.length);
  });
});
