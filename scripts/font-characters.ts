/**
 * Which characters the app's own font subset must hold. Pure, so that it can be
 * tested without the 10 MB source font.
 */

function range(from: number, to: number): string {
  let out = '';
  for (let code = from; code <= to; code += 1) out += String.fromCodePoint(code);
  return out;
}

/**
 * Characters kept whatever the texts say, so that numbers, Latin text and the
 * usual Chinese punctuation of a replaced dataset still render in the app's
 * font: printable ASCII, general punctuation (dashes, curly quotes, …),
 * CJK symbols and punctuation (、。《》「」【】…), full-width forms (（），：０-９)
 * and a few signs used with figures. About 12 KB of the subset.
 */
export const ALWAYS = [
  range(0x20, 0x7e),
  range(0x2010, 0x2027),
  range(0x3000, 0x301f),
  range(0xff01, 0xff5e),
  '·×÷°±¥€‰℃→←↑↓≤≥≈',
].join('');

/** Characters a font cannot or need not draw: controls, line breaks, zero-width marks. */
function isDrawable(char: string): boolean {
  return !/[\p{Cc}\p{Cf}\p{Zl}\p{Zp}]/u.test(char) && char !== '\u00a0';
}

/**
 * The distinct drawable characters of the given texts plus {@link ALWAYS},
 * sorted by code point so that the same inputs always give the same subset
 * (and the same file bytes).
 */
export function collectCharacters(texts: readonly string[]): string {
  const seen = new Set<string>();
  for (const text of [ALWAYS, ...texts]) {
    for (const char of text) {
      if (isDrawable(char)) seen.add(char);
    }
  }
  return [...seen].sort((a, b) => (a.codePointAt(0) ?? 0) - (b.codePointAt(0) ?? 0)).join('');
}

/** Which files of the project feed the subset: interface code and messages, the page shell, the dataset and its source texts. */
export function isSubsetSource(path: string): boolean {
  const p = path.replaceAll('\\', '/');
  if (/\.test\.tsx?$/.test(p) || p.includes('/test/')) return false;
  if (p.startsWith('src/')) return /\.tsx?$/.test(p);
  if (p.startsWith('public/data/')) return /\.(json|txt)$/.test(p);
  return p === 'index.html';
}
