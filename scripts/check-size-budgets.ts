/**
 * `npm run size`: checks the production build against the size bars of
 * QUALITY.md (exact sizes, no browser) and runs the ES2020 syntax check.
 * Reads `dist/` (or LYCT_OUT_DIR, or the first argument); run it after a build.
 * Exits 1 with a message per bar that is over.
 */
import { checkEs2020, readBuildOutput } from './bench/build-output';
import { evaluateBudgets, formatBudgetTable } from './bench/size-budgets';

const outDir = process.argv[2] ?? process.env.LYCT_OUT_DIR ?? 'dist';

try {
  const build = readBuildOutput(outDir);
  const result = evaluateBudgets(build.report, build.sizes, build.cssTexts);
  const jsFiles = [...build.sizes.keys()].filter((f) => /\.m?js$/.test(f));
  const syntax = checkEs2020(outDir, jsFiles);
  console.log(`Size budgets of ${outDir}/\n`);
  console.log(formatBudgetTable(result));
  console.log(`\nES2020 syntax check (es-check) of ${syntax.files} JS files: ${syntax.ok ? 'ok' : 'FAILED'}`);
  const failures = [...result.failures];
  if (!syntax.ok)
    failures.push(
      `ES2020 syntax check failed (is build.target still ['chrome87', 'es2020'] in vite.config.ts?):\n${syntax.output}`,
    );
  if (failures.length > 0) {
    console.error(`\n${failures.length} size budget(s) not met:\n${failures.map((f) => `  ✗ ${f}`).join('\n')}`);
    console.error('\nWhere the bytes go: npm run bench (BENCHMARKS.md, "Bundle composition").');
    process.exitCode = 1;
  } else {
    console.log('\nAll size budgets met.');
  }
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
}
