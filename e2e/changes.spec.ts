import { AxeBuilder } from '@axe-core/playwright';
import type { Locator, Page } from '@playwright/test';
import { existsSync, readFileSync } from 'node:fs';
import readExcelFile from 'read-excel-file/node';
import type { Commitment, Dataset } from '../src/data/schema';
import { expect, test } from './fixtures';

/** The dataset as served: the built copy, so a dataset edited after the build cannot skew the expectations. */
const served = `${process.env.LYCT_OUT_DIR ?? 'dist'}/data/commitments.json`;
const dataset = JSON.parse(
  readFileSync(existsSync(served) ? served : 'public/data/commitments.json', 'utf8'),
) as Dataset;

const STATUS_ZH: Record<string, string> = {
  not_started: '未启动',
  in_progress: '推进中',
  delayed: '滞后',
  completed: '已完成',
  ongoing: '持续推进',
  unverified: '待核实',
};

/** The first day a ledger date can mean: `2025` → 2025-01-01, `2025-06` → 2025-06-01. */
const firstDay = (date: string) => (date.length === 4 ? `${date}-01-01` : date.length === 7 ? `${date}-01` : date);
/** The last day of a plan's due period. */
function lastDay(date: string): string {
  if (date.length === 10) return date;
  const [y, m] = date.split('-').map(Number) as [number, number | undefined];
  const end = m === undefined ? new Date(Date.UTC(y + 1, 0, 0)) : new Date(Date.UTC(y, m, 0));
  return end.toISOString().slice(0, 10);
}
const byDate = (c: Commitment) => [...c.updates].sort((a, b) => firstDay(a.date).localeCompare(firstDay(b.date)));

/** Every ledger entry after `since`, as `date|title|from|to`, in date order. */
function entriesAfter(since: string, sector?: string) {
  const out: { date: string; title: string; from: string | undefined; to: string }[] = [];
  for (const c of dataset.commitments) {
    if (sector && c.sector !== sector) continue;
    byDate(c).forEach((u, i, all) => {
      if (firstDay(u.date) > since)
        out.push({ date: u.date, title: c.title.zh, from: all[i - 1]?.status, to: u.status });
    });
  }
  return out.sort((a, b) => firstDay(a.date).localeCompare(firstDay(b.date)));
}

function changesSection(page: Page): Locator {
  return page.getByRole('region', { name: /之后的变化/ });
}

test('/changes?since= lists every ledger entry after that date, oldest first, and none before', async ({ page }) => {
  const since = '2025-06-01';
  const expected = entriesAfter(since);
  expect(expected.length, 'the dataset has entries after the chosen date').toBeGreaterThan(1);
  expect(entriesAfter('2024-01-01').length, 'and entries before it').toBeGreaterThan(expected.length);

  await page.goto(`/changes?since=${since}`);
  const section = changesSection(page);
  await expect(section.getByRole('heading', { level: 2 })).toHaveText('2025年6月1日之后的变化');
  await expect(section.getByRole('status')).toHaveText(`共 ${expected.length} 条进展`);
  const articles = section.getByRole('article');
  await expect(articles).toHaveCount(expected.length);

  const dates = await section
    .locator('article time')
    .evaluateAll((els) => els.map((el) => el.getAttribute('datetime') ?? ''));
  const titles = await articles.getByRole('heading', { level: 3 }).allInnerTexts();
  expect(
    dates.every((d) => firstDay(d) > since),
    'nothing on or before the date',
  ).toBe(true);
  expect(dates.map(firstDay), 'oldest first').toEqual(dates.map(firstDay).sort());
  const pairs = (list: { date: string; title: string }[]) => list.map((e) => `${e.date}|${e.title}`).sort();
  expect(pairs(dates.map((date, i) => ({ date, title: titles[i]! })))).toEqual(pairs(expected));

  const change = expected.find((e) => e.from !== undefined && e.from !== e.to);
  expect(change, 'some entry changes the status').toBeDefined();
  const transition = articles
    .filter({ has: page.locator(`time[datetime="${change!.date}"]`) })
    .filter({ has: page.getByRole('heading', { name: change!.title, exact: true }) })
    .locator('p')
    .filter({ hasText: '状态变化' });
  await expect(transition).toContainText(`${STATUS_ZH[change!.from!]!}→变为${STATUS_ZH[change!.to]!}`);

  const hrefs = await section.locator('a[href]').evaluateAll((els) => els.map((el) => el.getAttribute('href') ?? ''));
  for (const href of hrefs) expect(href, 'only internal or http(s) links').toMatch(/^(\/|https?:\/\/)/);
});

test('the reader picks the date; it lives in the URL', async ({ page }) => {
  await page.goto('/changes?since=2025-06-01');
  await page.getByLabel('起始日期（列出此日之后的进展）').fill('2025-10-01');
  await expect(page).toHaveURL(/since=2025-10-01/);
  await expect(changesSection(page).getByRole('article')).toHaveCount(entriesAfter('2025-10-01').length);
  await page.goBack();
  await expect(changesSection(page).getByRole('article')).toHaveCount(entriesAfter('2025-06-01').length);
});

test('the sector filter of the cards narrows the changes, through the URL', async ({ page }) => {
  const since = '2025-01-01';
  const sector = dataset.sectors.find((s) => entriesAfter(since, s.id).length > 0)!;
  await page.goto(`/changes?since=${since}`);
  await page
    .getByRole('group', { name: '领域' })
    .getByRole('checkbox', { name: new RegExp(sector.name.zh) })
    .check();
  await expect(page).toHaveURL(new RegExp(`sector=${sector.id}`));
  await expect(changesSection(page).getByRole('article')).toHaveCount(entriesAfter(since, sector.id).length);
});

