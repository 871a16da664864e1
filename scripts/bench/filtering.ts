import type { Browser, Page } from '@playwright/test';
import { makeLargeDataset } from '../large-dataset';
import { median } from './stats';

export interface FilteringResult {
  size: number;
  cpuSlowdown: number;
  /** Click on a sector checkbox (narrowing the list) to the frame after the last DOM change of the updated list, ms. */
  selectMs: number[];
  /** Click that clears it again (the whole list back), ms. */
  clearMs: number[];
  /** Click to the moment the result count changed (React's commit), for the narrowing click, ms. */
  selectCountMs: number[];
  medianSelectMs: number;
  medianClearMs: number;
  medianSelectCountMs: number;
  /** Most elements in the document at any time, from the first byte to the last click. */
  maxDomNodes: number;
  /** Cards listed after the narrowing click ("显示 N 项"). */
  shownAfterSelect: number;
  /** Set when the measurement could not be made (the figures are then NaN). */
  error?: string;
}

/** The record of a measurement that failed, so that one bad run does not lose the rest of the benchmark. */
export function failedFiltering(size: number, cpuSlowdown: number, error: unknown): FilteringResult {
  return {
    size,
    cpuSlowdown,
    selectMs: [],
    clearMs: [],
    selectCountMs: [],
    medianSelectMs: Number.NaN,
    medianClearMs: Number.NaN,
    medianSelectCountMs: Number.NaN,
    maxDomNodes: Number.NaN,
    shownAfterSelect: 0,
    error: error instanceof Error ? error.message.split('\n')[0] : String(error),
  };
}

/**
 * Installed before the page's own scripts: one MutationObserver on the whole
 * document that keeps the time of the last DOM change and the most elements
 * ever present (document.getElementsByTagName('*').length after each change).
 */
function installProbe() {
  const all = document.getElementsByTagName('*');
  const probe = { lastMutation: 0, maxNodes: 0, clickAt: 0 };
  (window as unknown as { __lyctProbe: typeof probe }).__lyctProbe = probe;
  new MutationObserver(() => {
    probe.lastMutation = performance.now();
    if (all.length > probe.maxNodes) probe.maxNodes = all.length;
  }).observe(document, { childList: true, subtree: true, characterData: true });
  window.addEventListener('click', () => (probe.clickAt = performance.now()), { capture: true });
}

const STATUS = /显示 (\d+) 项，共 (\d+) 项/;

/** Arms the page for one click: resolves with timings once the count has changed and the DOM has been still for two frames. */
function armMeasurement(): Promise<{ countMs: number; settledMs: number; text: string } | { error: string }> {
  const probe = (window as unknown as { __lyctProbe: { lastMutation: number; maxNodes: number; clickAt: number } })
    .__lyctProbe;
  const status = [...document.querySelectorAll('[role="status"]')].find((el) =>
    /显示 \d+ 项，共 \d+ 项/.test(el.textContent ?? ''),
  );
  if (!status) return Promise.resolve({ error: 'no result count (role=status "显示 N 项，共 M 项") on the page' });
  const before = status.textContent;
  probe.clickAt = 0;
  return new Promise((resolve) => {
    let countAt = 0;
    const observer = new MutationObserver(() => {
      if (!countAt && status.textContent !== before) countAt = performance.now();
    });
    observer.observe(status, { childList: true, subtree: true, characterData: true });
    let lastChangedFrame = 0;
    let previousFrame = performance.now();
    let quietFrames = 0;
    const deadline = performance.now() + 20_000;
    const frame = () => {
      const now = performance.now();
      if (probe.lastMutation > previousFrame) {
        lastChangedFrame = now;
        quietFrames = 0;
      } else if (countAt) {
        quietFrames += 1;
      }
      previousFrame = now;
      if (countAt && quietFrames >= 2 && probe.clickAt) {
        observer.disconnect();
        resolve({
          countMs: countAt - probe.clickAt,
          settledMs: Math.max(lastChangedFrame, countAt) - probe.clickAt,
          text: status.textContent ?? '',
        });
      } else if (now > deadline) {
        observer.disconnect();
        resolve({ error: `the count did not change within 20 s (still "${status.textContent}")` });
      } else {
        requestAnimationFrame(frame);
      }
    };
    requestAnimationFrame(frame);
  });
}

async function measureClick(page: Page, click: () => Promise<void>) {
  const armed = page.evaluate(armMeasurement);
  // Let the page register its observer and first frame before the click.
  await page.waitForTimeout(50);
  await click();
  const result = await armed;
  if ('error' in result) throw new Error(`filtering benchmark: ${result.error}`);
  return result;
}

/**
 * Filtering latency on /commitments with `size` generated commitments served in
 * place of data/commitments.json, CPU slowed down `cpuSlowdown` times through
 * CDP (after the page has loaded: only the interaction is throttled).
 */
export async function measureFiltering(
  browser: Browser,
  origin: string,
  size: number,
  cpuSlowdown: number,
  repeats: number,
): Promise<FilteringResult> {
  const body = JSON.stringify(makeLargeDataset(size));
  const context = await browser.newContext({
    locale: 'zh-CN',
    serviceWorkers: 'block',
    viewport: { width: 1280, height: 800 },
  });
  const page = await context.newPage();
  // tsx compiles this file with esbuild's keepNames, which wraps inner functions in __name(): give the page one.
  await page.addInitScript({ content: 'globalThis.__name = globalThis.__name || ((fn) => fn);' });
  await page.addInitScript(installProbe);
  await page.route('**/data/commitments.json', (route) =>
    route.fulfill({ status: 200, body, contentType: 'application/json' }),
  );
  await page.goto(`${origin}/commitments`);
  await page
    .getByRole('status')
    .filter({ hasText: `共 ${size} 项` })
    .waitFor({ timeout: 180_000 });
  await page.waitForLoadState('networkidle');
  const cdp = await context.newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: cpuSlowdown });
  const checkbox = page.getByRole('group', { name: '领域' }).getByRole('checkbox').first();
  const selectMs: number[] = [];
  const clearMs: number[] = [];
  const selectCountMs: number[] = [];
  let shownAfterSelect = 0;
  try {
    for (let i = 0; i < repeats; i += 1) {
      const narrowed = await measureClick(page, () => checkbox.click());
      selectMs.push(narrowed.settledMs);
      selectCountMs.push(narrowed.countMs);
      shownAfterSelect = Number(STATUS.exec(narrowed.text)?.[1] ?? 0);
      await page.waitForTimeout(300);
      const cleared = await measureClick(page, () => checkbox.click());
      if (!cleared.text.includes(`显示 ${size} 项`))
        throw new Error(`filtering benchmark: clearing left "${cleared.text}"`);
      clearMs.push(cleared.settledMs);
      await page.waitForTimeout(300);
    }
    const maxDomNodes = await page.evaluate(
      () => (window as unknown as { __lyctProbe: { maxNodes: number } }).__lyctProbe.maxNodes,
    );
    const round = (v: number) => Math.round(v * 10) / 10;
    return {
      size,
      cpuSlowdown,
      selectMs: selectMs.map(round),
      clearMs: clearMs.map(round),
      selectCountMs: selectCountMs.map(round),
      medianSelectMs: round(median(selectMs)),
      medianClearMs: round(median(clearMs)),
      medianSelectCountMs: round(median(selectCountMs)),
      maxDomNodes,
      shownAfterSelect,
    };
  } finally {
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: 1 }).catch(() => undefined);
    await context.close();
  }
}
