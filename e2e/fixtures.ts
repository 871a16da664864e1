import { test as base, expect, type Page } from '@playwright/test';

export const ORIGIN = `http://localhost:${process.env.LYCT_PORT ?? 4317}`;

interface Guard {
  /** Console errors this test expects (e.g. the browser logging a deliberate 500). */
  allowConsoleErrors: RegExp[];
}

/**
 * Every spec runs under this guard: requests to any other origin are blocked
 * and recorded, and the test fails on any console error, page error or
 * Content-Security-Policy violation it did not declare.
 */
export const test = base.extend<Guard & { guard: void }>({
  allowConsoleErrors: [[], { option: true }],
  guard: [
    async ({ page, allowConsoleErrors }, use) => {
      const problems: string[] = [];
      await page.route(
        (url) => url.origin !== ORIGIN,
        (route) => {
          problems.push(`request to another origin: ${route.request().url()}`);
          return route.abort('blockedbyclient');
        },
      );
      await page.addInitScript(() => {
        document.addEventListener('securitypolicyviolation', (event) => {
          console.error(`CSP violation: ${event.violatedDirective} ${event.blockedURI}`);
        });
      });
      page.on('console', (message) => {
        if (message.type() !== 'error') return;
        const text = message.text();
        if (allowConsoleErrors.some((pattern) => pattern.test(text))) return;
        problems.push(`console error: ${text}`);
      });
      page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
      await use();
      expect(problems, 'console errors, page errors, CSP violations or foreign requests').toEqual([]);
    },
    { auto: true },
  ],
});

export { expect };

/** Serves a replacement for the dataset file, for the bad-input specs. */
export async function serveDataset(page: Page, body: string | Buffer, status = 200, contentType = 'application/json') {
  await page.route('**/data/commitments.json', (route) => route.fulfill({ status, body, contentType }));
}

/** Serves a deploy's `config.js` with these settings (as an intranet server would edit it). */
export async function serveConfig(page: Page, settings: Record<string, unknown>) {
  const body = `window.LYCT_CONFIG = ${JSON.stringify({ datasetUrl: 'data/commitments.json', ...settings })};`;
  await page.route('**/config.js', (route) => route.fulfill({ status: 200, body, contentType: 'text/javascript' }));
}
