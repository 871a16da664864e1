import type { Browser } from '@playwright/test';
import { median } from './stats';

export type ExportResult =
  | {
      measured: true;
      cpuSlowdown: number;
      /** First PNG export after the page loaded (loads the export code and the font), ms per round. */
      coldMs: number[];
      /** A second PNG export of the same chart, ms per round. */
      warmMs: number[];
      medianColdMs: number;
      medianWarmMs: number;
      chart: string;
    }
  | { measured: false; cpuSlowdown: number; reason: string };

/**
 * Installed before the page's scripts: notes when a PNG export is asked for
 * (a click on an item with data-kind="png") and when the file is handed to the
 * browser (an image/png Blob turned into an object URL, or a download link to
 * a .png clicked).
 */
function installExportProbe() {
  const probe = { clickAt: 0, doneAt: 0 };
  (window as unknown as { __lyctExport: typeof probe }).__lyctExport = probe;
  window.addEventListener(
    'click',
    (event) => {
      const target = event.target instanceof Element ? event.target.closest('[data-kind]') : null;
      if (target?.getAttribute('data-kind') === 'png') {
        probe.clickAt = performance.now();
        probe.doneAt = 0;
      }
      // The download link the app clicks in code (`link.click()` on a connected <a download>) passes here too.
      const link = event.target instanceof HTMLAnchorElement ? event.target : null;
      if (link?.download.toLowerCase().endsWith('.png') && probe.clickAt && !probe.doneAt)
        probe.doneAt = performance.now();
    },
    { capture: true },
  );
  const createObjectURL = URL.createObjectURL.bind(URL);
  URL.createObjectURL = (object: Blob | MediaSource) => {
    if (object instanceof Blob && object.type === 'image/png' && !probe.doneAt) probe.doneAt = performance.now();
    return createObjectURL(object);
  };
}

const TRIGGER = /^导出图表：/;
const PNG_ITEM = /^PNG 图片（2 倍/;

/** PNG export time of the first chart on `/` that has an export menu, `rounds` fresh page loads, two exports each. */
export async function measureExport(
  browser: Browser,
  origin: string,
  cpuSlowdown: number,
  rounds: number,
): Promise<ExportResult> {
  const coldMs: number[] = [];
  const warmMs: number[] = [];
  let chart = '';
  for (let round = 0; round < rounds; round += 1) {
    const context = await browser.newContext({
      locale: 'zh-CN',
      serviceWorkers: 'block',
      acceptDownloads: true,
      viewport: { width: 1280, height: 900 },
    });
    const page = await context.newPage();
    try {
      await page.addInitScript({ content: 'globalThis.__name = globalThis.__name || ((fn) => fn);' });
      await page.addInitScript(installExportProbe);
      await page.goto(`${origin}/`, { waitUntil: 'networkidle' });
      const trigger = page.getByRole('button', { name: TRIGGER }).first();
      // The charts (and their menus) render only after the dataset has been parsed and the chart code loaded.
      await trigger.waitFor({ timeout: 30_000 }).catch(() => undefined);
      if ((await trigger.count()) === 0) {
        return {
          measured: false,
          cpuSlowdown,
          reason: 'no chart on / has an export menu (a button named "导出图表：…") yet',
        };
      }
      chart = ((await trigger.getAttribute('aria-label')) ?? '').replace(TRIGGER, '');
      const cdp = await context.newCDPSession(page);
      await cdp.send('Emulation.setCPUThrottlingRate', { rate: cpuSlowdown });
      for (const into of [coldMs, warmMs]) {
        if ((await trigger.getAttribute('aria-expanded')) !== 'true') await trigger.click();
        const item = page.getByRole('button', { name: PNG_ITEM }).first();
        if ((await item.count()) === 0)
          return { measured: false, cpuSlowdown, reason: 'the export menu has no "PNG 图片（2 倍清晰度）" item' };
        const download = page.waitForEvent('download', { timeout: 30_000 }).catch(() => undefined);
        await item.click();
        await page.waitForFunction(
          () => (window as unknown as { __lyctExport: { doneAt: number } }).__lyctExport.doneAt > 0,
          undefined,
          {
            timeout: 30_000,
          },
        );
        const ms = await page.evaluate(() => {
          const p = (window as unknown as { __lyctExport: { clickAt: number; doneAt: number } }).__lyctExport;
          return p.doneAt - p.clickAt;
        });
        into.push(Math.round(ms * 10) / 10);
        await download;
        await page.waitForTimeout(300);
      }
      await cdp.send('Emulation.setCPUThrottlingRate', { rate: 1 });
    } finally {
      await context.close();
    }
  }
  return {
    measured: true,
    cpuSlowdown,
    coldMs,
    warmMs,
    medianColdMs: Math.round(median(coldMs) * 10) / 10,
    medianWarmMs: Math.round(median(warmMs) * 10) / 10,
    chart,
  };
}
