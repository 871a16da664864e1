/**
 * Why a bar of QUALITY.md is not met, in words, printed under the tables of
 * BENCHMARKS.md beside the figures. Keyed by the row ids the report uses; edit
 * these when the reason changes (the figures themselves are always measured).
 * Keep each note to what was measured: numbers, and what would change them.
 */
export const NOT_MET_NOTES: Record<string, string> = {
  commitmentsJsGzip:
    'React 19 + react-dom (~72 KB), react-router (~29 KB in data-router mode), react-query (~12 KB) and zod/mini (~6.5 KB) are most of it (see "Where the bytes of /commitments go"). Measured savings not yet applied: declarative `<BrowserRouter>` + `<Routes>` instead of `createBrowserRouter` (−16.6 KB gzip), the English dictionary loaded only in English mode (−2.5 KB and growing with the dictionary), the zod English error locale only when a dataset fails to parse (−1.1 KB). See docs/decisions on the benchmark method and the lead\'s report for issue 8.',
  'filtering-time':
    'Each click rebuilds the rows (current status, schedule health) of all 10,000 commitments, recounts every facet and re-renders the filter panel and the list; the router also runs the navigation for the new URL. The commitments feature can keep `buildRows` out of the click (it depends only on the dataset and the date) and re-render only the list.',
  'filtering-dom':
    'Below VIRTUALIZE_ABOVE (150) cards the list is not virtualised, and a card is ~20 elements: 70–150 cards after a sector click put 1,500–3,000 elements in the page.',
  'export-missing':
    'The chart export (issue 6) is not on the overview page yet, so there is nothing to time; the lead reruns `npm run bench` once it is.',
  'machine-busy':
    'The machine was busy while these figures were taken (1-minute load average above the number of cores): times are longer than on a quiet machine. Regenerate with `npm run bench` on a quiet machine.',
};
