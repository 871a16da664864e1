import { AxeBuilder } from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { bundledDataset } from './dataset';
import { expect, serveDataset, test } from './fixtures';

const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];
const dataset = bundledDataset();

async function expectNoViolations(page: Page) {
  const results = await new AxeBuilder({ page }).withTags(TAGS).analyze();
  const summary = results.violations.map(
    (v) =>
      `${v.id} (${v.impact}): ${v.nodes
        .map((n) => n.target.join(' '))
        .slice(0, 3)
        .join(' | ')}`,
  );
  expect(summary).toEqual([]);
}

const STATES: { name: string; path: string; ready: (page: Page) => Promise<void> }[] = [
  {
    name: 'overview',
    path: '/',
    ready: async (p) => void (await p.getByRole('heading', { level: 1 }).first().waitFor()),
  },
  { name: 'cards', path: '/commitments', ready: async (p) => void (await p.getByRole('article').first().waitFor()) },
  {
    name: 'cards filtered, English',
    path: '/commitments?sector=transport&status=delayed&lang=en',
    ready: async (p) => void (await p.getByRole('status').filter({ hasText: 'Showing' }).waitFor()),
  },
  {
    name: 'cards empty',
    path: '/commitments?q=zzzzzz',
    ready: async (p) => void (await p.getByText('没有符合条件的任务。').waitFor()),
  },
  {
    name: 'cards with a bogus filter',
    path: '/commitments?sector=mars',
    ready: async (p) => void (await p.getByRole('note').waitFor()),
  },
  {
    name: 'detail',
    path: '/commitments/jiao-ji-luo-ping-hsr',
    ready: async (p) => void (await p.getByRole('heading', { level: 1 }).waitFor()),
  },
  {
    name: 'detail, English',
    path: '/commitments/zhongzhou-catl-battery-base?lang=en',
    ready: async (p) => void (await p.getByRole('heading', { level: 1 }).waitFor()),
  },
  {
    name: 'source',
    path: '/sources/luoyang-fabu-2024-01-29',
    ready: async (p) => void (await p.locator('mark').first().waitFor()),
  },
  { name: 'about', path: '/about', ready: async (p) => void (await p.getByRole('heading', { level: 1 }).waitFor()) },
  {
    name: 'not found',
    path: '/nowhere',
    ready: async (p) => void (await p.getByRole('heading', { level: 1 }).waitFor()),
  },
];

test.describe('axe finds no WCAG 2.2 AA violations', () => {
  // axe walks every node of a long page: slow on a busy two-core machine, so it gets room.
  test.describe.configure({ timeout: 120_000 });
  for (const state of STATES) {
    test(state.name, async ({ page }) => {
      await page.goto(state.path);
      await state.ready(page);
      await expectNoViolations(page);
    });
  }

  test('large-text mode', async ({ page }) => {
    await page.goto('/commitments');
    await page.getByRole('button', { name: '大字模式' }).click();
    await page.getByRole('article').first().waitFor();
    await expectNoViolations(page);
  });

  test.describe('error', () => {
    test.use({ allowConsoleErrors: [/Failed to load resource/] });
    test('the load error', async ({ page }) => {
      await serveDataset(page, 'oops', 500);
      await page.goto('/commitments');
      await page.getByRole('alert').waitFor();
      await expectNoViolations(page);
    });
  });
});

test('switching to English changes the interface and the cards, keeps it in the URL and remembers it', async ({
  page,
}) => {
  await page.goto('/commitments');
  await page.getByRole('button', { name: '切换到英文界面' }).click();
  await expect(page).toHaveURL(/lang=en/);
  await expect(page.getByRole('heading', { level: 1, name: 'Commitments' })).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  const first = dataset.commitments[0]!;
  await expect(page.getByRole('article', { name: first.title.en })).toBeVisible();
  await page.getByRole('link', { name: 'About & method' }).click();
  await expect(page).toHaveURL(/\/about\?lang=en/);
  await page.goto('/commitments');
  await expect(page.getByRole('heading', { level: 1, name: 'Commitments' })).toBeVisible();
});

test('the large-text mode enlarges text and is remembered', async ({ page }) => {
  await page.goto('/commitments');
  const size = () => page.evaluate(() => parseFloat(getComputedStyle(document.body).fontSize));
  const before = await size();
  await page.getByRole('button', { name: '大字模式' }).click();
  await expect(page.getByRole('button', { name: '大字模式' })).toHaveAttribute('aria-pressed', 'true');
  expect(await size()).toBeGreaterThanOrEqual(before * 1.2);
  await page.reload();
  await page.getByRole('article').first().waitFor();
  expect(await size()).toBeGreaterThanOrEqual(before * 1.2);
});

test('the keyboard reaches the skip link first and it moves focus to the content', async ({ page }) => {
  await page.goto('/commitments');
  await page.getByRole('article').first().waitFor();
  await page.keyboard.press('Tab');
  const skip = page.getByRole('link', { name: '跳到主要内容' });
  await expect(skip).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/#main$/);
});

test.describe('a 320 px phone', () => {
  test.use({ viewport: { width: 320, height: 640 } });
  for (const path of [
    '/commitments',
    '/commitments/jiao-ji-luo-ping-hsr',
    '/sources/luoyang-fabu-2024-01-29',
    '/about',
  ]) {
    test(`${path} has no horizontal scrolling`, async ({ page }) => {
      await page.goto(path);
      await page.getByRole('heading', { level: 1 }).first().waitFor();
      await page.waitForLoadState('networkidle');
      const overflow = await page.evaluate(
        () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
      );
      expect(overflow).toBeLessThanOrEqual(0);
    });
  }
});

test('printing the cards shows no navigation and keeps every card whole', async ({ page }) => {
  await page.goto('/commitments');
  await page.getByRole('article').first().waitFor();
  await page.emulateMedia({ media: 'print' });
  await expect(page.getByRole('navigation', { name: '主导航' })).toBeHidden();
  await expect(page.getByRole('region', { name: '筛选' })).toBeHidden();
  const breaks = await page
    .getByRole('article')
    .evaluateAll((cards) => cards.map((card) => getComputedStyle(card).breakInside));
  expect(breaks.length).toBe(dataset.commitments.length);
  expect(new Set(breaks)).toEqual(new Set(['avoid']));
  await expect(page.getByText(/localhost:\d+\/commitments/)).toBeVisible();
});

test('the about page offers the ledger template, and it downloads', async ({ page }) => {
  await page.goto('/about');
  const download = page.waitForEvent('download');
  await page.getByRole('link', { name: /下载台账模板（Excel/ }).click();
  expect((await download).suggestedFilename()).toBe('洛阳承诺台账模板.xlsx');
});
