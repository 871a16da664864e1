import { describe, expect, it } from 'vitest';
import { buildBundleReport, packageOf, type BundleReport, type ReportChunk } from './bundle-report-plugin';
import { composition } from './composition';
import { median } from './stats';
import {
  BUDGETS,
  blockingFontFaces,
  evaluateBudgets,
  formatBudgetTable,
  staticClosure,
  type FileSize,
} from './size-budgets';

function chunk(file: string, extra: Partial<ReportChunk> = {}): ReportChunk {
  return {
    file,
    name: file.replace(/^assets\/|-.*$/g, ''),
    isEntry: false,
    isDynamicEntry: false,
    imports: [],
    dynamicImports: [],
    css: [],
    packages: [],
    sources: [],
    renderedBytes: {},
    ...extra,
  };
}

/** A build shaped like the app's: entry with the cards route, lazy detail route, lazy charts with recharts. */
function app(overrides: { entryGzip?: number; chartsOnEntry?: boolean; chartGzip?: number } = {}) {
  const report: BundleReport = {
    version: 1,
    chunks: [
      chunk('assets/index.js', {
        isEntry: true,
        imports: ['assets/react.js', ...(overrides.chartsOnEntry ? ['assets/charts.js'] : [])],
        dynamicImports: ['assets/detail.js', 'assets/charts.js'],
        css: ['assets/index.css'],
        packages: ['react-dom'],
        sources: ['src/app/main.tsx', 'src/app/routes/home.tsx', 'src/app/routes/commitments.tsx'],
        renderedBytes: { 'react-dom': 900, 'src/app/main.tsx': 100 },
      }),
      chunk('assets/react.js', { packages: ['react'], renderedBytes: { react: 100 } }),
      chunk('assets/detail.js', {
        isDynamicEntry: true,
        imports: ['assets/index.js', 'assets/react.js', 'assets/shared.js'],
        css: ['assets/detail.css'],
        sources: ['src/app/routes/commitment-detail.tsx'],
      }),
      chunk('assets/shared.js', { sources: ['src/lib/format.ts'] }),
      chunk('assets/charts.js', {
        isDynamicEntry: true,
        imports: ['assets/react.js', 'assets/d3.js'],
        packages: ['recharts', 'd3-shape'],
        sources: ['src/features/charts/components/overview-charts.tsx'],
      }),
      chunk('assets/d3.js', { packages: ['d3-scale'] }),
      chunk('assets/source.js', {
        isDynamicEntry: true,
        imports: ['assets/index.js'],
        sources: ['src/app/routes/source.tsx'],
      }),
    ],
  };
  const sizes = new Map<string, FileSize>([
    ['assets/index.js', { raw: 300_000, gzip: overrides.entryGzip ?? 100_000 }],
    ['assets/react.js', { raw: 9_000, gzip: 3_000 }],
    ['assets/detail.js', { raw: 9_000, gzip: 2_500 }],
    ['assets/shared.js', { raw: 1_000, gzip: 500 }],
    ['assets/charts.js', { raw: 400_000, gzip: overrides.chartGzip ?? 120_000 }],
    ['assets/d3.js', { raw: 40_000, gzip: 10_000 }],
    ['assets/source.js', { raw: 4_000, gzip: 1_500 }],
    ['config.js', { raw: 300, gzip: 200 }],
    ['assets/index.css', { raw: 10_000, gzip: 3_000 }],
    ['assets/detail.css', { raw: 3_000, gzip: 1_000 }],
    ['fonts/app.woff', { raw: 200_000, gzip: 199_000 }],
  ]);
  const css = new Map([
    ['assets/index.css', '@font-face{font-family:A;src:url(/fonts/app.woff);font-display:swap}body{margin:0}'],
  ]);
  return { report, sizes, css };
}

describe('packageOf', () => {
  it('names the npm package of a module id, scoped or not, and nothing for project files', () => {
    expect(packageOf('/w/node_modules/react-dom/cjs/react-dom.production.js')).toBe('react-dom');
    expect(packageOf('/w/node_modules/@tanstack/query-core/build/modern/index.js')).toBe('@tanstack/query-core');
    expect(packageOf('/w/node_modules/.pnpm/x/node_modules/recharts/es6/index.js')).toBe('recharts');
    expect(packageOf('C:\\w\\node_modules\\d3-scale\\src\\linear.js')).toBe('d3-scale');
    expect(packageOf('/w/src/app/main.tsx')).toBeUndefined();
  });
});

