import { AxeBuilder } from '@axe-core/playwright';
import type { Locator, Page } from '@playwright/test';
import type { Commitment, Dataset } from '../src/data/schema';
import { latestUpdate } from '../src/data/ledger';
import { endOf, startOf } from '../src/lib/partial-date';
import { zh } from '../src/i18n/zh';
import { makeLargeDataset } from '../scripts/large-dataset';
import { bundledDataset } from './dataset';
import { expect, serveDataset, test } from './fixtures';

const dataset = bundledDataset();
/** A fixed "today", so that 序时进度 does not move with the calendar. */
const TODAY = new Date('2026-03-15T10:00:00+08:00');

const CHART_TITLES = [
  zh['charts.sectorStatus.title'],
  zh['charts.schedule.title'],
  zh['charts.milestones.title'],
  zh['charts.history.title'],
] as const;

async function openOverview(page: Page, path = '/') {
  await page.clock.setFixedTime(TODAY);
  await page.emulateMedia({ reducedMotion: 'reduce' });
  await page.goto(path);
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  // The chart code is a separate chunk; on a busy machine it takes a moment.
  await expect(page.locator('[data-chart-node]').first()).toBeVisible({ timeout: 30_000 });
}

const chart = (page: Page, title: string) => page.getByRole('region', { name: title, exact: true });

/** Charts are drawn once scrolled near: bring the chart into view and wait for its SVG. */
async function drawn(region: Locator): Promise<Locator> {
  await region.scrollIntoViewIfNeeded();
  const svg = region.locator('svg.recharts-surface').first();
  await expect(svg).toBeVisible({ timeout: 20_000 });
  return svg;
}

/** Opens the "view as table" of a chart and reads it: header labels and the text of every cell. */
async function readTable(region: Locator): Promise<{ head: string[]; rows: string[][] }> {
  const details = region.locator('details');
  if (!(await details.evaluate((d) => (d as HTMLDetailsElement).open))) {
    await region.locator('details > summary').click();
  }
  const table = region.getByRole('table');
  await expect(table).toBeVisible();
  const head = await table.locator('thead th').allInnerTexts();
  const rows = await table
    .locator('tbody tr')
    .evaluateAll((trs) => trs.map((tr) => Array.from(tr.children, (cell) => (cell.textContent ?? '').trim())));
  return { head, rows };
}

/**
 * Hovers the chart at a point (relative to its SVG) and reads the tooltip: its
 * first cell and `label → value` pairs. recharts keeps a hidden tooltip in the
 * page between hovers, so wait for the one of this point (`heading` where known).
 */
async function tooltipAt(region: Locator, svg: Locator, x: number, y: number, heading?: string) {
  await svg.hover({ position: { x, y }, force: true });
  const tip = region.locator('[data-chart-tooltip]');
  const title = tip.locator('p');
  await expect(tip, `tooltip at ${Math.round(x)},${Math.round(y)}`).toBeVisible();
  if (heading !== undefined) await expect(title).toHaveText(heading);
  else await expect(title).not.toHaveText('');
  const pairs = await tip
    .locator('dl > div')
    .evaluateAll((items) =>
      items.map((item) => [item.querySelector('dt')?.textContent ?? '', item.querySelector('dd')?.textContent ?? '']),
    );
  return { heading: ((await title.textContent()) ?? '').trim(), pairs };
}

function statusCounts(commitments: readonly Commitment[]): Map<string, Map<string, number>> {
  const bySector = new Map<string, Map<string, number>>();
  for (const c of commitments) {
    const counts = bySector.get(c.sector) ?? new Map<string, number>();
    const status = latestUpdate(c).status;
    counts.set(status, (counts.get(status) ?? 0) + 1);
    bySector.set(c.sector, counts);
  }
  return bySector;
}

const number = (text: string) => Number(text.replace(/,/g, ''));
const statusLabel = (id: string) => zh[`status.${id}` as keyof typeof zh];

test.describe.configure({ timeout: 90_000 });

