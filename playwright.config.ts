import { existsSync } from 'node:fs';
import { chromium, defineConfig, devices } from '@playwright/test';

/** Fixed port of the preview server; LYCT_PORT lets parallel runs use their own. */
export const PORT = Number(process.env.LYCT_PORT ?? 4317);
const OUT_DIR = process.env.LYCT_OUT_DIR ?? 'dist';

/**
 * Which Chromium to drive, in this order: a path from LYCT_CHROMIUM, then
 * Playwright's own build where installed, then Debian's /usr/bin/chromium.
 * Nothing is downloaded at test time.
 */
function findChromium(): string {
  const fromEnv = process.env.LYCT_CHROMIUM;
  if (fromEnv) {
    if (!existsSync(fromEnv)) throw new Error(`LYCT_CHROMIUM points to ${fromEnv}, which does not exist.`);
    return fromEnv;
  }
  let bundled = '';
  try {
    bundled = chromium.executablePath();
  } catch {
    bundled = '';
  }
  if (bundled && existsSync(bundled)) return bundled;
  if (existsSync('/usr/bin/chromium')) return '/usr/bin/chromium';
  throw new Error(
    [
      'No Chromium found for the end-to-end tests. Install one of:',
      '  Debian/Ubuntu:   sudo apt-get install -y chromium fonts-noto-cjk',
      '  with internet:   npx playwright install chromium',
      '  or set LYCT_CHROMIUM=/path/to/chrome',
    ].join('\n'),
  );
}

export default defineConfig({
  testDir: './e2e',
  fullyParallel: true,
  forbidOnly: !!process.env.CI,
  retries: 0,
  workers: process.env.CI ? 2 : 2,
  reporter: process.env.CI ? [['list']] : [['list'], ['html', { open: 'never' }]],
  timeout: 30_000,
  expect: { timeout: 7_000 },
  use: {
    baseURL: `http://localhost:${PORT}`,
    trace: 'retain-on-failure',
    locale: 'zh-CN',
    timezoneId: 'Asia/Shanghai',
    serviceWorkers: 'block',
  },
  projects: [
    {
      name: 'chromium',
      use: {
        ...devices['Desktop Chrome'],
        launchOptions: {
          executablePath: findChromium(),
          args: [
            '--no-sandbox',
            '--disable-gpu',
            '--disable-background-networking',
            '--disable-component-update',
            '--disable-sync',
            '--no-first-run',
            '--disable-quic',
          ],
        },
      },
    },
  ],
  webServer: {
    command: `npx vite preview --port ${PORT} --strictPort --outDir ${OUT_DIR}`,
    url: `http://localhost:${PORT}`,
    reuseExistingServer: !process.env.CI,
    timeout: 60_000,
  },
});
