import { mkdirSync, writeFileSync } from 'node:fs';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse, { desktopConfig } from 'lighthouse';
import { CHROMIUM_FLAGS } from './chromium';
import { median } from './stats';

export type Preset = 'mobile' | 'desktop';

export interface LighthouseRun {
  performance: number;
  accessibility: number;
  bestPractices: number;
  seo: number;
  lcpMs: number;
  tbtMs: number;
  cls: number;
  fcpMs: number;
}

export interface LighthouseResult {
  route: string;
  preset: Preset;
  runs: LighthouseRun[];
  /** Median of each figure taken separately over the runs. */
  median: LighthouseRun;
  /** Audits that lost points in the median-performance run (id: score), to say why a score is below 100. */
  failedAudits: string[];
}

const score = (value: number | null | undefined) => Math.round((value ?? 0) * 100);

type Lhr = NonNullable<Awaited<ReturnType<typeof lighthouse>>>['lhr'];

interface NodeItem {
  node?: { selector?: string; nodeLabel?: string };
  score?: number;
}

/**
 * Why a run lost points, in a few words: the weighted audits below 100 in any
 * category, the LCP element, and the elements that shifted most.
 */
export function explainRun(lhr: Lhr): string[] {
  const weighted = new Set(
    Object.values(lhr.categories).flatMap((category) =>
      category.auditRefs.filter((ref) => ref.weight > 0).map((ref) => ref.id),
    ),
  );
  const lines = Object.values(lhr.audits)
    .filter((a) => weighted.has(a.id) && a.score !== null && a.score < 1)
    .map((a) => `${a.id} ${Math.round((a.score ?? 0) * 100)}${a.displayValue ? ` (${a.displayValue})` : ''}`);
  const firstNode = (id: string): NodeItem | undefined => {
    const details = lhr.audits[id]?.details as { items?: (NodeItem & { items?: NodeItem[] })[] } | undefined;
    const item = details?.items?.[0];
    return item?.items?.[0] ?? item;
  };
  const lcp = firstNode('largest-contentful-paint-element')?.node;
  if (lcp) lines.push(`LCP element: ${lcp.selector ?? '?'} "${(lcp.nodeLabel ?? '').slice(0, 40)}"`);
  const shifts = (lhr.audits['layout-shifts']?.details as { items?: NodeItem[] } | undefined)?.items ?? [];
  for (const shift of shifts.slice(0, 2)) {
    lines.push(`layout shift ${(shift.score ?? 0).toFixed(3)}: ${shift.node?.selector ?? '?'}`);
  }
  return lines;
}

/** One Lighthouse run in a fresh Chromium (no cache, no state shared between runs). */
async function runOnce(
  chromePath: string,
  url: string,
  preset: Preset,
): Promise<{ run: LighthouseRun; failed: string[] }> {
  const chrome = await chromeLauncher.launch({
    chromePath,
    chromeFlags: ['--headless=new', ...CHROMIUM_FLAGS],
    logLevel: 'silent',
  });
  try {
    const result = await lighthouse(
      url,
      {
        port: chrome.port,
        logLevel: 'error',
        output: 'json',
        onlyCategories: ['performance', 'accessibility', 'best-practices', 'seo'],
      },
      preset === 'desktop' ? desktopConfig : undefined,
    );
    if (!result) throw new Error(`Lighthouse returned nothing for ${url}`);
    // The whole report stays in .bench/ (ignored) for digging into a figure: LCP element, shifted elements, long tasks.
    mkdirSync('.bench/lighthouse', { recursive: true });
    const name = `${preset}${new URL(url).pathname.replace(/\W+/g, '-')}${Date.now()}.json`;
    writeFileSync(`.bench/lighthouse/${name}`, JSON.stringify(result.lhr));
    const { categories, audits, runtimeError } = result.lhr;
    if (runtimeError) throw new Error(`Lighthouse: ${runtimeError.code} ${runtimeError.message}`);
    const failed = explainRun(result.lhr);
    return {
      run: {
        performance: score(categories.performance?.score),
        accessibility: score(categories.accessibility?.score),
        bestPractices: score(categories['best-practices']?.score),
        seo: score(categories.seo?.score),
        lcpMs: Math.round(audits['largest-contentful-paint']?.numericValue ?? Number.NaN),
        tbtMs: Math.round(audits['total-blocking-time']?.numericValue ?? Number.NaN),
        cls: Math.round((audits['cumulative-layout-shift']?.numericValue ?? Number.NaN) * 1000) / 1000,
        fcpMs: Math.round(audits['first-contentful-paint']?.numericValue ?? Number.NaN),
      },
      failed,
    };
  } finally {
    chrome.kill();
  }
}

/** Lighthouse 12 (mobile preset = its default config, desktop = desktopConfig), `runs` times; medians per figure. */
export async function measureLighthouse(
  chromePath: string,
  origin: string,
  route: string,
  preset: Preset,
  runs: number,
  log: (line: string) => void,
): Promise<LighthouseResult> {
  const results: { run: LighthouseRun; failed: string[] }[] = [];
  const errors: string[] = [];
  for (let i = 0; i < runs; i += 1) {
    const r = await runOnce(chromePath, `${origin}${route}`, preset).catch((error: unknown) => {
      errors.push(error instanceof Error ? error.message.split('\n')[0]! : String(error));
      log(`  lighthouse ${preset} ${route} run ${i + 1}/${runs}: FAILED (${errors.at(-1)})`);
      return undefined;
    });
    if (!r) continue;
    log(
      `  lighthouse ${preset} ${route} run ${i + 1}/${runs}: perf ${r.run.performance}, LCP ${r.run.lcpMs} ms, TBT ${r.run.tbtMs} ms, CLS ${r.run.cls}`,
    );
    results.push(r);
  }
  const runsOnly = results.map((r) => r.run);
  const pick = (key: keyof LighthouseRun) => median(runsOnly.map((r) => r[key]));
  const med: LighthouseRun = {
    performance: pick('performance'),
    accessibility: pick('accessibility'),
    bestPractices: pick('bestPractices'),
    seo: pick('seo'),
    lcpMs: pick('lcpMs'),
    tbtMs: pick('tbtMs'),
    cls: pick('cls'),
    fcpMs: pick('fcpMs'),
  };
  const byPerf = [...results].sort((a, b) => a.run.performance - b.run.performance);
  const middle = byPerf[Math.floor(byPerf.length / 2)];
  return {
    route,
    preset,
    runs: runsOnly,
    median: med,
    failedAudits: [...errors.map((e) => `run failed: ${e}`), ...(middle?.failed ?? [])],
  };
}
