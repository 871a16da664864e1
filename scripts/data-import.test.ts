// @vitest-environment node
import { cpSync, mkdtempSync, readdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { LEDGER_COLUMNS, SHEETS, headerText, type LedgerField } from '@/data/ledger-io/columns';
import { toCsv, type Cell } from '@/data/ledger-io/csv';
import { cardsWorkbook } from '@/data/ledger-io/cards-workbook';
import { writeWorkbook } from '@/data/ledger-io/write-xlsx';
import { parseDatasetText } from '@/data/load-dataset';
import type { Dataset } from '@/data/schema';
import { startOf, toIsoDay } from '@/lib/partial-date';
import { parseArgs, runImport } from './data-import';
import { writeFileAtomic } from './ledger-file';
import { makeTemplate } from './make-ledger-template';

/** The real dataset, copied with its source texts so the data check runs as in production. */
const addDays = (day: string, n: number) => toIsoDay(startOf(day) + n * 86_400_000);
const ASOF = (JSON.parse(readFileSync('public/data/commitments.json', 'utf8')) as Dataset).asOf;
/** New evidence in the month after the dataset's newest, checked on a "today" a month later: valid whatever the dataset holds. */
const NEW_MONTH = addDays(`${ASOF.slice(0, 7)}-01`.slice(0, 10), 40).slice(0, 7);
const NEW_DAY = `${NEW_MONTH}-15`;
const TODAY = addDays(NEW_DAY, 30);
const FUTURE = addDays(TODAY, 1);
let dir: string;
let datasetPath: string;
let original: string;
let dataset: Dataset;

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'lyct-import-'));
  cpSync('public/data', join(dir, 'data'), { recursive: true });
  datasetPath = join(dir, 'data', 'commitments.json');
  original = readFileSync(datasetPath, 'utf8');
  dataset = JSON.parse(original) as Dataset;
});

type RowInput = Partial<Record<LedgerField, Cell>>;

async function writeLedger(name: string, rows: RowInput[]): Promise<string> {
  const file = join(dir, name);
  const data = [LEDGER_COLUMNS.map(headerText), ...rows.map((r) => LEDGER_COLUMNS.map((c) => r[c.field] ?? null))];
  if (name.endsWith('.csv')) writeFileSync(file, toCsv(data));
  else {
    const cells = data.map((row) =>
      row.map((v) =>
        v === null ? null : typeof v === 'number' ? { value: v, type: Number } : { value: String(v), type: String },
      ),
    );
    const blob = await writeWorkbook([{ sheet: SHEETS.ledger, data: cells, columns: [], validations: [] }]);
    writeFileSync(file, Buffer.from(await blob.arrayBuffer()));
  }
  return file;
}

const run = (file: string, dryRun = false) => runImport({ file, datasetPath, dryRun, today: TODAY });

function newRows(): RowInput[] {
  const [a, b] = dataset.commitments;
  const base = {
    noteZh: '督查通报：主体工程完工。',
    noteEn: 'Supervision bulletin: main works finished.',
    sourceTitle: '2026年第三季度重点项目督查通报',
    sourcePublisher: '洛阳市人民政府督查室',
    sourceUrl: 'https://www.ly.gov.cn/duchatongbao/2026-q3.html',
    sourceDate: NEW_DAY,
    sourceQuality: '官方',
  };
  return [
    { ...base, commitmentId: a!.id, date: NEW_DAY, status: '推进中', progress: 80 },
    { ...base, commitmentId: b!.id, date: NEW_MONTH, status: '已完成', stage: '建成' },
  ];
}

