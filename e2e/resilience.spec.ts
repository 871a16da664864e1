import type { Page } from '@playwright/test';
import { bundledDataset } from './dataset';
import { expect, serveConfig, serveDataset, test } from './fixtures';

const dataset = bundledDataset();
const good = JSON.stringify(dataset);

test.describe('loading failures end in a clear message', () => {
  test.use({ allowConsoleErrors: [/Failed to load resource/] });

  const cases: { name: string; serve: (page: Page) => Promise<void>; text: RegExp }[] = [
    { name: '404', serve: (p) => serveDataset(p, 'not here', 404, 'text/plain'), text: /HTTP 404/ },
    { name: '500', serve: (p) => serveDataset(p, 'boom', 500, 'text/plain'), text: /HTTP 500/ },
    {
      name: 'an HTML page with status 200',
      serve: (p) => serveDataset(p, '<!doctype html><title>登录</title>', 200, 'text/html'),
      text: /网页而不是数据文件/,
    },
    { name: 'truncated JSON', serve: (p) => serveDataset(p, good.slice(0, good.length / 2)), text: /不是有效的 JSON/ },
    { name: 'an empty file', serve: (p) => serveDataset(p, ''), text: /数据文件是空的/ },
    {
      name: 'the wrong schema version',
      serve: (p) => serveDataset(p, JSON.stringify({ ...dataset, schemaVersion: 9 })),
      text: /不符合规范/,
    },
    {
      // The deploy's silence allowance (60 s by default) set to 2 s, as config.js allows.
      name: 'a server that never answers',
      serve: async (p) => {
        await serveConfig(p, { loadSilenceSeconds: 2 });
        await p.route('**/data/commitments.json', () => new Promise(() => undefined));
      },
      text: /2 秒没有发来任何数据/,
    },
  ];

  for (const { name, serve, text } of cases) {
    test(name, async ({ page }) => {
      await serve(page);
      await page.goto('/commitments');
      // Genuine failures show at once (with at most one retry for a 5xx); the silent server after
      // its 2 s; the wait here only leaves room for a busy test machine.
      await expect(page.getByRole('alert')).toContainText(text, { timeout: 15_000 });
      await expect(page.getByRole('button', { name: '重试' })).toBeVisible();
    });
  }

  test('the message is in English in English mode', async ({ page }) => {
    await serveDataset(page, 'boom', 503, 'text/plain');
    await page.goto('/commitments?lang=en');
    await expect(page.getByRole('alert')).toContainText('The data could not be loaded');
    await expect(page.getByRole('button', { name: 'Try again' })).toBeVisible();
  });
});

test('a byte-order mark is accepted', async ({ page }) => {
  await serveDataset(page, `\uFEFF${good}`);
  await page.goto('/commitments');
  await expect(page.getByRole('article')).toHaveCount(dataset.commitments.length);
});

test('bad records are skipped, bad fields dropped, with counts and, on demand, the JSON path of each problem', async ({
  page,
}) => {
  const broken = structuredClone(dataset) as unknown as { commitments: Record<string, unknown>[] };
  const [a, b] = broken.commitments;
  (a!.updates as Record<string, unknown>[])[0]!.progress = '45%';
  b!.sector = 'mars';
  broken.commitments.push({ ...broken.commitments[2]! });
  await serveDataset(page, JSON.stringify(broken));
  await page.goto('/commitments');
  const notice = page.getByText('有 2 条记录因数据问题未显示；1 处有问题的数据被略去，其余照常显示');
  await expect(notice).toBeVisible();
  await notice.click();
  await expect(page.getByText('$.commitments[0].updates[0].progress', { exact: false }).first()).toBeVisible();
  await expect(page.getByText('进度数值有误，已略去（状态和说明照常显示）')).toBeVisible();
  await expect(page.getByText('$.commitments[1].sector', { exact: false })).toBeVisible();
  // The record with the bad progress is still shown; the bad sector and the duplicate are not.
  await expect(page.getByRole('article')).toHaveCount(dataset.commitments.length - 1);
});

test('hostile text is shown as text and links from data are never javascript: or data:', async ({ page }) => {
  const hostile = structuredClone(dataset);
  const first = hostile.commitments[0]!;
  first.title = {
    zh: `<img src=x onerror=alert(1)>${'长'.repeat(2000)}😀\u200B\u202Eabc`,
    en: '<script>alert(1)</script>',
  };
  const sourceId = first.updates[0]!.sourceIds[0]!;
  const source = hostile.sources.find((s) => s.id === sourceId)!;
  (source as { url?: string }).url = 'javascript:alert(1)';
  await serveDataset(page, JSON.stringify(hostile));
  let dialogs = 0;
  page.on('dialog', (dialog) => {
    dialogs += 1;
    void dialog.dismiss();
  });
  await page.goto('/commitments');
  await expect(page.getByRole('article').first()).toContainText('<img src=x onerror=alert(1)>');
  await expect(page.locator('img[src="x"]')).toHaveCount(0);
  const overflow = await page.evaluate(
    () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
  );
  expect(overflow).toBeLessThanOrEqual(0);
  await page.goto(`/commitments/${first.id}`);
  await page.getByRole('heading', { level: 1 }).waitFor();
  const hrefs = await page.locator('a[href]').evaluateAll((links) => links.map((a) => a.getAttribute('href') ?? ''));
  expect(hrefs.filter((h) => /^\s*(javascript|data):/i.test(h))).toEqual([]);
  expect(dialogs).toBe(0);
});

test('an empty dataset shows the empty state, not an error', async ({ page }) => {
  await serveDataset(page, JSON.stringify({ ...dataset, commitments: [] }));
  await page.goto('/commitments');
  await expect(page.getByText('没有符合条件的任务。')).toBeVisible();
});

test('a quote that is not in its source is flagged on the source page', async ({ page }) => {
  const altered = structuredClone(dataset);
  const victim = altered.commitments.find((c) => c.id === 'jiao-ji-luo-ping-hsr')!;
  victim.origin.quote = '开工建设焦济洛平磁悬浮';
  await serveDataset(page, JSON.stringify(altered));
  await page.goto(`/sources/${victim.origin.sourceId}`);
  const note = page.getByRole('note');
  await expect(note).toContainText('1 条引文在原文中找不到');
  await expect(note.getByRole('link', { name: victim.title.zh })).toBeVisible();
});
