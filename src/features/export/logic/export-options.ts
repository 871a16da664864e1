import { exportFileName } from './file-name';
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
  slug: string;
  date?: string;
  transparentSuffix: string;
}

export function fileNameFor(
  kind: Exclude<ExportKind, 'copy'>,
  { prefix, slug, date, transparentSuffix }: NameContext,
): string {
  const extension = kind === 'svg' ? 'svg' : kind === 'csv' ? 'csv' : 'png';
  const suffix = kind === 'png-transparent' ? transparentSuffix : undefined;
  return exportFileName({ prefix, slug, date, suffix, extension });
}