describe('buildBundleReport', () => {
  it('lists packages, project files, CSS and rendered bytes per chunk', () => {
    const report = buildBundleReport(
      [
        {
          type: 'chunk',
          fileName: 'assets/index-x.js',
          name: 'index',
          isEntry: true,
          isDynamicEntry: false,
          imports: ['assets/jsx-y.js'],
          dynamicImports: [],
          moduleIds: [
            '/w/node_modules/react-dom/a.js',
            '/w/node_modules/react-dom/b.js',
            '/w/src/app/main.tsx',
            '\0vite/preload-helper.js',
          ],
          modules: {
            '/w/node_modules/react-dom/a.js': { renderedLength: 10 },
            '/w/node_modules/react-dom/b.js': { renderedLength: 5 },
            '/w/src/app/main.tsx': { renderedLength: 3 },
            '\0vite/preload-helper.js': { renderedLength: 2 },
          },
          viteMetadata: { importedCss: new Set(['assets/index-z.css']) },
        },
      ],
      '/w',
    );
    expect(report.chunks[0]).toMatchObject({
      packages: ['react-dom'],
      sources: ['src/app/main.tsx'],
      css: ['assets/index-z.css'],
      renderedBytes: { 'react-dom': 15, 'src/app/main.tsx': 3, '(bundler runtime)': 2 },
    });
  });
});

describe('staticClosure', () => {
  it('follows static imports only, once each, through cycles', () => {
    const { report } = app();
    expect(staticClosure(report, ['assets/detail.js']).sort()).toEqual(
      ['assets/detail.js', 'assets/index.js', 'assets/react.js', 'assets/shared.js'].sort(),
    );
  });
});