test.describe('the overview', () => {
  test('draws every chart, each with its legend, source, date and link inside the exported node', async ({ page }) => {
    await openOverview(page);
    for (const title of CHART_TITLES) {
      const region = chart(page, title);
      await drawn(region);
      const node = region.locator('[data-chart-node]');
      await expect(node.getByRole('heading', { name: title })).toBeVisible();
      await expect(node).toContainText(zh['charts.filter.all']);
      await expect(node).toContainText('来源：');
      await expect(node).toContainText(`数据截至 ${dataset.asOf.slice(0, 4)}年`);
      await expect(node).toContainText(zh['app.name']);
      await expect(node.getByRole('list', { name: zh['charts.legend'] })).toBeVisible();
    }
    // Chart 5: the figures over time and the chosen commitment's figures by unit.
    const figures = page.getByRole('region', { name: zh['charts.figures.heading'] });
    await drawn(figures.getByRole('region').first());
    await expect(figures.getByRole('combobox', { name: zh['charts.figures.pick'] })).toBeVisible();
    // Headline projects link to their records.
    for (const id of ['zhongzhou-catl-battery-base', 'luoyang-ethylene-1mt', 'jiao-ji-luo-ping-hsr']) {
      const c = dataset.commitments.find((x) => x.id === id);
      if (!c) continue;
      await expect(page.getByRole('link', { name: c.title.zh })).toHaveAttribute('href', `/commitments/${id}`);
    }
  });

  test('filtering by a sector changes the bars and the numbers to that sector’s counts', async ({ page }) => {
    const counts = statusCounts(dataset.commitments);
    // The sector with the most different statuses makes the strongest check.
    const [sectorId, expected] = [...counts].sort((a, b) => b[1].size - a[1].size)[0]!;
    const sector = dataset.sectors.find((s) => s.id === sectorId)!;
    const total = [...expected.values()].reduce((a, b) => a + b, 0);

    await openOverview(page);
    const region = chart(page, zh['charts.sectorStatus.title']);
    const before = await readTable(region);
    expect(before.rows).toHaveLength(counts.size);

    // A click, not check(): the filter is a navigation, and React shows the new state once it has rendered.
    const box = page.getByRole('checkbox', { name: new RegExp(`^${sector.name.zh}`) });
    await box.click();
    await expect(box).toBeChecked();
    await expect(page).toHaveURL(new RegExp(`sector=${sectorId}`));
    await expect(region.locator('[data-chart-node]')).toContainText(`领域：${sector.name.zh}`);

    // The table holds one row with this sector's counts, read from the dataset.
    const after = await readTable(region);
    expect(after.rows).toHaveLength(1);
    const row = after.rows[0]!;
    expect(row[0]).toBe(sector.name.zh);
    const byLabel = new Map(after.head.map((label, i) => [label, row[i] ?? '']));
    for (const [status, count] of expected) expect(number(byLabel.get(statusLabel(status)) ?? ''), status).toBe(count);
    expect(number(byLabel.get(zh['charts.total']) ?? '')).toBe(total);
    expect(after.head.length - 2, 'one column per status present').toBe(expected.size);

    // The bars: one segment per status, each as long as its count on the axis scale.
    const svg = await drawn(region);
    const ticks = await svg
      .locator('.recharts-xAxis-tick-labels text')
      .evaluateAll((texts) =>
        texts.map((t) => [Number((t.textContent ?? '').replace(/,/g, '')), Number(t.getAttribute('x'))] as const),
      );
    const [v0, x0] = ticks[0]!;
    const [v1, x1] = ticks[ticks.length - 1]!;
    const perUnit = (x1 - x0) / (v1 - v0);
    const segments = await svg
      .locator('path.recharts-rectangle')
      .evaluateAll((paths) =>
        paths.map((p) => [p.getAttribute('name') ?? '', Number(p.getAttribute('width'))] as const),
      );
    const visibleSegments = segments.filter(([, width]) => width > 0);
    expect(visibleSegments).toHaveLength(expected.size);
    for (const [name, width] of visibleSegments) {
      const status = [...expected.keys()].find((s) => statusLabel(s) === name)!;
      expect(Math.abs(width - expected.get(status)! * perUnit), name).toBeLessThan(1.5);
    }

    // The headline numbers follow the filter too.
    await expect(page.locator('[data-figure="tracked"] dd').first()).toHaveText(String(total));
  });

  test('each table alternative holds the same numbers as its chart', async ({ page }) => {
    // Two dozen hovers: slow on a loaded machine.
    test.setTimeout(180_000);
    await openOverview(page);

    // Chart 1: hovering each sector row shows that row of the table.
    const sectors = chart(page, zh['charts.sectorStatus.title']);
    const sectorTable = await readTable(sectors);
    const svg1 = await drawn(sectors);
    const width1 = Number(await svg1.getAttribute('width'));
    const rowsY = await svg1
      .locator('.recharts-yAxis-tick-lines line')
      .evaluateAll((lines) => lines.map((l) => Number(l.getAttribute('y1'))));
    expect(rowsY).toHaveLength(sectorTable.rows.length);
    for (const [i, y] of rowsY.entries()) {
      const row = sectorTable.rows[i]!;
      const tip = await tooltipAt(sectors, svg1, width1 * 0.6, y, row[0]);
      expect(tip.heading).toBe(row[0]);
      expect(tip.pairs).toEqual(sectorTable.head.slice(1).map((label, j) => [label, row[j + 1]]));
    }

    // Chart 2: each expected bar is as long as its number in the table (0–100% axis).
    const schedule = chart(page, zh['charts.schedule.title']);
    const scheduleTable = await readTable(schedule);
    const expectedCol = scheduleTable.head.indexOf(zh['charts.schedule.expectedPct']);
    const actualCol = scheduleTable.head.indexOf(zh['charts.schedule.actualPct']);
    const svg2 = await drawn(schedule);
    const axis = await svg2
      .locator('.recharts-xAxis-tick-labels text')
      .evaluateAll((texts) => texts.map((t) => Number(t.getAttribute('x'))));
    const span = axis[axis.length - 1]! - axis[0]!;
    const expectedBars = await svg2
      .locator(`path.recharts-rectangle[name="${zh['charts.schedule.expected']}"]`)
      .evaluateAll((paths) => paths.map((p) => Number(p.getAttribute('width'))));
    expect(expectedBars).toHaveLength(scheduleTable.rows.length);
    for (const [i, width] of expectedBars.entries()) {
      expect((width / span) * 100).toBeCloseTo(number(scheduleTable.rows[i]![expectedCol]!), 0);
    }
    const actualBars = await svg2.locator(`path.recharts-rectangle[name="${zh['charts.schedule.actual']}"]`).count();
    expect(actualBars).toBe(scheduleTable.rows.filter((r) => r[actualCol] !== zh['charts.table.none']).length);

    // Chart 4: every tooltip along the time axis is a row of the table.
    const history = chart(page, zh['charts.history.title']);
    const historyTable = await readTable(history);
    const byDate = new Map(historyTable.rows.map((r) => [r[0], r]));
    const svg4 = await drawn(history);
    const [width4, height4] = [Number(await svg4.getAttribute('width')), Number(await svg4.getAttribute('height'))];
    const seen = new Set<string>();
    for (let step = 1; step <= 9; step += 1) {
      const tip = await tooltipAt(history, svg4, (width4 * step) / 10, height4 * 0.5);
      const row = byDate.get(tip.heading);
      expect(row, tip.heading).toBeDefined();
      expect(tip.pairs).toEqual(historyTable.head.slice(1).map((label, j) => [label, row![j + 1]]));
      seen.add(tip.heading);
    }
    expect(seen.size).toBeGreaterThan(1);
    // The last row is the state on the data-as-of date, and matches the current statuses.
    const last = historyTable.rows[historyTable.rows.length - 1]!;
    expect(number(last[last.length - 1]!)).toBe(dataset.commitments.length);

    // Chart 5: the values written on the bars are the table's "as shown" column, in order.
    const figures = page.getByRole('region', { name: zh['charts.figures.heading'] });
    const panel = figures.getByRole('region').first();
    await drawn(panel);
    const panelTable = await readTable(panel);
    const shownCol = panelTable.head.indexOf(zh['charts.figures.shown']);
    const labels = await panel.locator('.recharts-label-list text').allTextContents();
    expect(labels).toEqual(panelTable.rows.map((r) => r[shownCol]));
  });

  test('the milestone chart lists every planned milestone with its planned and actual dates', async ({ page }) => {
    const planned = dataset.commitments.flatMap((c) => (c.plan?.milestones ?? []).filter((m) => m.planned));
    await openOverview(page);
    const region = chart(page, zh['charts.milestones.title']);
    const table = await readTable(region);
    expect(table.rows).toHaveLength(Math.min(20, planned.length));
    const withActual = planned.filter((m) => m.actual).length;
    expect(table.rows.filter((r) => /\d/.test(r[3] ?? '')).length).toBe(Math.min(withActual, table.rows.length));
    // One diamond per actual date in the table, one band per row.
    const svg = await drawn(region);
    await expect(svg.locator('[data-mark="actual"]')).toHaveCount(
      table.rows.filter((r) => /\d/.test(r[3] ?? '')).length,
    );
    await expect(svg.locator('.recharts-bar-rectangle')).toHaveCount(table.rows.length);
  });

  test('序时进度 is measured on the reference date the reader picks, and the link keeps it', async ({ page }) => {
    const planned = dataset.commitments.filter((c) => c.plan?.start && c.plan.due);
    expect(planned.length).toBeGreaterThan(0);
    const expectedOn = (c: Commitment, day: string) => {
      const start = startOf(c.plan!.start!);
      const share = (endOf(day) - start) / (endOf(c.plan!.due!) - start);
      return Math.round(Math.min(1, Math.max(0, share)) * 1000) / 10;
    };
    await openOverview(page, '/?ref=2025-06-30');
    const region = chart(page, zh['charts.schedule.title']);
    await expect(region.locator('[data-chart-node]')).toContainText('截至 2025年6月30日');
    const read = async () => {
      const table = await readTable(region);
      const col = table.head.indexOf(zh['charts.schedule.expectedPct']);
      return new Map(table.rows.map((r) => [r[0], number(r[col]!)]));
    };
    let shown = await read();
    for (const c of planned.slice(0, 20)) {
      if (shown.has(c.title.zh)) expect(shown.get(c.title.zh), c.id).toBe(expectedOn(c, '2025-06-30'));
    }
    await region.getByLabel(zh['charts.schedule.refLabel']).fill('2024-12-31');
    await expect(page).toHaveURL(/ref=2024-12-31/);
    await expect(region.locator('[data-chart-node]')).toContainText('截至 2024年12月31日');
    shown = await read();
    const checked = planned.filter((c) => shown.has(c.title.zh));
    expect(checked.length).toBeGreaterThan(0);
    for (const c of checked) expect(shown.get(c.title.zh), c.id).toBe(expectedOn(c, '2024-12-31'));
    await region.getByRole('button', { name: zh['charts.schedule.refToday'] }).click();
    await expect(page).not.toHaveURL(/ref=/);
    await expect(region.locator('[data-chart-node]')).toContainText('截至 2026年3月15日');
  });

  test('draws without animation when the reader prefers reduced motion', async ({ page }) => {
    await openOverview(page);
    const bar = (await drawn(chart(page, zh['charts.sectorStatus.title']))).locator('path.recharts-rectangle').first();
    await expect(bar).toBeVisible();
    const widths: number[] = [];
    for (let i = 0; i < 4; i += 1) {
      widths.push(Number(await bar.getAttribute('width')));
      await page.waitForTimeout(60);
    }
    expect(new Set(widths).size).toBe(1);
    expect(widths[0]).toBeGreaterThan(0);
  });

  test('has no accessibility violations with the tables open', async ({ page }) => {
    await openOverview(page);
    for (const title of CHART_TITLES) await readTable(chart(page, title));
    const results = await new AxeBuilder({ page })
      .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'])
      .analyze();
    expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
  });

  test('reads in English with English units and labels', async ({ page }) => {
    await openOverview(page, '/?lang=en');
    await expect(page.getByRole('heading', { level: 1, name: 'Overview' })).toBeVisible();
    const region = chart(page, 'Where each sector stands');
    await drawn(region);
    await expect(region.locator('[data-chart-node]')).toContainText('Unit: commitments');
    await expect(region.locator('[data-chart-node]')).toContainText('All sectors');
  });
});

