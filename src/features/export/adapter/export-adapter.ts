import { toCsv } from '../logic/csv';
import type { ExportTable } from '../logic/types';
import { dataUrlToBlob, downloadBlob } from './deliver';
import { outlineFont, pageFontReady } from './font-data';
import { renderPng } from './rasterize';
import { vectorize } from './vectorize';

/**
 * The one place where exporting touches the DOM, loaded on first use (the menu
 * imports it dynamically). Each run is timed with the User Timing API as
 * `lyct-export:<kind>`, which the benchmark reads (scripts/bench-export.ts).
 */

/** Marks what an image leaves out: the export menu, and anything else a chart wants kept off the picture. */
export const EXCLUDE_ATTRIBUTE = 'data-export-exclude';
const exclude = (element: Element) => element.hasAttribute(EXCLUDE_ATTRIBUTE);

export type FileKind = 'png' | 'png-transparent' | 'svg' | 'csv';

export interface ExportInput {
  node: HTMLElement;
  title: string;
  table: ExportTable;
  fileName: string;
  /** Where downloads are blocked (WeChat): hand back the image to show instead. */
  preview: boolean;
}

export type ExportOutcome =
  { type: 'downloaded'; fileName: string } | { type: 'preview'; src: string; fileName: string };

async function timed<T>(name: string, work: () => Promise<T>): Promise<T> {
  const start = performance.now();
  const result = await work();
  performance.measure(`lyct-export:${name}`, { start, end: performance.now() });
  return result;
}

async function svgMarkup(node: HTMLElement, title: string): Promise<string> {
  const [font] = await Promise.all([outlineFont(), pageFontReady()]);
  return vectorize(node, { title, background: '#ffffff', exclude, font });
}

export function exportChart(kind: FileKind, input: ExportInput): Promise<ExportOutcome> {
  return timed(kind, async () => {
    const { node, fileName } = input;
    if (kind === 'csv') {
      downloadBlob(new Blob([toCsv(input.table)], { type: 'text/csv;charset=utf-8' }), fileName);
      return { type: 'downloaded', fileName };
    }
    if (kind === 'svg') {
      const markup = await svgMarkup(node, input.title);
      downloadBlob(new Blob([markup], { type: 'image/svg+xml;charset=utf-8' }), fileName);
      return { type: 'downloaded', fileName };
    }
    const png = await renderPng(node, { transparent: kind === 'png-transparent', exclude });
    if (input.preview) return { type: 'preview', src: png.dataUrl, fileName };
    downloadBlob(dataUrlToBlob(png.dataUrl), fileName);
    return { type: 'downloaded', fileName };
  });
}

/** The PNG (white background) for copying to the clipboard. */
export function pngBlob(node: HTMLElement): Promise<Blob> {
  return timed('copy', async () => dataUrlToBlob((await renderPng(node, { transparent: false, exclude })).dataUrl));
}