describe('evaluateBudgets', () => {
  it('passes a build within every bar and sizes each route from its static graph', () => {
    const { report, sizes, css } = app();
    const result = evaluateBudgets(report, sizes, css);
    expect(result.failures).toEqual([]);
    const cards = result.routes.find((r) => r.path === '/commitments')!;
    expect(cards.jsGzip).toBe(103_000);
    expect(cards.cssGzip).toBe(3_000);
    expect(cards.loadsCharts).toBe(false);
    const detail = result.routes.find((r) => r.path === '/commitments/:id')!;
    expect(detail.jsGzip).toBe(106_000);
    expect(detail.cssGzip).toBe(4_000);
    // The optional /changes route is absent from this build and is not an error.
    expect(result.routes.map((r) => r.path)).not.toContain('/changes');
    // Chart code: the recharts chunk and what only it brings (d3), not React, which the cards page has already.
    expect(result.chartJs.files.sort()).toEqual(['assets/charts.js', 'assets/d3.js']);
    expect(result.chartJs.gzip).toBe(130_000);
    expect(result.totals.jsGzip).toBe(100_000 + 3_000 + 2_500 + 500 + 120_000 + 10_000 + 1_500 + 200);
    expect(result.totals.fontBytes).toBe(200_000);
  });

  it('fails when /commitments needs more than 130 KB gzip, saying by how much', () => {
    const { report, sizes, css } = app({ entryGzip: 128_000 });
    const result = evaluateBudgets(report, sizes, css);
    expect(result.rows.find((r) => r.id === 'commitmentsJsGzip')).toMatchObject({ value: 131_000, ok: false });
    expect(result.failures).toHaveLength(1);
    expect(result.failures[0]).toMatch(
      /JS needed to show \/commitments: 131\.0 KB gzip is over the bar of 130\.0 KB by 1\.0 KB/,
    );
  });

  it('passes at exactly the bar', () => {
    const { report, sizes, css } = app({ entryGzip: BUDGETS.commitmentsJsGzip - 3_000 });
    expect(evaluateBudgets(report, sizes, css).failures).toEqual([]);
  });

  it('fails when the cards page loads chart code statically', () => {
    const { report, sizes, css } = app({ chartsOnEntry: true });
    const result = evaluateBudgets(report, sizes, css);
    expect(result.rows.find((r) => r.id === 'chartsOffCards')).toMatchObject({ ok: false, value: 1 });
    expect(result.failures.join('\n')).toMatch(
      /chart code kept off \/commitments: \/commitments loads assets\/charts\.js/,
    );
  });

  it('fails when the chart code is over 140 KB gzip', () => {
    const { report, sizes, css } = app({ chartGzip: 131_000 });
    const result = evaluateBudgets(report, sizes, css);
    expect(result.rows.find((r) => r.id === 'chartJsGzip')).toMatchObject({ value: 141_000, ok: false });
  });

  it('fails on all JS, CSS and font totals over their bars', () => {
    const { report, sizes, css } = app();
    // A chunk the home page can load on demand counts towards that page's JS.
    report.chunks.push(chunk('assets/big.js', { isDynamicEntry: true, sources: ['src/features/export/adapter/x.ts'] }));
    report.chunks.find((c) => c.file === 'assets/charts.js')!.dynamicImports.push('assets/big.js');
    sizes.set('assets/big.js', { raw: 1, gzip: 200_000 });
    sizes.set('assets/big.css', { raw: 1, gzip: 18_000 });
    sizes.set('fonts/bold.woff2', { raw: 200_001, gzip: 1 });
    const ids = evaluateBudgets(report, sizes, css)
      .rows.filter((r) => !r.ok)
      .map((r) => r.id);
    expect(ids).toEqual(['allJsGzip', 'cssGzip', 'fontBytes']);
  });

  it('does not count another page, or a file no page loads, towards a page', () => {
    const { report, sizes, css } = app();
    sizes.set('assets/orphan.js', { raw: 1, gzip: 500_000 });
    const row = evaluateBudgets(report, sizes, css).rows.find((r) => r.id === 'allJsGzip');
    expect(row?.ok).toBe(true);
    expect(row?.detail).toMatch(/the whole build: 9 files, 737.7 KB gzip/);
  });

  it('fails when a route module is in no chunk, unless the route is optional', () => {
    const { report, sizes, css } = app();
    report.chunks = report.chunks.filter((c) => c.file !== 'assets/source.js');
    expect(evaluateBudgets(report, sizes, css).failures.join('\n')).toMatch(
      /route \/sources\/:id: no chunk of the build holds src\/app\/routes\/source\.tsx/,
    );
  });

  it('prints a table with every budget and its result', () => {
    const { report, sizes, css } = app({ entryGzip: 140_000 });
    const text = formatBudgetTable(evaluateBudgets(report, sizes, css));
    expect(text).toMatch(/JS needed to show \/commitments\s+143\.0 KB gz\s+≤ 130\.0 KB\s+OVER/);
    expect(text).toMatch(/all CSS\s+4\.0 KB gz\s+≤ 20\.0 KB\s+ok/);
  });
});

describe('blockingFontFaces', () => {
  it('accepts swap, optional and fallback and reports block, auto or a missing font-display', () => {
    expect(
      blockingFontFaces('@font-face{font-family:A;font-display:swap}@font-face{font-family:B;font-display: optional}'),
    ).toEqual([]);
    expect(
      blockingFontFaces('@font-face{font-family:C;font-display:block}@font-face{font-family:D}a{b:c}'),
    ).toHaveLength(2);
  });
});

describe('composition', () => {
  it('shares out each chunk’s gzip size by the parts’ rendered bytes', () => {
    const { report, sizes } = app();
    const rows = composition(report, sizes, ['assets/index.js', 'assets/react.js']);
    expect(rows).toEqual([
      { part: 'react-dom', gzip: 90_000, chunks: ['assets/index.js'] },
      { part: 'src/app/main.tsx', gzip: 10_000, chunks: ['assets/index.js'] },
      { part: 'react', gzip: 3_000, chunks: ['assets/react.js'] },
    ]);
  });
});

describe('median', () => {
  it('takes the middle value, or the mean of the two middle values, ignoring NaN', () => {
    expect(median([5, 1, 3])).toBe(3);
    expect(median([4, 1, 3, 2])).toBe(2.5);
    expect(median([Number.NaN, 2])).toBe(2);
    expect(median([])).toBeNaN();
  });
});
