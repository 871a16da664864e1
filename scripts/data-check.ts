/**
 * `npm run data:check [-- path]`: validates the bundled dataset (default
 * public/data/commitments.json) and the source texts it references, prints
 * every problem as `<JSON path>: <message>`, and exits 1 if there is any.
 */
import { readFileSync } from 'node:fs';
import { dirname, relative, resolve } from 'node:path';
import { checkDataset, sourceTextPaths, type Problem } from '@/data/check-dataset';
import { todayIso } from '@/lib/today';

function run(file: string): Problem[] {
  let json: unknown;
  try {
    json = JSON.parse(readFileSync(file, 'utf8').replace(/^\uFEFF/, ''));
  } catch (error) {
    return [
      {
        path: '$',
        message: `cannot read the dataset as JSON: ${error instanceof Error ? error.message : String(error)}`,
      },
    ];
  }
  const problems: Problem[] = [];
  const sourceTexts: Record<string, string> = {};
  for (const { sourceId, textPath, path } of sourceTextPaths(json)) {
    const textFile = resolve(dirname(file), textPath);
    try {
      sourceTexts[sourceId] = readFileSync(textFile, 'utf8');
    } catch (error) {
      const reason = error instanceof Error && 'code' in error ? String(error.code) : 'unreadable';
      problems.push({ path, message: `cannot read the source text ${relative(process.cwd(), textFile)} (${reason})` });
    }
  }
  return [...problems, ...checkDataset(json, { sourceTexts, today: todayIso() })];
}

const file = resolve(process.argv[2] ?? 'public/data/commitments.json');
const shown = relative(process.cwd(), file) || file;
const problems = run(file);
for (const problem of problems) console.log(`${problem.path}: ${problem.message}`);
if (problems.length > 0) {
  console.error(`data:check: ${problems.length} problem${problems.length === 1 ? '' : 's'} in ${shown}`);
  process.exitCode = 1;
} else {
  const json = JSON.parse(readFileSync(file, 'utf8').replace(/^\uFEFF/, '')) as {
    commitments: unknown[];
    sources: unknown[];
  };
  console.log(`data:check: ${shown} is valid (${json.commitments.length} commitments, ${json.sources.length} sources)`);
}
