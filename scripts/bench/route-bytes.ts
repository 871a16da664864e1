import type { Browser } from '@playwright/test';
import { gzipSize } from './build-output';

export interface LoadedFile {
  url: string;
  type: 'js' | 'css' | 'font';
  raw: number;
  gzip: number;
}

export interface RouteLoad {
  route: string;
  url: string;
  files: LoadedFile[];
  js: { raw: number; gzip: number; count: number };
  css: { raw: number; gzip: number; count: number };
  font: { raw: number; gzip: number; count: number };
}

function typeOf(resourceType: string, url: string): LoadedFile['type'] | undefined {
  if (resourceType === 'script' || /\.m?js(\?|$)/.test(url)) return 'js';
  if (resourceType === 'stylesheet' || /\.css(\?|$)/.test(url)) return 'css';
  if (resourceType === 'font' || /\.(woff2?|ttf|otf)(\?|$)/.test(url)) return 'font';
  return undefined;
}

const total = (files: LoadedFile[], type: LoadedFile['type']) => {
  const of = files.filter((f) => f.type === type);
  return { raw: of.reduce((s, f) => s + f.raw, 0), gzip: of.reduce((s, f) => s + f.gzip, 0), count: of.length };
};

/**
 * What a route really loads: opens it in a fresh browser context (empty cache),
 * waits until the network is idle (lazy chunks such as the charts included),
 * and sums the JS, CSS and font responses. Gzip is computed here (zlib level 9)
 * from each body, so the figure does not depend on the server's compression.
 */
export async function measureRouteLoad(
  browser: Browser,
  origin: string,
  route: string,
  path: string,
): Promise<RouteLoad> {
  const context = await browser.newContext({ locale: 'zh-CN', serviceWorkers: 'block' });
  const page = await context.newPage();
  const pending: Promise<LoadedFile | undefined>[] = [];
  let responses = 0;
  page.on('response', (response) => {
    responses += 1;
    const url = response.url();
    if (!url.startsWith(origin)) return;
    const type = typeOf(response.request().resourceType(), url);
    if (!type || response.status() >= 300) return;
    pending.push(
      response
        .body()
        .then((body) => ({ url: url.slice(origin.length), type, raw: body.length, gzip: gzipSize(body) }))
        .catch(() => undefined),
    );
  });
  const url = `${origin}${path}`;
  await page.goto(url, { waitUntil: 'networkidle', timeout: 60_000 });
  await page.getByRole('heading', { level: 1 }).first().waitFor({ timeout: 30_000 });
  // Lazy chunks (the charts) are asked for only after the dataset has been parsed, which on a busy CPU can take
  // longer than the 500 ms of "network idle": wait until an idle main thread and a quiet second bring no new response.
  for (let seen = -1; seen !== responses;) {
    seen = responses;
    await page.evaluate(
      () => new Promise((resolve) => requestIdleCallback(() => resolve(undefined), { timeout: 5000 })),
    );
    await page.waitForTimeout(1000);
    await page.waitForLoadState('networkidle');
  }
  const files = (await Promise.all(pending)).filter((f): f is LoadedFile => !!f);
  await context.close();
  return { route, url: path, files, js: total(files, 'js'), css: total(files, 'css'), font: total(files, 'font') };
}
