/**
 * `npm run data:import <file.xlsx|file.csv> [--dry-run] [--dataset path] [--today YYYY-MM-DD]`:
 * checks every row of a ledger (台账) and, when nothing is wrong, appends the
 * new updates and sources to the dataset, moves `asOf`, runs the data check on
 * the result and writes it. The logic is in src/data/ledger-io (pure, tested);
 * this file reads, prints and writes.
 */
import { readFileSync } from 'node:fs';
import { basename, dirname, relative, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { checkDataset, sourceTextPaths } from '@/data/check-dataset';
import { vocabularyLabel } from '@/data/ledger-io/labels';
import { planImport, type ImportPlan } from '@/data/ledger-io/plan-import';
import { formatProblem } from '@/data/ledger-io/problems';
import type { SheetGrid } from '@/data/ledger-io/read-ledger-sheet';
import { isPartialDate } from '@/lib/partial-date';
import { todayIso } from '@/lib/today';
import { LedgerFileError, readLedgerFile, writeFileAtomic } from './ledger-file';

export interface ImportOptions {
  file: string;
  datasetPath: string;
  dryRun: boolean;
  /** `YYYY-MM-DD`; nothing may be dated after it. */
  today: string;
}

export interface ImportOutcome {
  /** 0: imported or nothing to import; 1: problems, nothing written. */
  code: number;
  lines: string[];
  plan: ImportPlan | undefined;
}

function sourceTexts(json: unknown, datasetPath: string): Record<string, string> {
  const texts: Record<string, string> = {};
  for (const { sourceId, textPath } of sourceTextPaths(json)) {
    try {
      texts[sourceId] = readFileSync(resolve(dirname(datasetPath), textPath), 'utf8');
    } catch {
      // data:check reports the missing text as a problem of the dataset
    }
  }
  return texts;
}

function describeChanges(plan: ImportPlan): string[] {
  const lines: string[] = [];
  for (const added of plan.added) {
    const u = added.update;
    const from = added.previousStatus ? vocabularyLabel('status', added.previousStatus, 'zh') : '（无）';
    const to = vocabularyLabel('status', u.status, 'zh');
    lines.push(
      `+ ${added.commitmentId} ${added.commitmentTitle?.zh ?? ''} | ${u.date} | ${from} → ${to} (${added.previousStatus ?? '-'} → ${u.status}) | 来源 sources: ${u.sourceIds.join(', ')} | 行 rows ${added.rows.join(', ')}`,
    );
  }
  for (const source of plan.newSources) {
    lines.push(
      `+ 新来源 new source ${source.id}: ${source.publisher}《${source.title}》 ${source.date ?? ''} ${source.quality} ${source.url ?? ''}`,
    );
  }
  if (plan.asOf.after !== plan.asOf.before) lines.push(`数据截至 asOf: ${plan.asOf.before} → ${plan.asOf.after}`);
  return lines;
}

export async function runImport(options: ImportOptions): Promise<ImportOutcome> {
  const lines: string[] = [];
  const datasetText = readFileSync(options.datasetPath, 'utf8');
  const name = basename(options.file);
  let grid: SheetGrid;
  try {
    grid = await readLedgerFile(options.file);
  } catch (error) {
    if (!(error instanceof LedgerFileError)) throw error;
    lines.push(`data:import: ${name}：${error.zh}，未做任何修改 / ${name}: ${error.en}; nothing changed`);
    return { code: 1, lines, plan: undefined };
  }
  const plan = planImport(datasetText, grid, options.today);
  if (plan.problems.length > 0) {
    lines.push(...plan.problems.map(formatProblem));
    lines.push(
      `data:import: ${name} 有 ${plan.problems.length} 个问题，未做任何修改 / ${plan.problems.length} problem(s), nothing changed`,
    );
    return { code: 1, lines, plan };
  }
  lines.push(
    `data:import: ${name}（${grid.sheet}）读取 ${plan.rowCount} 行：${plan.present.length} 行已在数据集中，新增 ${plan.added.length} 条进展、${plan.newSources.length} 个来源 / ${plan.rowCount} rows read: ${plan.present.length} already in the dataset, ${plan.added.length} updates and ${plan.newSources.length} sources added`,
  );
  lines.push(...describeChanges(plan));
  if (plan.added.length === 0) return { code: 0, lines, plan };

  const problems = checkDataset(plan.json, {
    sourceTexts: sourceTexts(plan.json, options.datasetPath),
    today: options.today,
  });
  if (problems.length > 0) {
    lines.push(...problems.map((p) => `${p.path}: ${p.message}`));
    lines.push(`data:import: 导入后的数据未通过 data:check，未写入 / the result fails data:check; nothing written`);
    return { code: 1, lines, plan };
  }
  const shown = relative(process.cwd(), options.datasetPath) || options.datasetPath;
  if (options.dryRun) {
    lines.push(`data:import: 试运行，未写入 ${shown} / dry run: ${shown} not written`);
    return { code: 0, lines, plan };
  }
  writeFileAtomic(options.datasetPath, `${JSON.stringify(plan.json, null, 2)}\n`);
  lines.push(`data:import: 已写入 ${shown} / wrote ${shown}`);
  return { code: 0, lines, plan };
}

/**
 * Reads the command line. `npm run data:import file --dry-run` (without `--`)
 * makes npm take `--dry-run` for itself and hide it from the script; npm then
 * sets `npm_config_dry_run`, which counts too, so a dry run never writes by accident.
 */
export function parseArgs(
  argv: readonly string[],
  env: Record<string, string | undefined> = process.env,
): ImportOptions | string {
  let file: string | undefined;
  let datasetPath =
    env.npm_config_dataset && env.npm_config_dataset !== 'true'
      ? env.npm_config_dataset
      : 'public/data/commitments.json';
  let today = env.npm_config_today && env.npm_config_today !== 'true' ? env.npm_config_today : todayIso();
  let dryRun = env.npm_config_dry_run === 'true';
  if (env.npm_config_dataset === 'true' || env.npm_config_today === 'true') {
    return 'npm took --dataset or --today for itself: put -- before the file, e.g. npm run data:import -- ledger.xlsx --dataset path';
  }
  for (let i = 0; i < argv.length; i += 1) {
    const arg = argv[i]!;
    if (arg === '--') continue;
    if (arg === '--dry-run') dryRun = true;
    else if (arg === '--dataset') datasetPath = argv[++i] ?? '';
    else if (arg === '--today') today = argv[++i] ?? '';
    else if (arg.startsWith('--')) return `unknown option ${arg}`;
    else if (file === undefined) file = arg;
    else return `more than one file given: ${file}, ${arg}`;
  }
  if (!file)
    return 'usage: npm run data:import -- <file.xlsx|file.csv> [--dry-run] [--dataset path] [--today YYYY-MM-DD]';
  if (!/\.(xlsx|csv)$/i.test(file)) return `${file}: only .xlsx and .csv ledgers can be imported`;
  if (!datasetPath) return '--dataset needs a path';
  if (today.length !== 10 || !isPartialDate(today)) return `--today needs a date as YYYY-MM-DD, got "${today}"`;
  return { file: resolve(file), datasetPath: resolve(datasetPath), dryRun, today };
}

async function main(): Promise<void> {
  const options = parseArgs(process.argv.slice(2));
  if (typeof options === 'string') {
    console.error(options);
    process.exitCode = 2;
    return;
  }
  try {
    const outcome = await runImport(options);
    for (const line of outcome.lines) console.log(line);
    process.exitCode = outcome.code;
  } catch (error) {
    console.error(`data:import: ${error instanceof Error ? error.message : String(error)}`);
    process.exitCode = 1;
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) void main();