// Each case writes and reads real workbooks; allow for a busy machine.
describe('npm run data:import', { timeout: 30_000 }, () => {
  it('adds exactly the new updates of a sample ledger, and nothing when it is imported again', async () => {
    const file = await writeLedger('ledger.xlsx', newRows());
    const first = await run(file);
    expect(first.lines.join('\n')).not.toMatch(/problem|问题/);
    expect(first.code).toBe(0);
    const after = JSON.parse(readFileSync(datasetPath, 'utf8')) as Dataset;
    const [a, b] = dataset.commitments;
    expect(after.commitments[0]!.updates).toHaveLength(a!.updates.length + 1);
    expect(after.commitments[1]!.updates).toHaveLength(b!.updates.length + 1);
    expect(after.commitments[0]!.updates.slice(0, -1)).toEqual(a!.updates);
    expect(after.commitments.slice(2)).toEqual(dataset.commitments.slice(2));
    expect(after.commitments[0]!.updates.at(-1)).toMatchObject({
      date: NEW_DAY,
      status: 'in_progress',
      progress: 80,
    });
    expect(after.commitments[1]!.updates.at(-1)).toMatchObject({
      date: NEW_MONTH,
      status: 'completed',
      stage: 'finished',
    });
    expect(after.sources).toHaveLength(dataset.sources.length + 1);
    expect(after.sources.slice(0, -1)).toEqual(dataset.sources);
    expect(after.asOf).toBe(NEW_DAY);
    expect(first.lines.join('\n')).toContain(`asOf: ${ASOF} → ${NEW_DAY}`);

    const written = readFileSync(datasetPath, 'utf8');
    const again = await run(file);
    expect(again.code).toBe(0);
    expect(again.plan?.added).toEqual([]);
    expect(again.plan?.present).toEqual([2, 3]);
    expect(readFileSync(datasetPath, 'utf8')).toBe(written);
  });

  it('reads the same ledger from a CSV file', async () => {
    const file = await writeLedger('ledger.csv', newRows());
    const outcome = await run(file);
    expect(outcome.code).toBe(0);
    expect(outcome.plan?.added).toHaveLength(2);
  });

  it('rejects a ledger with one bad row of each kind, with a message per row, and changes nothing', async () => {
    const [good] = newRows();
    const bad: [RowInput, RegExp][] = [
      [
        { commitmentId: 'not-a-commitment' },
        /台账 Ledger!A3 \[承诺编号 Commitment id\]: 承诺编号“not-a-commitment”不在数据集中.* \/ the commitment id "not-a-commitment" is not in the dataset/,
      ],
      [
        { status: '差不多了' },
        /台账 Ledger!D4 \[状态 Status\]: 状态“差不多了”不在状态表中.* \/ the status "差不多了" is not in the vocabulary/,
      ],
      [
        { date: FUTURE },
        new RegExp(
          `台账 Ledger!C5 \\[进展日期 Update date\\]: 进展日期 ${FUTURE} 晚于今天（${TODAY}） / the update date ${FUTURE} is after today`,
        ),
      ],
      [
        { date: '2023-06' },
        /台账 Ledger!C6 \[进展日期 Update date\]: 进展日期 2023-06 早于报告日期 2024-01-28 \/ the update date 2023-06 is before the report/,
      ],
      [
        { progress: 150 },
        /台账 Ledger!F7 \[进度\(%\) Progress \(%\)\]: 进度“150”不是 0–100 之间的数字 \/ the progress "150" is not a number from 0 to 100/,
      ],
      [
        { sourceUrl: 'ftp://files.ly.gov.cn/a.pdf' },
        /台账 Ledger!K8 \[来源链接 Source URL\]: 来源链接“ftp:\/\/files.ly.gov.cn\/a.pdf”不是以 http:\/\/ 或 https:\/\/ 开头的网址 \/ the source URL .* is not an http:\/\/ or https:\/\/ address/,
      ],
      [
        { sourceUrl: '', sourceTitle: '' },
        /台账 Ledger!K9 \[来源链接 Source URL\]: 没有来源：请填写来源链接或来源标题 \/ no source: give the source URL or the source title/,
      ],
    ];
    const file = await writeLedger('bad.xlsx', [good!, ...bad.map(([change]) => ({ ...good, ...change }))]);
    const outcome = await run(file);
    expect(outcome.code).toBe(1);
    const problemLines = outcome.lines.filter((line) => line.startsWith('台账 Ledger!'));
    expect(problemLines).toHaveLength(bad.length);
    bad.forEach(([, pattern], i) => expect(problemLines[i]).toMatch(pattern));
    expect(outcome.lines.at(-1)).toMatch(/7 个问题，未做任何修改 \/ 7 problem\(s\), nothing changed/);
    expect(readFileSync(datasetPath, 'utf8')).toBe(original);
  });

  it('re-imports the generated template, as .xlsx and as .csv, without change', async () => {
    const template = await makeTemplate(original);
    const xlsx = join(dir, 'ledger-template.xlsx');
    const csv = join(dir, 'ledger-template.csv');
    writeFileSync(xlsx, template.xlsx);
    writeFileSync(csv, template.csv);
    for (const file of [xlsx, csv]) {
      const outcome = await run(file);
      expect(outcome.code).toBe(0);
      expect(outcome.plan?.added).toEqual([]);
      expect(outcome.plan?.present).toHaveLength(template.rows);
      expect(readFileSync(datasetPath, 'utf8')).toBe(original);
    }
  });

  it('re-imports the cards download without change, reading its ledger sheet rather than the first', async () => {
    const { dataset: parsed } = parseDatasetText(original);
    const shown = parsed.commitments.filter((c) => c.sector === 'transport');
    const blob = await writeWorkbook(
      cardsWorkbook(shown, parsed, 'en', (id) => `https://example.org/commitments/${id}`),
    );
    const file = join(dir, 'cards.xlsx');
    writeFileSync(file, Buffer.from(await blob.arrayBuffer()));
    const outcome = await run(file);
    expect(outcome.code).toBe(0);
    expect(outcome.plan?.added).toEqual([]);
    expect(outcome.plan?.present.length).toBe(
      shown.reduce((n, c) => n + c.updates.reduce((m, u) => m + u.sourceIds.length, 0), 0),
    );
    expect(readFileSync(datasetPath, 'utf8')).toBe(original);
  });

  it('only reports with --dry-run', async () => {
    const outcome = await run(await writeLedger('ledger.xlsx', newRows()), true);
    expect(outcome.code).toBe(0);
    expect(outcome.plan?.added).toHaveLength(2);
    expect(outcome.lines.at(-1)).toMatch(/试运行.*dry run/);
    expect(readFileSync(datasetPath, 'utf8')).toBe(original);
  });

  it('refuses to write a result that fails the data check', async () => {
    const broken = JSON.parse(original) as Record<string, unknown>;
    (broken.commitments as Record<string, unknown>[])[5]!.ownr = 'typo the app would silently ignore';
    writeFileSync(datasetPath, `${JSON.stringify(broken, null, 2)}\n`);
    const before = readFileSync(datasetPath, 'utf8');
    const outcome = await run(await writeLedger('ledger.xlsx', newRows()));
    expect(outcome.code).toBe(1);
    expect(outcome.lines.join('\n')).toMatch(/\$\.commitments\[5\]\.ownr/);
    expect(outcome.lines.at(-1)).toMatch(/未通过 data:check，未写入 \/ the result fails data:check; nothing written/);
    expect(readFileSync(datasetPath, 'utf8')).toBe(before);
  });
});

