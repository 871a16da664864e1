import { readFileSync } from 'node:fs';
import { expect, serveDataset, test } from './fixtures';

const dataset = JSON.parse(readFileSync('public/data/commitments.json', 'utf8')) as {
  commitments: { id: string; title: { zh: string; en: string } }[];
};

test('the commitments page shows one card per commitment, each headed by its title', async ({ page }) => {
  await page.goto('/commitments');
  await expect(page.getByRole('heading', { level: 1, name: '任务清单' })).toBeVisible();
  const cards = page.getByRole('article');
  await expect(cards.first()).toBeVisible();
  const first = dataset.commitments[0]!;
  await expect(page.getByRole('article', { name: first.title.zh })).toBeVisible();
  await expect(page).toHaveTitle(/任务清单 · 洛阳承诺追踪/);
  await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN');
});

test('an unknown address shows the not-found page inside the app shell', async ({ page }) => {
  await page.goto('/no/such/page');
  await expect(page.getByRole('heading', { level: 1, name: '页面不存在' })).toBeVisible();
  await expect(page.getByRole('navigation', { name: '主导航' })).toBeVisible();
});

test.describe('a dataset that cannot be used', () => {
  test.use({ allowConsoleErrors: [/Failed to load resource/] });

  test('a server error shows the message and a retry that recovers', async ({ page }) => {
    let calls = 0;
    await page.route('**/data/commitments.json', async (route) => {
      calls += 1;
      if (calls <= 2) return route.fulfill({ status: 500, body: 'boom' });
      return route.continue();
    });
    await page.goto('/commitments');
    const alert = page.getByRole('alert');
    await expect(alert.getByRole('heading', { name: '数据未能加载' })).toBeVisible();
    await expect(alert).toContainText('HTTP 500');
    await alert.getByRole('button', { name: '重试' }).click();
    await expect(page.getByRole('article').first()).toBeVisible();
  });

  test('a file that is not JSON shows the message, not a white screen', async ({ page }) => {
    await serveDataset(page, '{"schemaVersion": 1, "asOf": "2025');
    await page.goto('/commitments');
    await expect(page.getByRole('alert')).toContainText('不是有效的 JSON');
  });
});
