import type { Page } from '@playwright/test';
import { makeLargeDataset } from '../scripts/large-dataset';
import { bundledDataset, currentStatusOf } from './dataset';
import { rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from './fixtures';

const dataset = bundledDataset();
const titlesWhere = (keep: (c: (typeof dataset.commitments)[number]) => boolean) =>
  dataset.commitments.filter(keep).map((c) => c.title.zh);

async function shownTitles(page: Page): Promise<string[]> {
  return page.getByRole('article').getByRole('heading', { level: 2 }).allInnerTexts();
}

test('filtering by sector and status updates the URL, survives a reload and shows exactly the matching cards', async ({
  page,
}) => {
  await page.goto('/commitments');
  const sectors = page.getByRole('group', { name: '领域' });
  await sectors.getByRole('checkbox', { name: /交通/ }).check();
  await expect(page).toHaveURL(/sector=transport/);
  const transport = titlesWhere((c) => c.sector === 'transport');
  await expect(page.getByRole('status').filter({ hasText: '显示' })).toHaveText(
    `显示 ${transport.length} 项，共 ${dataset.commitments.length} 项`,
  );
  expect(await shownTitles(page)).toEqual(transport);

  const status = currentStatusOf(dataset, 'jiao-ji-luo-ping-hsr');
  const statusName = {
    delayed: '滞后',
    in_progress: '推进中',
    completed: '已完成',
    not_started: '未启动',
    ongoing: '持续推进',
    unverified: '待核实',
  }[status]!;
  await page
    .getByRole('group', { name: '状态' })
    .getByRole('checkbox', { name: new RegExp(statusName) })
    .check();
  await expect(page).toHaveURL(new RegExp(`status=${status}`));
  const both = titlesWhere((c) => c.sector === 'transport' && currentStatusOf(dataset, c.id) === status);
  await expect(page.getByRole('article')).toHaveCount(both.length);
  expect(await shownTitles(page)).toEqual(both);

  await page.reload();
  await expect(page.getByRole('article')).toHaveCount(both.length);
  await expect(sectors.getByRole('checkbox', { name: /交通/ })).toBeChecked();

  await page.goBack();
  await expect(page).not.toHaveURL(/status=/);
  await expect(page.getByRole('article')).toHaveCount(transport.length);
});

test('search finds a commitment by Chinese and by English words, ignoring full-width forms', async ({ page }) => {
  await page.goto('/commitments');
  const search = page.getByRole('searchbox', { name: '搜索' });
  await search.fill('焦济洛平');
  await expect(page.getByRole('article', { name: /焦济洛平/ }).first()).toBeVisible();
  await expect(page).toHaveURL(/q=/);
  await page.goto('/commitments?q=ＣＡＴＬ');
  const catl = dataset.commitments.find((c) => c.id === 'zhongzhou-catl-battery-base')!;
  await expect(page.getByRole('article', { name: catl.title.zh })).toBeVisible();
  await page.goto('/commitments?q=ethylene&lang=en');
  const ethylene = dataset.commitments.find((c) => c.id === 'luoyang-ethylene-1mt')!;
  await expect(page.getByRole('article', { name: ethylene.title.en })).toBeVisible();
});

test('an empty result says so and one action clears every filter', async ({ page }) => {
  await page.goto('/commitments?q=没有这样的任务zzz&sector=transport');
  await expect(page.getByText('没有符合条件的任务。')).toBeVisible();
  await page.getByRole('button', { name: '清除全部筛选' }).last().click();
  await expect(page.getByRole('article')).toHaveCount(dataset.commitments.length);
  await expect(page).toHaveURL(/\/commitments$/);
});

test('a bogus filter value is dropped with a visible note, never a crash', async ({ page }) => {
  await page.goto(`/commitments?sector=mars&sector=transport&status=%E4%B8&kind=a&kind=b&q=${'x'.repeat(10_000)}`);
  await expect(page.getByRole('note')).toContainText('sector=mars');
  await expect(page.getByRole('heading', { level: 1, name: '任务清单' })).toBeVisible();
});

test('the detail page shows the quote, the ledger and previous/next within the filter', async ({ page }) => {
  const hsr = dataset.commitments.find((c) => c.id === 'jiao-ji-luo-ping-hsr')!;
  await page.goto('/commitments?sector=transport');
  await page.getByRole('link', { name: hsr.title.zh }).click();
  await expect(page).toHaveURL(/\/commitments\/jiao-ji-luo-ping-hsr\?sector=transport/);
  await expect(page.getByRole('heading', { level: 1, name: hsr.title.zh })).toBeVisible();
  await expect(page.locator('blockquote')).toHaveText(hsr.origin.quote);
  const ledger = page
    .getByRole('region', { name: '进展记录' })
    .getByRole('listitem')
    .filter({ has: page.locator('time') });
  await expect(ledger).toHaveCount(hsr.updates.length);
  const transport = dataset.commitments.filter((c) => c.sector === 'transport');
  await expect(
    page.getByText(`当前筛选中的第 ${transport.findIndex((c) => c.id === hsr.id) + 1} 项，共 ${transport.length} 项`),
  ).toBeVisible();
});

test('the source page highlights the quote and links it to its commitment', async ({ page }) => {
  const catl = dataset.commitments.find((c) => c.id === 'zhongzhou-catl-battery-base')!;
  await page.goto(`/commitments/${catl.id}`);
  await page.getByRole('link', { name: '在原文中查看' }).click();
  await expect(page).toHaveURL(new RegExp(`/sources/${catl.origin.sourceId}#q-${catl.id}`));
  const anchor = page.getByRole('link', { name: `引文：${catl.title.zh}` });
  await expect(anchor).toBeFocused();
  const mark = page.locator('mark', { has: anchor });
  await expect(mark).toContainText(catl.origin.quote);
});

test('an unknown commitment or source id, and ../ in an id, give the not-found page', async ({ page }) => {
  for (const path of ['/commitments/no-such-thing', '/sources/nope', '/commitments/..%2F..%2Fetc']) {
    await page.goto(path);
    await expect(page.getByRole('heading', { level: 1, name: '页面不存在' })).toBeVisible();
  }
});

test.describe('ten thousand commitments', () => {
  const file = join(process.env.LYCT_OUT_DIR ?? 'dist', 'data', 'e2e-synthetic-10000.json');
  test.afterAll(() => rmSync(file, { force: true }));

  test('the list is virtualised, stays under 1,400 DOM nodes and filters correctly', async ({ page }) => {
    test.setTimeout(90_000);
    const large = makeLargeDataset(10_000);
    // Served as a real file by the preview server (through config.js, as an intranet would
    // publish new data): seven megabytes through Playwright's interception are too slow to be fair.
    writeFileSync(file, JSON.stringify(large));
    await page.route('**/config.js', (route) =>
      route.fulfill({
        contentType: 'text/javascript',
        body: "window.LYCT_CONFIG = { datasetUrl: 'data/e2e-synthetic-10000.json' };",
      }),
    );
    await page.goto('/commitments');
    await expect(page.getByRole('status').filter({ hasText: '显示' })).toHaveText('显示 10000 项，共 10000 项', {
      timeout: 30_000,
    });
    const nodes = () => page.evaluate(() => document.getElementsByTagName('*').length);
    expect(await nodes()).toBeLessThanOrEqual(1400);
    const items = page.getByRole('listitem').filter({ has: page.getByRole('article') });
    await expect(items.first()).toHaveAttribute('aria-setsize', '10000');
    await expect(items.first()).toHaveAttribute('aria-posinset', '1');

    await page
      .getByRole('group', { name: '领域' })
      .getByRole('checkbox', { name: /transport/ })
      .check();
    const expected = large.commitments.filter((c) => c.sector === 'transport').length;
    await expect(page.getByRole('status').filter({ hasText: '显示' })).toHaveText(`显示 ${expected} 项，共 10000 项`);
    expect(await nodes()).toBeLessThanOrEqual(1400);

    await page.mouse.wheel(0, 20_000);
    await expect(async () => {
      const pos = Number(await items.last().getAttribute('aria-posinset'));
      expect(pos).toBeGreaterThan(30);
    }).toPass();
    expect(await nodes()).toBeLessThanOrEqual(1400);
  });
});
