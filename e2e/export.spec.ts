import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { AxeBuilder } from '@axe-core/playwright';
import { chromium, type Browser, type Download, type Locator, type Page } from '@playwright/test';
import { zh } from '../src/i18n/zh';
import { expect, ORIGIN, test } from './fixtures';

/**
 * Chart export (issue 6), on the first chart of the overview: each format
 * downloads, the PNG is twice the on-screen size and not blank, the SVG holds
 * the title and draws its text as outlines, the CSV equals the chart's table,
 * and an export made where the system has no Chinese font (only DejaVu)
 * matches one made with the system's Noto Sans CJK, pixel for pixel.
 */

const TRIGGER = /^导出图表：/;
const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

/** axe on the export menus or the full-screen image only (the whole overview is the accessibility spec's). */
async function axeViolations(page: Page, scope: string): Promise<string[]> {
  const results = await new AxeBuilder({ page }).include(scope).withTags(AXE_TAGS).analyze();
  return results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(' | ')}`);
}
/** Exports and the lazily loaded chart code can take seconds on a busy 2-core machine. */
const SLOW = { timeout: 30_000 };

interface Chart {
  title: string;
  trigger: Locator;
  node: Locator;
  region: Locator;
}

async function firstChart(page: Page): Promise<Chart> {
  const trigger = page.getByRole('button', { name: TRIGGER }).first();
  await expect(trigger).toBeVisible(SLOW);
  const title = ((await trigger.getAttribute('aria-label')) ?? '').replace(TRIGGER, '');
  const region = page.getByRole('region', { name: title });
  return { title, trigger, region, node: region.locator('[data-chart-node]') };
}

async function exportFile(page: Page, chart: Chart, item: RegExp): Promise<{ download: Download; bytes: Buffer }> {
  if ((await chart.trigger.getAttribute('aria-expanded')) !== 'true') await chart.trigger.click();
  const downloading = page.waitForEvent('download', SLOW);
  await chart.region.getByRole('button', { name: item }).click();
  const download = await downloading;
  return { download, bytes: readFileSync(await download.path()) };
}

interface PixelStats {
  width: number;
  height: number;
  /** Share of pixels that are neither white nor transparent. */
  inked: number;
  colours: number;
  corner: [number, number, number, number];
  /** Alpha of a pixel inside the frame's padding, left middle. */
  paddingAlpha: number;
}

/** Decodes a PNG in the page (the browser's own decoder) and summarises its pixels. */
function pixelStats(page: Page, png: Buffer): Promise<PixelStats> {
  return page.evaluate(async (base64) => {
    const image = new Image();
    image.src = `data:image/png;base64,${base64}`;
    await image.decode();
    const canvas = document.createElement('canvas');
    canvas.width = image.naturalWidth;
    canvas.height = image.naturalHeight;
    const context = canvas.getContext('2d');
    if (!context) throw new Error('no 2d context');
    context.drawImage(image, 0, 0);
    const { data } = context.getImageData(0, 0, canvas.width, canvas.height);
    let inked = 0;
    const colours = new Set<number>();
    for (let i = 0; i < data.length; i += 4) {
      const [r, g, b, a] = [data[i] ?? 0, data[i + 1] ?? 0, data[i + 2] ?? 0, data[i + 3] ?? 0];
      if (a > 0 && (r < 250 || g < 250 || b < 250)) inked += 1;
      colours.add((r << 24) | (g << 16) | (b << 8) | a);
    }
    const at = (x: number, y: number) =>
      Array.from(context.getImageData(x, y, 1, 1).data) as [number, number, number, number];
    return {
      width: canvas.width,
      height: canvas.height,
      inked: inked / (data.length / 4),
      colours: colours.size,
      corner: at(0, 0),
      paddingAlpha: at(8, Math.floor(canvas.height / 2))[3],
    };
  }, png.toString('base64'));
}

/**
 * Draws two images at the same size and compares them: `differing` is the
 * share of pixels that differ by more than a small tolerance; `blocks` the
 * share of 8×8 blocks whose mean brightness differs by more than 16 of 255,
 * which ignores anti-aliasing (hinted glyphs against outlines) but not missing
 * or misplaced text (a blank image against a chart: about 17%).
 */
function pixelDifference(page: Page, a: { type: string; bytes: Buffer }, b: { type: string; bytes: Buffer }) {
  return page.evaluate(
    async ([first, second]) => {
      const draw = async ({ type, base64 }: { type: string; base64: string }) => {
        const image = new Image();
        image.src = `data:${type};base64,${base64}`;
        await image.decode();
        const canvas = document.createElement('canvas');
        canvas.width = image.naturalWidth;
        canvas.height = image.naturalHeight;
        const context = canvas.getContext('2d');
        if (!context) throw new Error('no 2d context');
        context.fillStyle = '#fff';
        context.fillRect(0, 0, canvas.width, canvas.height);
        context.drawImage(image, 0, 0);
        return context.getImageData(0, 0, canvas.width, canvas.height);
      };
      const [x, y] = [await draw(first), await draw(second)];
      if (x.width !== y.width || x.height !== y.height) return { sameSize: false, differing: 1, blocks: 1 };
      const { width, height } = x;
      let differing = 0;
      for (let i = 0; i < x.data.length; i += 4) {
        for (let c = 0; c < 3; c += 1) {
          if (Math.abs((x.data[i + c] ?? 0) - (y.data[i + c] ?? 0)) > 24) {
            differing += 1;
            break;
          }
        }
      }
      const N = 8;
      let blocks = 0;
      let badBlocks = 0;
      for (let top = 0; top + N <= height; top += N) {
        for (let left = 0; left + N <= width; left += N) {
          let sum = 0;
          for (let row = top; row < top + N; row += 1) {
            for (let col = left; col < left + N; col += 1) {
              const i = (row * width + col) * 4;
              for (let c = 0; c < 3; c += 1) sum += (x.data[i + c] ?? 0) - (y.data[i + c] ?? 0);
            }
          }
          blocks += 1;
          if (Math.abs(sum) / (3 * N * N) > 16) badBlocks += 1;
        }
      }
      return { sameSize: true, differing: differing / (width * height), blocks: badBlocks / blocks };
    },
    [
      { type: a.type, base64: a.bytes.toString('base64') },
      { type: b.type, base64: b.bytes.toString('base64') },
    ] as const,
  );
}

/** RFC 4180 rows: quoted fields with doubled quotes and line breaks. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i += 1) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        field += '"';
        i += 1;
      } else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') {
      row.push(field);
      field = '';
    } else if (c === '\r' && text[i + 1] === '\n') {
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
      i += 1;
    } else field += c;
  }
  if (field || row.length) rows.push([...row, field]);
  return rows;
}

test.describe('chart export', () => {
  test.describe.configure({ timeout: 60_000 });
  test('loads the export code on first use, then each format downloads with a readable name', async ({ page }) => {
    const requested: string[] = [];
    page.on('request', (request) => requested.push(new URL(request.url()).pathname));
    await page.goto('/');
    const chart = await firstChart(page);
    const box = await chart.node.boundingBox();
    expect(box).not.toBeNull();
    expect(requested.some((path) => /export-adapter/.test(path))).toBe(false);

    const png = await exportFile(page, chart, /^PNG 图片（2 倍/);
    expect(requested.some((path) => /export-adapter/.test(path))).toBe(true);
    expect(png.download.suggestedFilename()).toMatch(/^洛阳承诺-[^/\\:*?"<>|]+-\d{4}-\d{2}-\d{2}\.png$/);
    const stats = await pixelStats(page, png.bytes);
    // Twice the on-screen size (html-to-image rounds the frame to whole CSS pixels).
    expect(Math.abs(stats.width - 2 * (box?.width ?? 0))).toBeLessThanOrEqual(2);
    expect(Math.abs(stats.height - 2 * (box?.height ?? 0))).toBeLessThanOrEqual(2);
    expect(stats.corner).toEqual([255, 255, 255, 255]);
    expect(stats.inked).toBeGreaterThan(0.03);
    expect(stats.colours).toBeGreaterThan(20);

    const clear = await exportFile(page, chart, /^PNG 图片（透明背景/);
    expect(clear.download.suggestedFilename()).toMatch(/-透明背景\.png$/);
    const clearStats = await pixelStats(page, clear.bytes);
    expect(clearStats.width).toBe(stats.width);
    expect(clearStats.corner[3]).toBe(0);
    expect(clearStats.paddingAlpha).toBe(0);
    expect(clearStats.inked).toBeGreaterThan(0.03);

    const svg = await exportFile(page, chart, /^SVG/);
    expect(svg.download.suggestedFilename()).toMatch(/\.svg$/);
    const markup = svg.bytes.toString('utf8');
    expect(markup).toContain(`<title>${chart.title}</title>`);
    expect(markup).toContain(`aria-label="${chart.title}"`);
    // All text drawn as outlines from the app font: no <text> left for an office suite to re-font.
    expect(markup).not.toMatch(/<text[\s>]/);
    expect(markup.match(/<path /g)?.length ?? 0).toBeGreaterThan(20);
    const parsed = await page.evaluate((text) => {
      const doc = new DOMParser().parseFromString(text, 'image/svg+xml');
      return { error: doc.querySelector('parsererror') !== null, root: doc.documentElement.localName };
    }, markup);
    expect(parsed).toEqual({ error: false, root: 'svg' });

    await expect(page.getByRole('status').filter({ hasText: svg.download.suggestedFilename() })).toHaveCount(1);
  });

  test('the CSV has a BOM and the same rows as the chart’s data table', async ({ page }) => {
    await page.goto('/');
    const chart = await firstChart(page);
    const csv = await exportFile(page, chart, /^CSV/);
    expect(csv.download.suggestedFilename()).toMatch(/\.csv$/);
    expect([...csv.bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const rows = parseCsv(csv.bytes.toString('utf8').slice(1));

    await chart.region.locator('summary', { hasText: zh['charts.table.show'] }).click();
    const table = chart.region.getByRole('table');
    const header = await table.locator('thead th').allTextContents();
    const body = await table
      .locator('tbody tr')
      .evaluateAll((trs) =>
        trs.map((tr) => Array.from(tr.querySelectorAll('th, td')).map((cell) => cell.textContent ?? '')),
      );
    expect(rows[0]).toEqual(header);
    // The table shows numbers for the reader (grouped) and a dash for no value; the CSV keeps raw numbers and empty cells.
    const raw = (cell: string) =>
      cell === zh['charts.table.none'] ? '' : /^-?[\d,]+(\.\d+)?$/.test(cell) ? cell.replaceAll(',', '') : cell;
    expect(rows.slice(1)).toEqual(body.map((cells) => cells.map(raw)));
    expect(rows.length).toBeGreaterThan(1);
  });

  test('English exports get English file names', async ({ page }) => {
    await page.goto('/?lang=en');
    const trigger = page.getByRole('button', { name: /^Export chart: / }).first();
    await trigger.click(SLOW);
    const downloading = page.waitForEvent('download');
    await page
      .getByRole('button', { name: /^PNG image \(2×/ })
      .first()
      .click();
    const download = await downloading;
    expect(download.suggestedFilename()).toMatch(/^luoyang-commitments-.+-\d{4}-\d{2}-\d{2}\.png$/);
  });

  test('copies the chart as a PNG to the clipboard', async ({ page, context }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: ORIGIN });
    await page.goto('/');
    const chart = await firstChart(page);
    const box = await chart.node.boundingBox();
    await chart.trigger.click();
    await chart.region.getByRole('button', { name: '复制图片到剪贴板' }).click();
    await expect(chart.region.getByRole('status')).toHaveText(zh['export.copied'], SLOW);
    const copied = await page.evaluate(async () => {
      const [item] = await navigator.clipboard.read();
      if (!item) return null;
      const blob = await item.getType('image/png');
      const bitmap = await createImageBitmap(blob);
      return { types: item.types, width: bitmap.width, height: bitmap.height };
    });
    expect(copied?.types).toContain('image/png');
    expect(Math.abs((copied?.width ?? 0) - 2 * (box?.width ?? 0))).toBeLessThanOrEqual(2);
  });

  test('keyboard: the menu opens on Enter with no axe violation, Escape closes it and returns focus', async ({
    page,
  }) => {
    await page.goto('/');
    const chart = await firstChart(page);
    await chart.trigger.focus();
    await page.keyboard.press('Enter');
    await expect(chart.trigger).toHaveAttribute('aria-expanded', 'true');
    await expect(chart.region.getByRole('button', { name: /^PNG 图片（2 倍/ })).toBeFocused();
    expect(await axeViolations(page, '[data-export-exclude]')).toEqual([]);
    await page.keyboard.press('Escape');
    await expect(chart.trigger).toHaveAttribute('aria-expanded', 'false');
    await expect(chart.trigger).toBeFocused();
  });
});

test.describe('in WeChat', () => {
  test.describe.configure({ timeout: 60_000 });
  test.use({
    userAgent:
      'Mozilla/5.0 (Linux; Android 12; V2118A) AppleWebKit/537.36 (KHTML, like Gecko) Version/4.0 Chrome/107.0.5304.141 Mobile Safari/537.36 XWEB/5061 MMWEBSDK/20230303 MicroMessenger/8.0.34.2340(0x2800225D) WeChat/arm64 Weixin NetType/WIFI Language/zh_CN',
  });

  test('the image opens full-screen for a long-press save instead of downloading', async ({ page }) => {
    await page.goto('/');
    const chart = await firstChart(page);
    let downloads = 0;
    page.on('download', () => (downloads += 1));
    await chart.trigger.click();
    await expect(chart.region.getByRole('button', { name: /^SVG/ })).toHaveCount(0);
    await chart.region.getByRole('button', { name: /^PNG 图片（2 倍/ }).click();
    const dialog = page.getByRole('dialog', { name: zh['export.previewTitle'] });
    await expect(dialog).toBeVisible(SLOW);
    const image = dialog.getByRole('img', { name: chart.title });
    await expect(image).toBeVisible();
    expect(await image.evaluate((img: HTMLImageElement) => img.naturalWidth)).toBeGreaterThan(400);
    await expect(dialog.getByRole('button', { name: zh['export.close'] })).toBeFocused();
    expect(await axeViolations(page, 'dialog')).toEqual([]);
    await dialog.getByRole('button', { name: zh['export.close'] }).click();
    await expect(dialog).toBeHidden();
    await expect(chart.trigger).toBeFocused();
    expect(downloads).toBe(0);
  });
});

/** Latin-only system fonts: Chromium fails to load any web font when fontconfig knows no font at all. */
const LATIN_FONT_DIRS = [
  '/usr/share/fonts/truetype/dejavu',
  '/usr/share/fonts/truetype/liberation',
  '/usr/share/fonts/truetype/liberation2',
];

/**
 * A second Chromium whose fontconfig sees only a Latin font folder: no Chinese
 * system font. The system's rendering rules (conf.d: hinting, antialiasing) are
 * kept, so that the only difference from the first browser is the fonts.
 */
async function launchWithoutChineseFonts(dir: string, launchOptions: object): Promise<Browser> {
  const latin = LATIN_FONT_DIRS.find((candidate) => existsSync(candidate));
  if (!latin) throw new Error(`None of ${LATIN_FONT_DIRS.join(', ')} exists: install fonts-dejavu-core (Debian).`);
  mkdirSync(dir, { recursive: true });
  const config = `${dir}/fonts.conf`;
  writeFileSync(
    config,
    [
      '<?xml version="1.0"?>',
      '<!DOCTYPE fontconfig SYSTEM "fonts.dtd">',
      '<fontconfig>',
      `  <dir>${latin}</dir>`,
      '  <include ignore_missing="yes">/etc/fonts/conf.d</include>',
      `  <cachedir>${dir}/cache</cachedir>`,
      '</fontconfig>',
      '',
    ].join('\n'),
  );
  return chromium.launch({ ...launchOptions, env: { ...process.env, FONTCONFIG_FILE: config } });
}

/** The fixture's guard, for a page of the second browser: no console error, CSP violation or request elsewhere. */
async function guard(page: Page): Promise<string[]> {
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
    if (message.type() === 'error') problems.push(`console error: ${message.text()}`);
  });
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  return problems;
}

/** Draws an SVG file at twice its size into a PNG, in the given browser. */
async function rasterizeSvg(page: Page, svg: Buffer): Promise<Buffer> {
  const dataUrl = await page.evaluate(async (base64) => {
    const image = new Image();
    image.src = `data:image/svg+xml;base64,${base64}`;
    await image.decode();
    const canvas = document.createElement('canvas');
    canvas.width = Math.round(image.naturalWidth * 2);
    canvas.height = Math.round(image.naturalHeight * 2);
    const context = canvas.getContext('2d');
    if (!context) throw new Error('no 2d context');
    context.drawImage(image, 0, 0, canvas.width, canvas.height);
    return canvas.toDataURL('image/png');
  }, svg.toString('base64'));
  return Buffer.from(dataUrl.slice(dataUrl.indexOf(',') + 1), 'base64');
}

/** Draws 洛阳承诺 in the system's sans-serif: what a page without its own font would show. */
function systemGlyphs(page: Page): Promise<string> {
  return page.evaluate(() => {
    const canvas = document.createElement('canvas');
    canvas.width = 160;
    canvas.height = 40;
    const context = canvas.getContext('2d');
    if (!context) throw new Error('no 2d context');
    context.font = '28px sans-serif';
    context.fillText('洛阳承诺', 4, 30);
    return canvas.toDataURL();
  });
}

test.describe('with no Chinese system font', () => {
  test('the PNG and SVG exports are the same as with one', async ({ page }, testInfo) => {
    test.setTimeout(120_000);
    const viewport = { width: 1100, height: 900 };
    await page.setViewportSize(viewport);
    await page.goto('/');
    const chart = await firstChart(page);
    const withFonts = {
      png: (await exportFile(page, chart, /^PNG 图片（2 倍/)).bytes,
      svg: (await exportFile(page, chart, /^SVG/)).bytes,
      system: await systemGlyphs(page),
    };

    const bare = await launchWithoutChineseFonts(
      testInfo.outputPath('no-cjk-fonts'),
      testInfo.project.use.launchOptions ?? {},
    );
    try {
      const context = await bare.newContext({
        baseURL: ORIGIN,
        locale: 'zh-CN',
        timezoneId: 'Asia/Shanghai',
        viewport,
        acceptDownloads: true,
      });
      const other = await context.newPage();
      const problems = await guard(other);
      await other.goto('/');
      // Control: this browser really has no Chinese system font, so text in a system font renders differently here.
      expect(await systemGlyphs(other)).not.toBe(withFonts.system);
      const loaded = await other.evaluate(async () => (await document.fonts.load('16px "LYCT Sans"', '洛阳')).length);
      expect(loaded).toBe(1);
      const otherChart = await firstChart(other);
      const withoutFonts = {
        png: (await exportFile(other, otherChart, /^PNG 图片（2 倍/)).bytes,
        svg: (await exportFile(other, otherChart, /^SVG/)).bytes,
      };
      // Kept beside the test's other output, to look at when this fails.
      writeFileSync(testInfo.outputPath('with-system-fonts.png'), withFonts.png);
      writeFileSync(testInfo.outputPath('without-chinese-system-fonts.png'), withoutFonts.png);
      const png = await pixelDifference(
        page,
        { type: 'image/png', bytes: withFonts.png },
        { type: 'image/png', bytes: withoutFonts.png },
      );
      expect(png.sameSize).toBe(true);
      expect(png.differing).toBeLessThan(0.001);
      // The SVG made on the font-less machine draws the same there as where Noto Sans CJK exists (its text is outlines),
      // and looks like the PNG.
      const svgHere = await rasterizeSvg(page, withoutFonts.svg);
      const svgThere = await rasterizeSvg(other, withoutFonts.svg);
      const svg = await pixelDifference(
        page,
        { type: 'image/png', bytes: svgHere },
        { type: 'image/png', bytes: svgThere },
      );
      expect(svg.sameSize).toBe(true);
      expect(svg.differing).toBeLessThan(0.001);
      const likePng = await pixelDifference(
        page,
        { type: 'image/png', bytes: svgHere },
        { type: 'image/png', bytes: withFonts.png },
      );
      testInfo.annotations.push({
        type: 'svg vs png',
        description: `${(likePng.differing * 100).toFixed(2)}% of pixels differ`,
      });
      expect(likePng.sameSize).toBe(true);
      expect(likePng.differing).toBeLessThan(0.02);
      expect(problems).toEqual([]);
      await context.close();
    } finally {
      await bare.close();
    }
  });
});
