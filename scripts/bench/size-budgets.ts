import type { BundleReport, ReportChunk } from './bundle-report-plugin';

/**
 * The size bars of QUALITY.md, in bytes. 1 KB = 1,000 bytes, as Vite prints
 * sizes (the stricter reading of "KB"); gzip is zlib level 9 of each file.
 */
export const BUDGETS = {
  commitmentsJsGzip: 130_000,
  chartJsGzip: 140_000,
  allJsGzip: 300_000,
  cssGzip: 20_000,
  fontBytes: 400_000,
} as const;

/** The routes of the app and the module that renders each (lazy or not, the report says which chunk holds it). */
export const ROUTES: readonly { path: string; module: string; optional?: boolean }[] = [
  { path: '/', module: 'src/app/routes/home.tsx' },
  { path: '/commitments', module: 'src/app/routes/commitments.tsx' },
  { path: '/commitments/:id', module: 'src/app/routes/commitment-detail.tsx' },
  { path: '/sources/:id', module: 'src/app/routes/source.tsx' },
  { path: '/changes', module: 'src/app/routes/changes.tsx', optional: true },
  { path: '/about', module: 'src/app/routes/about.tsx', optional: true },
];

/** The npm package whose presence marks a chunk as chart code. */
export const CHART_PACKAGE = 'recharts';

export interface FileSize {
  raw: number;
  gzip: number;
}

/** Sizes of the files of the build, by path relative to the output directory. */
export type SizeTable = ReadonlyMap<string, FileSize>;

export interface RouteBytes {
  path: string;
  /** JS chunks loaded before the route can render (static imports only), in load order. */
  js: string[];
  css: string[];
  jsRaw: number;
  jsGzip: number;
  cssRaw: number;
  cssGzip: number;
  /** Whether this route's static graph holds chart code. */
  loadsCharts: boolean;
}

export interface BudgetRow {
  id: keyof typeof BUDGETS | 'chartsOffCards' | 'fontDisplay';
  what: string;
  /** Measured bytes, or for yes/no checks the number of offending items. */
  value: number;
  limit: number;
  unit: 'gzip' | 'bytes' | 'count';
  ok: boolean;
  detail: string;
}

export interface BudgetResult {
  routes: RouteBytes[];
  chartChunks: string[];
  chartJs: { files: string[]; raw: number; gzip: number };
  totals: { jsRaw: number; jsGzip: number; cssRaw: number; cssGzip: number; fontBytes: number; fontFiles: string[] };
  rows: BudgetRow[];
  /** One line per budget that is over, empty when all pass. */
  failures: string[];
}

const isJs = (file: string) => file.endsWith('.js') || file.endsWith('.mjs');
const isCss = (file: string) => file.endsWith('.css');
const isFont = (file: string) => /\.(woff2?|ttf|otf|eot)$/i.test(file);

/**
 * Every chunk a page can ever load: its static graph plus every chunk it can
 * import on demand (export, spreadsheet, virtual list, English messages...),
 * without stepping into another page's chunk.
 */
export function pageClosure(report: BundleReport, start: readonly string[], otherPages: ReadonlySet<string>): string[] {
  const byFile = new Map(report.chunks.map((chunk) => [chunk.file, chunk]));
  const seen = new Set<string>();
  const visit = (file: string) => {
    if (seen.has(file) || otherPages.has(file)) return;
    seen.add(file);
    const chunk = byFile.get(file);
    for (const next of [...(chunk?.imports ?? []), ...(chunk?.dynamicImports ?? [])]) visit(next);
  };
  for (const file of start) visit(file);
  return [...seen];
}

/** Every chunk reachable from `start` through static imports, `start` included, depth first in import order. */
export function staticClosure(report: BundleReport, start: readonly string[]): string[] {
  const byFile = new Map(report.chunks.map((chunk) => [chunk.file, chunk]));
  const seen = new Set<string>();
  const visit = (file: string) => {
    if (seen.has(file)) return;
    seen.add(file);
    for (const next of byFile.get(file)?.imports ?? []) visit(next);
  };
  for (const file of start) visit(file);
  return [...seen];
}

function sum(files: readonly string[], sizes: SizeTable, key: keyof FileSize): number {
  return files.reduce((total, file) => total + (sizes.get(file)?.[key] ?? 0), 0);
}

function cssOf(report: BundleReport, chunks: readonly string[]): string[] {
  const byFile = new Map(report.chunks.map((chunk) => [chunk.file, chunk]));
  return [...new Set(chunks.flatMap((file) => byFile.get(file)?.css ?? []))];
}

/** The chunk that holds a source module, if any. */
export function chunkOf(report: BundleReport, module: string): ReportChunk | undefined {
  return report.chunks.find((chunk) => chunk.sources.includes(module));
}

