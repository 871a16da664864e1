/**
 * Characters no file name may hold on Windows, macOS or Linux, plus controls.
 * Everything else (Chinese included) is kept, so names stay readable.
 */
const FORBIDDEN = /[\\/:*?"<>|\p{Cc}\p{Cf}]/gu;

/** Longest readable part, in characters; whole names stay far below the 255-byte limit of common file systems. */
const MAX_PART = 60;

/** Makes one part of a file name safe: forbidden characters and runs of spaces become one hyphen, edges trimmed. */
export function safeNamePart(text: string): string {
  const cleaned = text
    .replace(FORBIDDEN, '-')
    .replace(/\s+/g, '-')
    .replace(/-{2,}/g, '-')
    .replace(/^[-.]+|[-.]+$/g, '');
  return [...cleaned]
    .slice(0, MAX_PART)
    .join('')
    .replace(/[-.]+$/g, '');
}

/** A date for a file name: the ISO day of a dataset date (`2024-01-29`, `2024-01`, `2024`), or nothing if it is not one. */
export function fileDate(value: string | undefined): string {
  if (!value) return '';
  const match = /^\d{4}(-\d{2}(-\d{2})?)?(?=$|T)/.exec(value.trim());
  return match ? match[0] : '';
}

export interface FileNameParts {
  /** The product, e.g. 洛阳承诺 / luoyang-commitments. */
  prefix: string;
  /** What the chart shows, e.g. 各领域进展. */
  slug: string;
  /** The data-as-of date. */
  date?: string;
  /** A variant, e.g. 透明背景. */
  suffix?: string;
  extension: 'png' | 'svg' | 'csv';
}

/**
 * A readable download name: `洛阳承诺-各领域进展-2024-01-29.png`. Empty parts
 * are skipped; a name with nothing readable left still gets the prefix.
 */
export function exportFileName({ prefix, slug, date, suffix, extension }: FileNameParts): string {
  const parts = [safeNamePart(prefix), safeNamePart(slug), fileDate(date), safeNamePart(suffix ?? '')].filter(Boolean);
  const stem = parts.length > 0 ? parts.join('-') : 'chart';
  return `${stem}.${extension}`;
}