test.describe('charts with awkward data', () => {
  function variant(commitments: Commitment[], base: Dataset = dataset): string {
    return JSON.stringify({ ...base, commitments });
  }

  test('a sector with no commitments shows a message in every chart, never a broken one', async ({ page }) => {
    const sector = dataset.sectors[dataset.sectors.length - 1]!;
    await serveDataset(page, variant(dataset.commitments.filter((c) => c.sector !== sector.id)));
    await openOverview(page, `/?sector=${sector.id}`);
    for (const title of CHART_TITLES) {
      const region = chart(page, title);
      await expect(region.locator('[data-chart-node]')).toContainText(/没有/);
      await expect(region.locator('svg.recharts-surface')).toHaveCount(0);
      await expect(region.locator('details > summary')).toHaveCount(0);
    }
    await expect(page.getByRole('region', { name: zh['charts.figures.heading'] })).toContainText(
      zh['charts.figures.empty'],
    );
  });

  test('everything in one sector, all-zero and negative figures, and 10,000 commitments', async ({ page }) => {
    test.setTimeout(120_000);
    const large = makeLargeDataset(10_000);
    const milestone = (i: number) => ({
      id: 'm',
      label: { zh: '合成里程碑', en: 'Synthetic milestone' },
      planned: '2024-06',
      actual: i % 100 === 0 ? '2024-09-01' : undefined,
      sourceIds: ['synthetic-source'],
    });
    const figure = (id: string, value: number, unit: '个' | '亿元') => ({
      id,
      label: { zh: id, en: id },
      value,
      unit,
      date: '2025-01-01',
      sourceId: 'synthetic-source',
    });
    const commitments: Commitment[] = large.commitments.map((c, i) => ({
      ...c,
      sector: 'transport',
      plan: c.plan && { ...c.plan, milestones: i % 50 === 0 ? [milestone(i)] : [] },
    }));
    commitments[0] = {
      ...commitments[0]!,
      metrics: [
        figure('zero-a', 0, '个'),
        figure('zero-b', 0, '个'),
        figure('loss', -0.67, '亿元'),
        figure('gain', 2.31, '亿元'),
      ],
    };
    // Seven megabytes through request interception take a while on a busy machine.
    await serveDataset(page, variant(commitments, large));
    await page.clock.setFixedTime(TODAY);
    await page.goto('/?figures=synthetic-0');
    const sectors = chart(page, zh['charts.sectorStatus.title']);
    // The app gives up on a dataset after 4 s; passing 7 MB through request
    // interception on a loaded machine can take longer, so retry like a reader would.
    const retry = page.getByRole('alert').getByRole('button', { name: zh['error.retry'] });
    for (let attempt = 0; attempt < 3; attempt += 1) {
      await expect(sectors.or(retry)).toBeVisible({ timeout: 60_000 });
      if (await sectors.isVisible()) break;
      await retry.click();
    }
    await expect(sectors).toBeVisible();
    await drawn(sectors);
    const table = await readTable(sectors);
    expect(table.rows).toHaveLength(1);
    expect(number(table.rows[0]![table.rows[0]!.length - 1]!)).toBe(10_000);
    for (const title of CHART_TITLES) await drawn(chart(page, title));
    // Long lists are cut to a readable number of rows, and say so.
    const planned = commitments.filter((c) => c.plan?.start && c.plan.due).length;
    await expect(chart(page, zh['charts.schedule.title'])).toContainText(
      `仅显示 20 项（共 ${planned.toLocaleString('en-US')} 项）`,
    );
    await expect(chart(page, zh['charts.milestones.title'])).toContainText(/仅显示 20 项（共 [\d,]+ 项）/);
    // Zeros and a negative figure are drawn and labelled, not dropped.
    const figures = page.getByRole('region', { name: zh['charts.figures.heading'] });
    await expect(figures.getByRole('combobox', { name: zh['charts.figures.pick'] })).toHaveValue('synthetic-0');
    const panels = figures.getByRole('region');
    for (let i = 0; i < (await panels.count()); i += 1) await drawn(panels.nth(i));
    const labels = await figures.locator('.recharts-label-list text').allTextContents();
    expect(labels).toEqual(expect.arrayContaining(['-0.67亿元', '2.31亿元', '0个']));
  });
});

test('the cards page loads no chart code', async ({ page }) => {
  const scripts = new Map<string, Promise<string>>();
  page.on('response', (response) => {
    if (response.request().resourceType() === 'script') scripts.set(response.url(), response.text());
  });
  await page.goto('/commitments');
  await expect(page.getByRole('article').first()).toBeVisible({ timeout: 30_000 });
  await page.waitForLoadState('networkidle');
  const cardsPage = [...scripts.entries()];
  expect(cardsPage.length).toBeGreaterThan(0);
  for (const [url, body] of cardsPage) expect(await body, url).not.toContain('recharts-surface');

  // The marker is real: the overview does load it.
  scripts.clear();
  await page.getByRole('navigation', { name: '主导航' }).getByRole('link', { name: '总览' }).click();
  await expect(page.locator('svg.recharts-surface').first()).toBeVisible({ timeout: 30_000 });
  const bodies = await Promise.all([...scripts.values()]);
  expect(bodies.some((body) => body.includes('recharts-surface'))).toBe(true);
});