describe('data:import keeps the dataset whole', { timeout: 30_000 }, () => {
  const bytesOf = () => readFileSync(datasetPath);
  async function refused(name: string, bytes: Uint8Array | string, message: RegExp) {
    const before = bytesOf();
    const file = join(dir, name);
    writeFileSync(file, bytes);
    const outcome = await run(file);
    expect(outcome.code).toBe(1);
    expect(outcome.lines.at(-1)).toMatch(message);
    expect(outcome.lines.at(-1)).toMatch(/未做任何修改 \/ .*nothing changed/);
    expect(bytesOf().equals(before)).toBe(true);
    expect(readdirSync(join(dir, 'data')).filter((f) => f.endsWith('.tmp'))).toEqual([]);
  }
  const workbookBytes = async () => {
    await writeLedger('whole.xlsx', newRows());
    return readFileSync(join(dir, 'whole.xlsx'));
  };

  it('an empty workbook or CSV file', async () => {
    await refused('empty.xlsx', '', /文件是空的.*the file is empty/);
    await refused('empty.csv', '\uFEFF \r\n', /文件是空的.*the file is empty/);
  });

  it('a damaged (truncated) workbook', async () => {
    const whole = await workbookBytes();
    await refused(
      'damaged.xlsx',
      whole.subarray(0, Math.floor(whole.length / 2)),
      /工作簿已损坏.*the workbook is damaged/,
    );
  });

  it('a password-protected workbook (an encrypted package, not a zip)', async () => {
    const cfb = Buffer.alloc(4096);
    Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]).copy(cfb);
    Buffer.from('EncryptedPackage', 'utf16le').copy(cfb, 1024);
    await refused('locked.xlsx', cfb, /受密码保护.*password-protected/);
  });

  it('a file of the wrong kind: a PDF named .xlsx, a workbook named .csv', async () => {
    await refused('report.xlsx', '%PDF-1.4\n%âãÏÓ\n1 0 obj', /不是 Excel 工作簿.*not an Excel workbook/);
    await refused('ledger.csv', await workbookBytes(), /不是 CSV 文本.*not CSV text/);
  });

  it('a workbook that is not a ledger', async () => {
    const before = bytesOf();
    const file = join(dir, 'budget.xlsx');
    const blob = await writeWorkbook([
      {
        sheet: 'Budget',
        data: [[{ value: 'Item', type: String }], [{ value: 'Paper', type: String }]],
        columns: [],
        validations: [],
      },
    ]);
    writeFileSync(file, Buffer.from(await blob.arrayBuffer()));
    const outcome = await run(file);
    expect(outcome.code).toBe(1);
    expect(outcome.lines.at(-1)).toMatch(/未做任何修改 \/ .*nothing changed/);
    expect(bytesOf().equals(before)).toBe(true);
  });

  it('a write interrupted before the rename leaves the old bytes and no temporary file', () => {
    const before = bytesOf();
    expect(() =>
      writeFileAtomic(datasetPath, '{"half": ', {
        writeFileSync: (path, data) => writeFileSync(path, data),
        renameSync: () => {
          throw new Error('killed');
        },
      }),
    ).toThrow('killed');
    expect(bytesOf().equals(before)).toBe(true);
    expect(readdirSync(join(dir, 'data')).filter((f) => f.endsWith('.tmp'))).toEqual([]);
  });

  it('writes through a temporary file beside the dataset, renamed over it', async () => {
    const renames: [string, string][] = [];
    writeFileAtomic(join(dir, 'data', 'x.json'), 'new\n', {
      writeFileSync: (path, data) => writeFileSync(path, data),
      renameSync: (from, to) => {
        renames.push([from, to]);
        renameSync(from, to);
      },
    });
    expect(renames).toHaveLength(1);
    expect(renames[0]![0]).toMatch(/data\/\.x\.json\.\d+\.\d+\.tmp$/);
    expect(readFileSync(join(dir, 'data', 'x.json'), 'utf8')).toBe('new\n');
    const outcome = await run(await writeLedger('ledger.xlsx', newRows()));
    expect(outcome.code).toBe(0);
    expect(readdirSync(join(dir, 'data')).filter((f) => f.endsWith('.tmp'))).toEqual([]);
  });
});

