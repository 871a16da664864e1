import { AxeBuilder } from '@axe-core/playwright';
import type { Page, Route } from '@playwright/test';
import type { Dataset } from '../src/data/schema';
import { bundledDataset, currentStatusOf } from './dataset';
import { expect, serveConfig, serveDataset, test } from './fixtures';

const dataset = bundledDataset();
const good = JSON.stringify(dataset);
const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

async function expectNoViolations(page: Page) {
  const results = await new AxeBuilder({ page }).withTags(TAGS).analyze();
  expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(' | ')}`)).toEqual([]);
}

/** Holds every request for the dataset until `release()`, then answers with the good file. */
async function holdDataset(page: Page) {
  const held: Route[] = [];
  let released = false;
  await page.route('**/data/commitments.json', (route) => {
    if (released) return route.fulfill({ status: 200, body: good, contentType: 'application/json' });
    held.push(route);
    return undefined;
  });
  return {
    release: async () => {
      released = true;
      await Promise.all(held.map((r) => r.fulfill({ status: 200, body: good, contentType: 'application/json' })));
    },
  };
}

test.describe('a slow link is waited for', () => {
  test('the dataset arriving well past 4 s: a loading message with the time waited, then the cards', async ({
    page,
  }) => {
    const gate = await holdDataset(page);
    await page.goto('/commitments');
    await expect(page.getByRole('status').filter({ hasText: '正在加载数据' })).toBeVisible();
    await expect(page.getByText(/已等待 [3-9] 秒/)).toBeVisible({ timeout: 10_000 });
    await expect(page.getByRole('button', { name: '取消加载' })).toBeVisible();
    await expectNoViolations(page);
    // Past the old 4 s limit, and past 6 s: still loading, no error.
    await expect(page.getByText(/已等待 ([6-9]|\d\d) 秒/)).toBeVisible({ timeout: 10_000 });
    await expect(page.getByRole('alert')).toHaveCount(0);
    await gate.release();
    await expect(page.getByRole('article')).toHaveCount(dataset.commitments.length, { timeout: 15_000 });
    await expect(page.getByRole('button', { name: '取消加载' })).toHaveCount(0);
  });

  test('stalled for good: an error after the long silence, and a retry that waits as long', async ({ page }) => {
    await serveConfig(page, { loadSilenceSeconds: 3 });
    const gate = await holdDataset(page);
    await page.goto('/commitments');
    await expect(page.getByRole('status').filter({ hasText: '正在加载数据' })).toBeVisible();
    const alert = page.getByRole('alert');
    await expect(alert).toContainText('服务器已有 3 秒没有发来任何数据', { timeout: 15_000 });
    await expectNoViolations(page);
    await gate.release();
    await alert.getByRole('button', { name: '重试' }).click();
    await expect(page.getByRole('article')).toHaveCount(dataset.commitments.length, { timeout: 15_000 });
  });

  test('cancel leaves a clear message and a retry, in focus', async ({ page }) => {
    const gate = await holdDataset(page);
    await page.goto('/commitments');
    await page.getByRole('button', { name: '取消加载' }).click({ timeout: 10_000 });
    const status = page.getByRole('status').filter({ hasText: '已取消加载数据' });
    await expect(status).toContainText('数据加载已取消');
    const retry = status.getByRole('button', { name: '重试' });
    await expect(retry).toBeFocused();
    await expect(page.getByRole('alert')).toHaveCount(0);
    await expectNoViolations(page);
    await gate.release();
    await retry.click();
    await expect(page.getByRole('article')).toHaveCount(dataset.commitments.length, { timeout: 15_000 });
  });

  test('in English', async ({ page }) => {
    await holdDataset(page);
    await page.goto('/commitments?lang=en');
    await expect(page.getByRole('status').filter({ hasText: 'Loading the data' })).toBeVisible();
    await expect(page.getByText(/Waiting for [3-9] s/)).toBeVisible({ timeout: 10_000 });
    await page.getByRole('button', { name: 'Cancel loading' }).click();
    await expect(page.getByRole('status').filter({ hasText: 'Loading cancelled' })).toBeVisible();
    await expect(page.getByRole('button', { name: 'Try again' })).toBeFocused();
  });
});

test.describe('dates that cannot be', () => {
  // A commitment not yet completed, given a "completed" entry a year after asOf.
  const victim = dataset.commitments.find((c) => currentStatusOf(dataset, c.id) !== 'completed')!;
  const future = `${Number(dataset.asOf.slice(0, 4)) + 1}-01-15`;
  const altered: Dataset = structuredClone(dataset);
  const target = altered.commitments.find((c) => c.id === victim.id)!;
  target.updates.push({
    date: future,
    status: 'completed',
    note: { zh: '误录：全部建成', en: 'Mis-entered: all built' },
    sourceIds: target.updates[0]!.sourceIds,
  });

  async function headline(page: Page): Promise<string[]> {
    await expect(page.locator('[data-figure="tracked"] dd').first()).toBeVisible({ timeout: 20_000 });
    return page.locator('[data-figure] dd').allInnerTexts();
  }

  test('a future-dated entry does not change the headline counts, and is flagged where it shows', async ({ page }) => {
    await serveDataset(page, good);
    await page.goto('/');
    const before = await headline(page);
    await page.unroute('**/data/commitments.json');

    await serveDataset(page, JSON.stringify(altered));
    await page.goto('/');
    expect(await headline(page)).toEqual(before);
    await expect(page.getByText('1 处有问题的数据被略去，其余照常显示')).toBeVisible();

    await page.goto(`/commitments/${victim.id}`);
    const flagged = page.getByRole('region', { name: '⚠ 日期有误的记录' });
    await expect(flagged).toContainText('误录：全部建成');
    await expect(flagged).toContainText('日期晚于数据截止日');
    await expect(flagged.getByRole('listitem').filter({ hasText: '误录' })).toHaveCount(1);
    // The ledger itself, whose newest entry is the current status, does not hold it.
    const ledger = page.getByRole('region', { name: '进展记录' });
    await expect(ledger.locator('ol > li')).toHaveCount(victim.updates.length);
    await expect(ledger.locator('ol > li').filter({ hasText: '误录' })).toHaveCount(0);
    await expectNoViolations(page);
  });
});

test('every source URL javascript: keeps every source’s title and publisher, with no link', async ({ page }) => {
  test.setTimeout(90_000);
  const hostile: Dataset = structuredClone(dataset);
  for (const source of hostile.sources) (source as { url?: string }).url = 'javascript:alert(1)';
  await serveDataset(page, JSON.stringify(hostile));
  let dialogs = 0;
  page.on('dialog', (dialog) => {
    dialogs += 1;
    void dialog.dismiss();
  });
  await page.goto('/about');
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  for (const source of hostile.sources) {
    // In-app navigation (as a click would), so the dataset is read once, not 90 times.
    await page.evaluate((path) => {
      window.history.pushState({}, '', path);
      window.dispatchEvent(new PopStateEvent('popstate'));
    }, `/sources/${source.id}`);
    await expect(page.getByRole('heading', { level: 1 })).toContainText(source.title);
    await expect(page.getByRole('main')).toContainText(source.publisher);
    const hrefs = await page.locator('a[href]').evaluateAll((links) => links.map((a) => a.getAttribute('href') ?? ''));
    expect(
      hrefs.filter((h) => /^\s*(javascript|data):/i.test(h) || /^https?:/i.test(h)),
      source.id,
    ).toEqual([]);
  }
  expect(dialogs).toBe(0);
});
