import { NOT_MET_NOTES } from './notes';
import { BARS, type BenchResults } from './results';
import { kb } from './size-budgets';

const MET = 'met';
const NOT_MET = '**not met**';
const verdict = (ok: boolean) => (ok ? MET : NOT_MET);

function table(header: readonly string[], rows: readonly (readonly (string | number)[])[]): string {
  const line = (cells: readonly (string | number)[]) =>
    `| ${cells.map((c) => String(c).replace(/\|/g, '\\|')).join(' | ')} |`;
  return [line(header), line(header.map(() => '---')), ...rows.map(line)].join('\n');
}

const ms = (value: number) => (Number.isFinite(value) ? `${Math.round(value)} ms` : '—');
const s = (value: number) => (Number.isFinite(value) ? `${(value / 1000).toFixed(2)} s` : '—');

function machineSection(r: BenchResults): string {
  const m = r.machine;
  const busy = Math.max(m.loadStart, m.loadEnd ?? 0) > m.cores;
  return [
    table(
      ['', ''],
      [
        ['date', m.date],
        ['CPU', m.cpu],
        ['cores', m.cores],
        ['RAM', `${m.ramGb} GB`],
        ['OS', m.os],
        ['Node', m.node],
        ['Chromium', m.chromium],
        ['load average (1 min) at start / end', `${m.loadStart} / ${m.loadEnd ?? '—'}`],
        ['duration of the run', `${Math.round(r.durationS)} s`],
      ],
    ),
    busy ? `\n> ${NOT_MET_NOTES['machine-busy']}` : '',
  ].join('\n');
}

function sizeSection(r: BenchResults): string {
  const { sizes } = r;
  const budgetRows = sizes.budgets.map((row) => [
    row.what,
    row.unit === 'count' ? String(row.value) : `${kb(row.value)}${row.unit === 'gzip' ? ' gzip' : ''}`,
    row.unit === 'count'
      ? row.id === 'chartsOffCards'
        ? 'chart chunks on /commitments: 0'
        : 'blocking @font-face: 0'
      : `≤ ${kb(row.limit)}`,
    verdict(row.ok),
    row.detail,
  ]);
  budgetRows.push([
    'built JS passes an ES2020 syntax check (es-check)',
    `${sizes.es2020.files} files`,
    'no error',
    verdict(sizes.es2020.ok),
    'build.target chrome87 + es2020',
  ]);
  const notes = sizes.budgets
    .filter((row) => !row.ok && NOT_MET_NOTES[row.id])
    .map((row) => `- **${row.what}**: ${NOT_MET_NOTES[row.id]}`);

  const staticRoutes = table(
    ['route', 'JS raw', 'JS gzip', 'CSS gzip', 'chunks', 'chart code'],
    sizes.staticRoutes.map((route) => [
      route.path,
      kb(route.jsRaw),
      kb(route.jsGzip),
      kb(route.cssGzip),
      route.js.length,
      route.loadsCharts ? 'yes' : 'no',
    ]),
  );
  const loads = table(
    ['route', 'URL', 'JS files', 'JS raw', 'JS gzip', 'CSS raw', 'CSS gzip', 'fonts', 'font bytes'],
    r.routeLoads.map((load) => [
      load.route,
      load.url,
      load.js.count,
      kb(load.js.raw),
      kb(load.js.gzip),
      kb(load.css.raw),
      kb(load.css.gzip),
      load.font.count,
      kb(load.font.raw),
    ]),
  );
  const totals = table(
    ['all of dist/', 'raw', 'gzip'],
    [
      ['JS', kb(sizes.totals.jsRaw), kb(sizes.totals.jsGzip)],
      ['CSS', kb(sizes.totals.cssRaw), kb(sizes.totals.cssGzip)],
      ['fonts', kb(sizes.totals.fontBytes), '(woff: already compressed)'],
    ],
  );
  const compositionTable = (rows: BenchResults['sizes']['commitmentsComposition']) => {
    const total = rows.reduce((sum, row) => sum + row.gzip, 0);
    return table(
      ['part', 'gzip (estimate)', 'share'],
      rows
        .filter((row) => row.gzip >= 100)
        .map((row) => [row.part, kb(row.gzip), `${Math.round((row.gzip / total) * 100)} %`]),
    );
  };
  return [
    '### Budgets (checked in `npm test` by `npm run size`)',
    '',
    'Exact sizes of the production build; 1 KB = 1,000 bytes; gzip = zlib level 9 of each file.',
    '',
    table(['what', 'measured', 'bar (QUALITY.md)', 'result', 'detail'], budgetRows),
    notes.length ? `\n${notes.join('\n')}` : '',
    '',
    '### JS and CSS each route needs before it renders (from the build)',
    '',
    'The entry chunk, the chunk that holds the route, and their static imports (lazy chunks a page asks for later, such as the charts of `/` or the virtualised list of a long result, are not counted here; the next table has them).',
    '',
    staticRoutes,
    '',
    '### What each route loaded in Chromium',
    '',
    'Each route opened in a fresh context (empty cache) with the bundled dataset, until the network was idle: every JS, CSS and font response, gzip computed from the body.',
    '',
    loads,
    '',
    totals,
    '',
    '### Where the bytes of /commitments go',
    '',
    'Share of each package or folder in the gzip size of the chunks `/commitments` needs (an estimate: gzip works on whole files, so each part gets the share its unminified bytes have in its chunk).',
    '',
    compositionTable(sizes.commitmentsComposition),
    '',
    '### Where the bytes of the chart code go',
    '',
    compositionTable(sizes.chartComposition),
  ].join('\n');
}

