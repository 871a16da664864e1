/**
 * `npm run bench`: builds the production app (npm run build) into .dist-bench/, serves it with
 * `vite preview` on port 4414, and measures in one run on this machine:
 *   1. JS, CSS and font bytes per route (from the build, and as loaded in Chromium),
 *   2. Lighthouse 12 mobile and desktop on / and /commitments (median of 3),
 *   3. filtering latency with 1,000 and 10,000 generated commitments, at 1x and 4x CPU,
 *   4. chart PNG export time at 1x and 4x CPU (median of 5).
 * Writes BENCHMARKS.md and benchmarks.json (committed) and .bench/ (raw, ignored).
 *
 * Options (for working on the benchmark itself; a partial run writes only .bench/partial.json):
 *   --only=size,routes,lighthouse,filtering,export   run some sections
 *   --skip-build                                     reuse .dist-bench/
 * Environment: LYCT_BENCH_PORT (default 4414), LYCT_CHROMIUM (default /usr/bin/chromium).
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { chromium } from '@playwright/test';
import { format, resolveConfig } from 'prettier';
import { checkEs2020, readBuildOutput } from './bench/build-output';
import { CHROMIUM_FLAGS, findChromium } from './bench/chromium';
import { composition } from './bench/composition';
import { measureExport, type ExportResult } from './bench/export-timing';
import { failedFiltering, measureFiltering, type FilteringResult } from './bench/filtering';
import { measureLighthouse, type LighthouseResult, type Preset } from './bench/lighthouse';
import { currentLoad, describeMachine } from './bench/machine';
import { renderMarkdown } from './bench/markdown';
import { startPreview } from './bench/preview-server';
import type { BenchResults } from './bench/results';
import { measureRouteLoad, type RouteLoad } from './bench/route-bytes';
import { evaluateBudgets } from './bench/size-budgets';

const OUT_DIR = '.dist-bench';
const PORT = Number(process.env.LYCT_BENCH_PORT ?? 4414);
const SECTIONS = ['size', 'routes', 'lighthouse', 'filtering', 'export'] as const;
type Section = (typeof SECTIONS)[number];

const LIGHTHOUSE_ROUTES = ['/', '/commitments'];
const PRESETS: Preset[] = ['mobile', 'desktop'];
const LIGHTHOUSE_RUNS = 3;
const FILTER_SIZES = [1_000, 10_000];
const SLOWDOWNS = [1, 4];
const FILTER_REPEATS = 5;
const EXPORT_ROUNDS = 5;

function parseArgs(argv: string[]) {
  let only: Section[] = [...SECTIONS];
  let skipBuild = false;
  for (const arg of argv) {
    if (arg.startsWith('--only=')) {
      const names = arg.slice('--only='.length).split(',');
      const unknown = names.filter((n) => !(SECTIONS as readonly string[]).includes(n));
      if (unknown.length) throw new Error(`Unknown section(s) ${unknown.join(', ')}; known: ${SECTIONS.join(', ')}`);
      only = names as Section[];
    } else if (arg === '--skip-build') skipBuild = true;
    else throw new Error(`Unknown option ${arg}`);
  }
  return { only, skipBuild, full: only.length === SECTIONS.length };
}

const log = (line: string) => console.log(line);

/** The production build exactly as `npm run build` makes it (type check, generated files, font subset, vite build), into OUT_DIR. */
function build() {
  log(`Building the production app into ${OUT_DIR}/ (npm run build) …`);
  const started = Date.now();
  const result = spawnSync('npm', ['run', '--silent', 'build'], {
    stdio: ['ignore', 'inherit', 'inherit'],
    env: { ...process.env, LYCT_OUT_DIR: OUT_DIR },
  });
  if (result.status !== 0) throw new Error('npm run build failed');
  log(`  built in ${((Date.now() - started) / 1000).toFixed(1)} s`);
}

/** Real ids for the detail routes, from the bundled dataset. */
function routePaths(routesInBuild: string[]): { route: string; path: string }[] {
  const dataset = JSON.parse(readFileSync(path.join(OUT_DIR, 'data/commitments.json'), 'utf8')) as {
    commitments: { id: string }[];
    sources: { id: string }[];
  };
  const paths: { route: string; path: string }[] = [];
  for (const route of routesInBuild) {
    if (route === '/commitments/:id') {
      const id = dataset.commitments[0]?.id;
      if (id) paths.push({ route, path: `/commitments/${encodeURIComponent(id)}` });
    } else if (route === '/sources/:id') {
      const id = dataset.sources[0]?.id;
      if (id) paths.push({ route, path: `/sources/${encodeURIComponent(id)}` });
    } else paths.push({ route, path: route });
  }
  return paths;
}