describe('data:import arguments', () => {
  it('explains a wrong call instead of guessing', () => {
    expect(parseArgs([], {})).toMatch(/^usage:/);
    expect(parseArgs(['ledger.xls'], {})).toMatch(/only .xlsx and .csv/);
    expect(parseArgs(['a.xlsx', '--today', '2026-13-01'], {})).toMatch(/--today/);
    expect(parseArgs(['a.xlsx', '--force'], {})).toMatch(/unknown option --force/);
    expect(parseArgs(['a.xlsx', '--dry-run', '--dataset', 'x.json'], {})).toMatchObject({ dryRun: true });
    expect(parseArgs(['a.xlsx'], {})).toMatchObject({ dryRun: false });
  });

  it('still does a dry run when npm swallowed --dry-run (npm run data:import file --dry-run)', () => {
    expect(parseArgs(['a.xlsx'], { npm_config_dry_run: 'true' })).toMatchObject({ dryRun: true });
    expect(parseArgs(['a.xlsx'], { npm_config_dataset: 'x/data.json' })).toMatchObject({
      datasetPath: expect.stringMatching(/x\/data\.json$/) as unknown,
    });
    expect(parseArgs(['a.xlsx', 'x.json'], { npm_config_dataset: 'true' })).toMatch(/put -- before the file/);
  });
});