function lighthouseSection(r: BenchResults): string {
  const rows: (string | number)[][] = [];
  const notes: string[] = [];
  for (const result of r.lighthouse) {
    if (result.runs.length === 0) {
      rows.push([
        result.route,
        result.preset,
        `not measured: ${result.failedAudits[0] ?? ''}`,
        '—',
        '—',
        '—',
        '—',
        '—',
        '—',
        '—',
        '—',
      ]);
      continue;
    }
    const m = result.median;
    if (result.preset === 'mobile') {
      const b = BARS.mobile;
      const checks = [
        m.performance >= b.performance,
        m.accessibility >= b.accessibility,
        m.bestPractices >= b.bestPractices,
        m.seo >= b.seo,
        m.lcpMs <= b.lcpMs,
        m.tbtMs <= b.tbtMs,
        m.cls <= b.cls,
      ];
      rows.push([
        result.route,
        'mobile',
        `${m.performance} (≥ ${b.performance})`,
        `${m.accessibility} (100)`,
        `${m.bestPractices} (100)`,
        `${m.seo} (100)`,
        `${s(m.lcpMs)} (≤ 1.5 s)`,
        `${ms(m.tbtMs)} (≤ 100 ms)`,
        `${m.cls} (≤ 0.02)`,
        s(m.fcpMs),
        verdict(checks.every(Boolean)),
      ]);
      if (!checks.every(Boolean))
        notes.push(`- ${result.route} mobile, middle run: ${result.failedAudits.join('; ') || '—'}`);
    } else {
      const b = BARS.desktop;
      const checks = [
        m.performance >= 100,
        m.accessibility >= 100,
        m.bestPractices >= 100,
        m.seo >= 100,
        m.lcpMs <= b.lcpMs,
      ];
      rows.push([
        result.route,
        'desktop',
        `${m.performance} (100)`,
        `${m.accessibility} (100)`,
        `${m.bestPractices} (100)`,
        `${m.seo} (100)`,
        `${s(m.lcpMs)} (≤ 0.5 s)`,
        ms(m.tbtMs),
        String(m.cls),
        s(m.fcpMs),
        verdict(checks.every(Boolean)),
      ]);
      if (!checks.every(Boolean))
        notes.push(`- ${result.route} desktop, middle run: ${result.failedAudits.join('; ') || '—'}`);
    }
  }
  const clsOver = r.lighthouse.some((x) => x.median.cls > BARS.mobile.cls);
  const lcpOver = r.lighthouse.some(
    (x) => x.median.lcpMs > (x.preset === 'mobile' ? BARS.mobile.lcpMs : BARS.desktop.lcpMs),
  );
  if (clsOver) notes.push(`- **CLS**: ${NOT_MET_NOTES['lighthouse-cls']}`);
  if (lcpOver) notes.push(`- **LCP**: ${NOT_MET_NOTES['lighthouse-lcp']}`);
  const runs = r.lighthouse.map(
    (result) =>
      `- ${result.route} ${result.preset}: performance ${result.runs.map((x) => x.performance).join(', ')}; LCP ${result.runs.map((x) => ms(x.lcpMs)).join(', ')}; TBT ${result.runs.map((x) => ms(x.tbtMs)).join(', ')}`,
  );
  return [
    "Lighthouse 12.8.2 (Node API) against `vite preview` of the production build, each run in a fresh headless Chromium; mobile = Lighthouse's default config (simulated slow 4G and 4x CPU), desktop = its desktop config. Median of each figure over three runs; the bar is in brackets.",
    '',
    table(
      [
        'route',
        'preset',
        'performance',
        'accessibility',
        'best practices',
        'SEO',
        'LCP',
        'TBT',
        'CLS',
        'FCP',
        'result',
      ],
      rows,
    ),
    '',
    'Every run:',
    '',
    ...runs,
    notes.length ? `\nWhy not met:\n\n${notes.join('\n')}` : '',
  ].join('\n');
}