async function main() {
  const { only, skipBuild, full } = parseArgs(process.argv.slice(2));
  const started = Date.now();
  const chromePath = findChromium();
  const machine = describeMachine(chromePath);
  log(
    `Benchmark on ${machine.cpu}, ${machine.cores} cores, ${machine.ramGb} GB, Node ${machine.node}, ${machine.chromium}; load ${machine.loadStart}`,
  );
  if (machine.loadStart > machine.cores)
    log(
      `  note: the machine is busy (load ${machine.loadStart} on ${machine.cores} cores); times will be longer than on a quiet machine.`,
    );
  if (!skipBuild) build();

  const output = readBuildOutput(OUT_DIR);
  const budgets = evaluateBudgets(output.report, output.sizes, output.cssTexts);
  const jsFiles = [...output.sizes.keys()].filter((f) => /\.m?js$/.test(f));
  const es2020 = only.includes('size') ? checkEs2020(OUT_DIR, jsFiles) : { ok: false, files: 0, output: 'not run' };
  const cards = budgets.routes.find((r) => r.path === '/commitments');
  const sizes: BenchResults['sizes'] = {
    budgets: budgets.rows,
    staticRoutes: budgets.routes,
    chartJs: budgets.chartJs,
    totals: budgets.totals,
    es2020: { ok: es2020.ok, files: es2020.files },
    commitmentsComposition: composition(output.report, output.sizes, cards?.js ?? []),
    chartComposition: composition(output.report, output.sizes, budgets.chartJs.files),
  };
  if (only.includes('size')) {
    for (const row of budgets.rows)
      log(
        `  size: ${row.what}: ${row.unit === 'count' ? row.value : `${(row.value / 1000).toFixed(1)} KB`} ${row.ok ? 'ok' : 'OVER'}`,
      );
    log(`  size: ES2020 syntax ${es2020.ok ? 'ok' : `FAILED\n${es2020.output}`}`);
  }

  const routeLoads: RouteLoad[] = [];
  const lighthouse: LighthouseResult[] = [];
  const filtering: FilteringResult[] = [];
  const exports: ExportResult[] = [];

  const server = await startPreview(OUT_DIR, PORT);
  log(`Serving ${OUT_DIR}/ at ${server.origin}`);
  try {
    if (only.includes('lighthouse')) {
      // First, while no other browser of ours is running.
      for (const route of LIGHTHOUSE_ROUTES) {
        for (const preset of PRESETS) {
          lighthouse.push(await measureLighthouse(chromePath, server.origin, route, preset, LIGHTHOUSE_RUNS, log));
        }
      }
    }
    if (only.some((s) => s === 'routes' || s === 'filtering' || s === 'export')) {
      const browser = await chromium.launch({ executablePath: chromePath, args: CHROMIUM_FLAGS });
      try {
        if (only.includes('routes')) {
          for (const { route, path: url } of routePaths(budgets.routes.map((r) => r.path))) {
            const load = await measureRouteLoad(browser, server.origin, route, url);
            log(
              `  route ${url}: JS ${(load.js.gzip / 1000).toFixed(1)} KB gzip in ${load.js.count} files, CSS ${(load.css.gzip / 1000).toFixed(1)} KB, fonts ${(load.font.raw / 1000).toFixed(1)} KB`,
            );
            routeLoads.push(load);
          }
        }
        if (only.includes('filtering')) {
          for (const size of FILTER_SIZES) {
            for (const rate of SLOWDOWNS) {
              const result = await measureFiltering(browser, server.origin, size, rate, FILTER_REPEATS).catch(
                (error: unknown) => failedFiltering(size, rate, error),
              );
              if (result.error) log(`  filtering ${size} at ${rate}x: FAILED (${result.error})`);
              else
                log(
                  `  filtering ${size} at ${rate}x: narrow ${result.medianSelectMs} ms, clear ${result.medianClearMs} ms, DOM max ${result.maxDomNodes}`,
                );
              filtering.push(result);
            }
          }
        }
        if (only.includes('export')) {
          for (const rate of SLOWDOWNS) {
            const result = await measureExport(browser, server.origin, rate, EXPORT_ROUNDS).catch(
              (error: unknown): ExportResult => ({
                measured: false,
                cpuSlowdown: rate,
                reason: `the measurement failed: ${error instanceof Error ? error.message.split('\n')[0] : String(error)}`,
              }),
            );
            log(
              result.measured
                ? `  export at ${rate}x: first ${result.medianColdMs} ms, again ${result.medianWarmMs} ms`
                : `  export at ${rate}x: not measured (${result.reason})`,
            );
            exports.push(result);
          }
        }
      } finally {
        await browser.close();
      }
    }
  } finally {
    await server.stop();
  }

  machine.loadEnd = currentLoad();
  const results: BenchResults = {
    generatedBy: 'npm run bench',
    machine,
    durationS: Math.round((Date.now() - started) / 1000),
    sizes,
    routeLoads,
    lighthouse,
    filtering,
    export: exports,
  };
  mkdirSync('.bench', { recursive: true });
  if (full) {
    // Written as Prettier would, so that `npm run format:check` stays clean after a run.
    for (const [file, text] of [
      ['benchmarks.json', JSON.stringify(results, null, 2)],
      ['BENCHMARKS.md', renderMarkdown(results)],
    ] as const) {
      writeFileSync(file, await format(text, { ...(await resolveConfig(file)), filepath: file }));
    }
    writeFileSync(path.join('.bench', `run-${machine.date.replace(/[:.]/g, '-')}.json`), JSON.stringify(results));
    log(`\nWrote BENCHMARKS.md and benchmarks.json in ${results.durationS} s.`);
  } else {
    writeFileSync(path.join('.bench', 'partial.json'), `${JSON.stringify(results, null, 2)}\n`);
    writeFileSync(path.join('.bench', 'partial.md'), renderMarkdown(results));
    log(
      `\nPartial run (${only.join(', ')}): wrote .bench/partial.json and .bench/partial.md; BENCHMARKS.md is left as it was.`,
    );
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? (error.stack ?? error.message) : error);
  process.exitCode = 1;
});