/** The JS and CSS a route needs before it can render: the entry's static graph plus the route's own chunk and its static graph. */
export function routeBytes(
  report: BundleReport,
  sizes: SizeTable,
  route: { path: string; module: string },
  chartChunks: ReadonlySet<string>,
): RouteBytes | undefined {
  const entries = report.chunks.filter((chunk) => chunk.isEntry).map((chunk) => chunk.file);
  const own = chunkOf(report, route.module);
  if (!own) return undefined;
  const js = staticClosure(report, [...entries, own.file]);
  const css = cssOf(report, js);
  return {
    path: route.path,
    js,
    css,
    jsRaw: sum(js, sizes, 'raw'),
    jsGzip: sum(js, sizes, 'gzip'),
    cssRaw: sum(css, sizes, 'raw'),
    cssGzip: sum(css, sizes, 'gzip'),
    loadsCharts: js.some((file) => chartChunks.has(file)),
  };
}

/** `@font-face` rules without a font-display that lets text paint before the font arrives. */
export function blockingFontFaces(css: string): string[] {
  const faces = css.match(/@font-face\s*\{[^}]*\}/g) ?? [];
  return faces.filter((face) => !/font-display\s*:\s*(swap|optional|fallback)\b/.test(face));
}

export const kb = (bytes: number) => `${(bytes / 1000).toFixed(1)} KB`;

/**
 * Checks the build against the size bars of QUALITY.md.
 * `cssTexts` are the contents of the CSS files, for the font-display check.
 */