function filteringSection(r: BenchResults): string {
  const b = BARS.filtering;
  let timeNotMet = false;
  let domNotMet = false;
  const rows = r.filtering.map((f) => {
    if (f.error)
      return [f.size.toLocaleString('en'), `${f.cpuSlowdown}x`, `not measured: ${f.error}`, '—', '—', '—', '—', '—'];
    const timed = f.size === b.size && f.cpuSlowdown === b.cpuSlowdown;
    const timeOk = f.medianSelectMs <= b.ms && f.medianClearMs <= b.ms;
    const domOk = f.maxDomNodes <= b.domNodes;
    if (timed && !timeOk) timeNotMet = true;
    if (!domOk) domNotMet = true;
    return [
      f.size.toLocaleString('en'),
      `${f.cpuSlowdown}x`,
      `${ms(f.medianSelectMs)} (→ ${f.shownAfterSelect} shown)`,
      ms(f.medianClearMs),
      ms(f.medianSelectCountMs),
      timed ? `≤ ${b.ms} ms: ${verdict(timeOk)}` : '—',
      `${f.maxDomNodes} (≤ ${b.domNodes}: ${verdict(domOk)})`,
      `${f.selectMs.map(Math.round).join(', ')} / ${f.clearMs.map(Math.round).join(', ')}`,
    ];
  });
  const notes = [
    timeNotMet ? `- **time**: ${NOT_MET_NOTES['filtering-time']}` : '',
    domNotMet ? `- **DOM nodes**: ${NOT_MET_NOTES['filtering-dom']}` : '',
  ].filter(Boolean);
  return [
    '`/commitments` with generated commitments (`makeLargeDataset(n)` from scripts/large-dataset.ts) served in place of `data/commitments.json`; CPU slowed down through CDP (`Emulation.setCPUThrottlingRate`) after the page has loaded. A click on the first sector checkbox of "领域" narrows the list, a second click clears it. Time = in-page `performance.now()` from the click event to the first animation frame after the last DOM change of the update (the count "显示 N 项，共 M 项" changed and the list stopped changing for two frames); "count" = click to the moment the count changed. DOM nodes = most `document.getElementsByTagName(\'*\').length` seen from the first byte to the last click. Median of five clicks each way.',
    '',
    table(
      [
        'commitments',
        'CPU',
        'narrow (median)',
        'clear (median)',
        'count changed (narrow)',
        'bar',
        'DOM nodes, max',
        'every click: narrow / clear (ms)',
      ],
      rows,
    ),
    notes.length ? `\nWhy not met:\n\n${notes.join('\n')}` : '',
  ].join('\n');
}

function exportSection(r: BenchResults): string {
  const rows = r.export.map((e) => {
    const bar = BARS.export[e.cpuSlowdown] ?? Number.NaN;
    if (!e.measured) return [`${e.cpuSlowdown}x`, 'not measured yet', '—', `≤ ${ms(bar)}`, '—', e.reason];
    return [
      `${e.cpuSlowdown}x`,
      `${ms(e.medianColdMs)}: ${verdict(e.medianColdMs <= bar)}`,
      `${ms(e.medianWarmMs)}: ${verdict(e.medianWarmMs <= bar)}`,
      `≤ ${ms(bar)}`,
      `${e.coldMs.map(Math.round).join(', ')} / ${e.warmMs.map(Math.round).join(', ')}`,
      `chart "${e.chart}"`,
    ];
  });
  const missing = r.export.some((e) => !e.measured);
  const slow = r.export.some(
    (e) => e.measured && e.medianColdMs > (BARS.export[e.cpuSlowdown] ?? Number.POSITIVE_INFINITY),
  );
  return [
    'PNG export (2x) of the first chart on `/` with an export menu: in-page `performance.now()` from the click on "PNG 图片（2 倍清晰度）" to the moment the PNG is handed to the browser (an `image/png` Blob made into an object URL, or a `.png` download link clicked). "First" is the first export after the page loaded (it loads the export code and the font); "again" a second export of the same chart. Five page loads, median.',
    '',
    table(['CPU', 'first export (median)', 'again (median)', 'bar', 'every round: first / again (ms)', 'note'], rows),
    missing ? `\n${NOT_MET_NOTES['export-missing']}` : '',
    slow ? `\nWhy not met: ${NOT_MET_NOTES['export-time']}` : '',
  ].join('\n');
}

/** BENCHMARKS.md: the machine, then a table per section with the bar of QUALITY.md and met / not met beside each figure. */
export function renderMarkdown(r: BenchResults): string {
  return [
    '# Benchmarks',
    '',
    'Generated by `npm run bench` (scripts/bench.ts); do not edit by hand: run it again. The same figures are in `benchmarks.json`. Method: docs/decisions (benchmark method). Times vary with the machine and its load; sizes are exact.',
    '',
    '## Machine',
    '',
    machineSection(r),
    '',
    '## 1. Size',
    '',
    sizeSection(r),
    '',
    '## 2. Lighthouse',
    '',
    lighthouseSection(r),
    '',
    '## 3. Filtering',
    '',
    filteringSection(r),
    '',
    '## 4. Chart export',
    '',
    exportSection(r),
    '',
  ].join('\n');
}
