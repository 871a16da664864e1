import { exportFileName, safeNamePart } from './file-name';
import type { ExportKind } from './types';

export interface Capabilities {
  /** WeChat's in-app browser: no downloads, images open full-screen for a long-press save. */
  wechat: boolean;
  /** The browser can write an image to the clipboard (ClipboardItem, secure context). */
  canCopy: boolean;
}

/**
 * The formats the menu offers, in this order. In WeChat only the images are
 * offered (shown full-screen); SVG and CSV need a real download, so the menu
 * says to open the page in a browser instead.
 */
export function availableKinds({ wechat, canCopy }: Capabilities): ExportKind[] {
  if (wechat) return ['png', 'png-transparent'];
  return canCopy ? ['png', 'png-transparent', 'svg', 'csv', 'copy'] : ['png', 'png-transparent', 'svg', 'csv'];
}

/** The format's short name, for the busy message. */
export function formatName(kind: ExportKind): string {
  return kind === 'svg' ? 'SVG' : kind === 'csv' ? 'CSV' : 'PNG';
}

export interface NameContext {
  prefix: string;
  /** The chart's title in the reader's language: what makes the name readable. */
  title: string;
  /** The chart's stable id (e.g. `sector-status`), used when the title leaves nothing usable. */
  fileSlug: string;
  date?: string;
  transparentSuffix: string;
}

/** `洛阳承诺-各领域任务的当前状态-2026-03-02.png`: product, title, data date, variant. */
export function fileNameFor(
  kind: Exclude<ExportKind, 'copy'>,
  { prefix, title, fileSlug, date, transparentSuffix }: NameContext,
): string {
  const extension = kind === 'svg' ? 'svg' : kind === 'csv' ? 'csv' : 'png';
  const suffix = kind === 'png-transparent' ? transparentSuffix : undefined;
  const slug = safeNamePart(title) ? title : fileSlug;
  return exportFileName({ prefix, slug, date, suffix, extension });
}