export function evaluateBudgets(
  report: BundleReport,
  sizes: SizeTable,
  cssTexts: ReadonlyMap<string, string>,
): BudgetResult {
  const chartChunks = new Set(report.chunks.filter((c) => c.packages.includes(CHART_PACKAGE)).map((c) => c.file));
  const failures: string[] = [];
  const routes: RouteBytes[] = [];
  for (const route of ROUTES) {
    const bytes = routeBytes(report, sizes, route, chartChunks);
    if (bytes) routes.push(bytes);
    else if (!route.optional)
      failures.push(
        `route ${route.path}: no chunk of the build holds ${route.module} (update ROUTES in scripts/bench/size-budgets.ts)`,
      );
  }
  const cards = routes.find((route) => route.path === '/commitments');

  // "All JS" (QUALITY.md: the sum of the chunks a page loads): the heaviest page,
  // counting everything it can load on demand too. The whole build is reported beside it.
  const entries = report.chunks.filter((chunk) => chunk.isEntry).map((chunk) => chunk.file);
  const pageChunks = new Map(
    ROUTES.flatMap((route) => {
      const own = chunkOf(report, route.module);
      return own ? [[route.path, own.file] as const] : [];
    }),
  );
  const entrySet = new Set(entries);
  const heaviest = [...pageChunks]
    .map(([path, own]) => {
      const others = new Set([...pageChunks.values()].filter((file) => file !== own && !entrySet.has(file)));
      const files = pageClosure(report, [...entries, own], others).filter(isJs);
      return { path, files, gzip: sum(files, sizes, 'gzip') };
    })
    .sort((a, b) => b.gzip - a.gzip)[0];

  const allFiles = [...sizes.keys()];
  const jsFiles = allFiles.filter(isJs);
  const cssFiles = allFiles.filter(isCss);
  const fontFiles = allFiles.filter(isFont);
  const totals = {
    jsRaw: sum(jsFiles, sizes, 'raw'),
    jsGzip: sum(jsFiles, sizes, 'gzip'),
    cssRaw: sum(cssFiles, sizes, 'raw'),
    cssGzip: sum(cssFiles, sizes, 'gzip'),
    fontBytes: sum(fontFiles, sizes, 'raw'),
    fontFiles,
  };

  // Chart code: the chunks holding recharts and whatever they alone bring in (not what the cards page has already).
  const cardsSet = new Set(cards?.js ?? []);
  const chartFiles = staticClosure(report, [...chartChunks]).filter((file) => !cardsSet.has(file));
  const chartJs = { files: chartFiles, raw: sum(chartFiles, sizes, 'raw'), gzip: sum(chartFiles, sizes, 'gzip') };
  const chartsOnCards = [...chartChunks].filter((file) => cardsSet.has(file));

  const blocking = [...cssTexts].flatMap(([file, text]) =>
    blockingFontFaces(text).map((face) => `${file}: ${face.slice(0, 80)}`),
  );

  const rows: BudgetRow[] = [
    {
      id: 'commitmentsJsGzip',
      what: 'JS needed to show /commitments',
      value: cards?.jsGzip ?? 0,
      limit: BUDGETS.commitmentsJsGzip,
      unit: 'gzip',
      ok: !!cards && cards.jsGzip <= BUDGETS.commitmentsJsGzip,
      detail: cards
        ? `${cards.js.length} chunks: ${cards.js.map((f) => f.replace(/^assets\//, '')).join(', ')}`
        : 'route not found',
    },
    {
      id: 'chartsOffCards',
      what: 'chart code kept off /commitments',
      value: chartsOnCards.length,
      limit: 0,
      unit: 'count',
      ok: chartsOnCards.length === 0,
      detail:
        chartChunks.size === 0
          ? `no chunk holds ${CHART_PACKAGE}`
          : chartsOnCards.length === 0
            ? `${CHART_PACKAGE} in ${[...chartChunks].join(', ')}; routes loading it: ${
                routes
                  .filter((r) => r.loadsCharts)
                  .map((r) => r.path)
                  .join(', ') || 'none (lazy)'
              }`
            : `/commitments loads ${chartsOnCards.join(', ')}`,
    },
    {
      id: 'chartJsGzip',
      what: 'chart code',
      value: chartJs.gzip,
      limit: BUDGETS.chartJsGzip,
      unit: 'gzip',
      ok: chartJs.gzip <= BUDGETS.chartJsGzip,
      detail: chartFiles.map((f) => f.replace(/^assets\//, '')).join(', ') || '—',
    },
    {
      id: 'allJsGzip',
      what: `all JS of a page (heaviest: ${heaviest?.path ?? '?'})`,
      value: heaviest?.gzip ?? 0,
      limit: BUDGETS.allJsGzip,
      unit: 'gzip',
      ok: !!heaviest && heaviest.gzip <= BUDGETS.allJsGzip,
      detail: `${heaviest?.files.length ?? 0} files, on-demand chunks included; the whole build: ${jsFiles.length} files, ${kb(totals.jsGzip)} gzip`,
    },
    {
      id: 'cssGzip',
      what: 'all CSS',
      value: totals.cssGzip,
      limit: BUDGETS.cssGzip,
      unit: 'gzip',
      ok: totals.cssGzip <= BUDGETS.cssGzip,
      detail: `${cssFiles.length} files`,
    },
    {
      id: 'fontBytes',
      what: 'fonts (dist size)',
      value: totals.fontBytes,
      limit: BUDGETS.fontBytes,
      unit: 'bytes',
      ok: totals.fontBytes <= BUDGETS.fontBytes,
      detail: fontFiles.join(', ') || 'no font files',
    },
    {
      id: 'fontDisplay',
      what: '@font-face never blocks first paint',
      value: blocking.length,
      limit: 0,
      unit: 'count',
      ok: blocking.length === 0,
      detail:
        blocking.length === 0 ? 'every @font-face has font-display swap, optional or fallback' : blocking.join('; '),
    },
  ];

  for (const row of rows) {
    if (row.ok) continue;
    if (row.unit === 'count') failures.push(`${row.what}: ${row.detail}`);
    else
      failures.push(
        `${row.what}: ${kb(row.value)} ${row.unit === 'gzip' ? 'gzip ' : ''}is over the bar of ${kb(row.limit)} by ${kb(row.value - row.limit)} (${row.detail})`,
      );
  }
  return { routes, chartChunks: [...chartChunks], chartJs, totals, rows, failures };
}

/** A fixed-width text table. */
export function textTable(header: readonly string[], body: readonly (readonly string[])[]): string {
  const widths = header.map((h, i) => Math.max(h.length, ...body.map((row) => (row[i] ?? '').length)));
  const line = (cells: readonly string[]) =>
    cells
      .map((cell, i) => cell.padEnd(widths[i] ?? 0))
      .join('  ')
      .trimEnd();
  return [line(header), line(widths.map((w) => '-'.repeat(w))), ...body.map(line)].join('\n');
}

export function formatBudgetTable(result: BudgetResult): string {
  const routes = textTable(
    ['route', 'JS raw', 'JS gzip', 'CSS gzip', 'chunks', 'charts'],
    result.routes.map((r) => [
      r.path,
      kb(r.jsRaw),
      kb(r.jsGzip),
      kb(r.cssGzip),
      String(r.js.length),
      r.loadsCharts ? 'yes' : 'no',
    ]),
  );
  const budgets = textTable(
    ['budget', 'measured', 'bar', 'result'],
    result.rows.map((row) => [
      row.what,
      row.unit === 'count' ? String(row.value) : `${kb(row.value)}${row.unit === 'gzip' ? ' gz' : ''}`,
      row.unit === 'count' ? '0' : `≤ ${kb(row.limit)}`,
      row.ok ? 'ok' : 'OVER',
    ]),
  );
  return `Static size of each route (entry + route chunk + their static imports; lazy chunks loaded later are not counted):\n${routes}\n\nBudgets (QUALITY.md; 1 KB = 1,000 bytes, gzip level 9):\n${budgets}`;
}
