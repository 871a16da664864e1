/**
 * Why a bar of QUALITY.md is not met, in words, printed in BENCHMARKS.md beside
 * the figures. Keyed by the row ids the report uses. These are findings from
 * measurements (bundle report, CPU profiles, layout-shift entries), written down
 * when they were made: edit them when the code changes; the figures themselves
 * are always measured afresh.
 */
export const NOT_MET_NOTES: Record<string, string> = {
  commitmentsJsGzip:
    'React 19 + react-dom (~72 KB), react-router (~14 KB in declarative mode, ~30 KB as a data router), react-query (~11 KB), the Chinese messages and zod/mini (~6 KB) are most of it (see "Where the bytes of /commitments go"). Measured savings: declarative routes instead of createBrowserRouter −16.4 KB, English messages loaded only in English −5.3 KB, the export menu off the entry chunk −1.7 KB, the zod English error locale left out −1.1 KB.',
  allJsGzip:
    'Every JS file of the build counts (the strict reading), including chunks that load only on a click or in English: the Excel writer (write-excel-file + fflate, ~20 KB, plus ~5 KB of workbook code), the chart export (~12 KB) and the English messages (~6 KB); the virtualised list (~11 KB) loads only for lists over 150 cards. Without the click-only chunks the app is ~280 KB. Under 300 KB for every file needs a smaller Excel writer (a minimal SpreadsheetML/xlsx writer is a few KB) or a hand-written list windowing, or QUALITY.md reading "all JS" as what the pages load without such clicks.',
  'filtering-time':
    'A CPU profile of one narrowing click on 10,000 commitments (1x) shows ~25 ms in the filter logic (applyFilters sorts all matches even in report order, facetCounts re-filters the 10,000 rows once per facet) and ~40–60 ms in React: each card calls useI18n, which reads the URL (useSearchParams), so every visible card and link re-renders on every filter change. At 4x that is 4 times longer. What would get under 100 ms at 4x: skip the sort in report order, count all facets in one pass, take the language from a context instead of the URL in each card, and memoise the card.',
  'filtering-dom':
    'Below VIRTUALIZE_ABOVE (150) cards the list is not virtualised, and a card is ~20 elements: a sector click that leaves 70–150 cards puts 1,500–3,000 elements in the page. A lower threshold (about 50) or fewer elements per card would keep it under 1,400.',
  'lighthouse-cls':
    'Layout shifts measured with PerformanceObserver: the footer, visible at the bottom while the dataset loads, is pushed below the fold when the cards arrive (0.05), and where the browser shows classic scrollbars (Lighthouse desktop) the vertical scrollbar appearing moves the centred header, nav and main 7.5 px sideways at the same moment, which adds their area to the shift (0.966). `html { overflow-y: scroll }` and `min-height: 100vh` on `main` brought CLS to 0.000–0.001 (only the web-font swap is left).',
  'lighthouse-lcp':
    'The LCP element (named for each run above) is drawn only after the JS of the page has loaded and run: on /commitments the intro paragraph, on / a project of the headline list, which also waits for the dataset. Lighthouse mobile simulates a slow 4G link and a 4x slower CPU, so the JS bytes, their run time and the dataset are most of the LCP. Pre-rendering the first render at build time moved the simulated LCP by only ~0.3 s (docs/decisions/0004), because createRoot replaces the pre-rendered nodes.',
  'export-time':
    "A CPU profile of two PNG exports of the sector chart (1x, load average ~11 on 2 cores, the export code of commit 30bf9e1): ~1.0 s outside JavaScript (the browser decoding the SVG image and drawing it into the canvas), toDataURL 0.33 s (PNG encoding at 2x), fillRect 0.21 s; the export's own JavaScript under 0.1 s. That is raster work of a software-rendered (--disable-gpu) headless Chromium on a busy machine: measure again on a quiet one before changing the code. The first export also loads the export code (~12 KB).",
  'export-missing':
    'The chart export (issue 6) is not on the overview page yet, so there is nothing to time; the lead reruns `npm run bench` once it is.',
  'machine-busy':
    'The machine was busy while these figures were taken (1-minute load average above the number of cores): times, TBT and the performance scores are worse than on a quiet machine. Regenerate with `npm run bench` on a quiet machine; sizes are exact either way.',
};