test('the follow-up list puts the most overdue commitment first on a fixed reference date', async ({ page }) => {
  const ref = '2026-01-15';
  const overdue = dataset.commitments
    .map((c, index) => ({ c, index, known: byDate(c).filter((u) => firstDay(u.date) <= ref) }))
    .filter(
      ({ c, known }) =>
        c.plan?.due && lastDay(c.plan.due) < ref && known.length > 0 && known.at(-1)!.status !== 'completed',
    )
    .sort((a, b) => lastDay(a.c.plan!.due!).localeCompare(lastDay(b.c.plan!.due!)) || a.index - b.index);
  expect(overdue.length, 'the dataset has an overdue commitment on the reference date').toBeGreaterThan(0);

  await page.goto(`/changes?ref=${ref}`);
  const followUp = page.getByRole('region', { name: '跟进清单' });
  await expect(followUp.getByLabel('参照日期')).toHaveValue(ref);
  const list = followUp.getByRole('list', { name: /逾期未完成/ });
  const items = list.getByRole('listitem');
  await expect(items).toHaveCount(overdue.length);
  await expect(items.first().getByRole('heading')).toHaveText(overdue[0]!.c.title.zh);
  expect(await items.getByRole('heading').allInnerTexts()).toEqual(overdue.map((o) => o.c.title.zh));
  await expect(items.first()).toContainText('已逾期');
  // the overdue list comes before the stale one
  const headings = await followUp.getByRole('heading', { level: 3 }).allInnerTexts();
  expect(headings[0]).toMatch(/^逾期未完成/);

  await followUp.getByLabel('证据陈旧标准（月）').selectOption('24');
  await expect(page).toHaveURL(/stale=24/);
  await expect(followUp.getByRole('heading', { level: 3 }).nth(1)).toHaveText(/^最新证据已满 24 个月/);
});

test('the filtered cards download as an .xlsx whose rows are the cards shown', async ({ page }) => {
  const sector = 'transport';
  await page.goto(`/commitments?sector=${sector}`);
  const cards = page.getByRole('article');
  await expect(cards.first()).toBeVisible();
  const shownIds = await cards
    .getByRole('heading', { level: 2 })
    .getByRole('link')
    .evaluateAll((links) =>
      links.map((a) => decodeURIComponent(new URL((a as HTMLAnchorElement).href).pathname.split('/').pop()!)),
    );
  const shownTitles = await cards.getByRole('heading', { level: 2 }).allInnerTexts();
  expect(shownIds.length).toBe(dataset.commitments.filter((c) => c.sector === sector).length);

  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: '下载台账 (Excel)' }).click(),
  ]);
  expect(download.suggestedFilename()).toMatch(/^洛阳承诺台账-\d{4}-\d{2}-\d{2}\.xlsx$/);
  const sheets = await readExcelFile(await download.path());
  expect(sheets.map((s) => s.sheet)).toEqual(['任务清单 Commitments', '台账 Ledger', '说明 Guide', '取值 Lists']);
  const [header, ...rows] = sheets[0]!.data;
  expect(header?.[0]).toBe('编号 Id');
  expect(rows.map((r) => r[0])).toEqual(shownIds);
  expect(rows.map((r) => r[1])).toEqual(shownTitles);
  const ledgerIds = new Set(
    sheets[1]!.data
      .slice(1)
      .map((r) => r[0])
      .filter(Boolean),
  );
  expect([...ledgerIds].sort()).toEqual([...shownIds].sort());
});

test('the page reads in English too', async ({ page }) => {
  await page.goto('/changes?since=2025-06-01&lang=en');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Changes and follow-up');
  await expect(page.getByRole('region', { name: 'Changes after 1 Jun 2025' }).getByRole('article')).toHaveCount(
    entriesAfter('2025-06-01').length,
  );
  await expect(page.getByRole('region', { name: 'Follow-up list' })).toBeVisible();
  await expect(
    page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Changes & follow-up' }),
  ).toHaveAttribute('aria-current', 'page');
});

const AXE_STATES = [
  { name: 'filled', path: '/changes?since=2025-06-01&ref=2026-01-15' },
  { name: 'empty', path: '/changes?since=2099-01-01&ref=2024-02-01' },
  { name: 'with dropped parameters', path: '/changes?since=2025-02-30&stale=abc&ref=x&sector=mars' },
  { name: 'in English', path: '/changes?since=2025-06-01&ref=2026-01-15&lang=en' },
];

for (const state of AXE_STATES) {
  test(`/changes has no axe violations: ${state.name}`, async ({ page }) => {
    // axe walks the whole page; on a loaded 2-core machine that alone can take longer than the default 30 s
    test.slow();
    await page.goto(state.path);
    await page.getByRole('heading', { level: 2 }).first().waitFor();
    const results = await new AxeBuilder({ page })
      .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'])
      .analyze();
    expect(
      results.violations.map(
        (v) =>
          `${v.id}: ${v.nodes
            .map((n) => n.target.join(' '))
            .slice(0, 3)
            .join(' | ')}`,
      ),
    ).toEqual([]);
  });
}

test('a link with bad values says what it dropped', async ({ page }) => {
  await page.goto('/changes?since=2025-02-30&stale=abc&sector=mars');
  await expect(page.getByRole('note')).toContainText('since=2025-02-30');
  await expect(page.getByRole('note')).toContainText('stale=abc');
  await expect(page.getByRole('note')).toContainText('sector=mars');
  await expect(page.getByRole('heading', { level: 2 }).first()).toBeVisible();
});
