import { parseOutlineFont, type OutlineFont } from '../logic/sfnt';
import { readFontTables } from '../logic/woff';

/** The app's font, built by scripts/build-font-subset.ts; src/app/styles.css declares the same file as 'LYCT Sans'. */
export const FONT_URL = `${import.meta.env.BASE_URL}fonts/lyct-sans-400.woff`;
export const FONT_FAMILY = 'LYCT Sans';

let bytes: Promise<ArrayBuffer> | null = null;
let embedCss: Promise<string> | null = null;
let outline: Promise<OutlineFont | null> | null = null;

/** The font file, fetched once (usually straight from the HTTP cache: the page already uses it). */
function fontBytes(): Promise<ArrayBuffer> {
  bytes ??= fetch(FONT_URL).then((response) => {
    if (!response.ok) throw new Error(`font ${response.status}`);
    return response.arrayBuffer();
  });
  bytes.catch(() => {
    bytes = null;
  });
  return bytes;
}

function toDataUrl(data: ArrayBuffer, type: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () =>
      typeof reader.result === 'string' ? resolve(reader.result) : reject(new Error('FileReader gave no data URL'));
    reader.onerror = () => reject(reader.error ?? new Error('FileReader failed'));
    reader.readAsDataURL(new Blob([data], { type }));
  });
}

/**
 * The @font-face rule handed to html-to-image as `fontEmbedCSS`: the font as a
 * data URL, so the image renders with the app's glyphs and needs no network,
 * and html-to-image does not walk the page's style sheets to find fonts.
 */
export function fontEmbedCss(): Promise<string> {
  embedCss ??= fontBytes()
    .then((data) => toDataUrl(data, 'font/woff'))
    .then(
      (url) =>
        `@font-face{font-family:'${FONT_FAMILY}';src:url(${url}) format('woff');font-weight:400;font-style:normal;font-display:block}`,
    );
  embedCss.catch(() => {
    embedCss = null;
  });
  return embedCss;
}

async function inflate(data: Uint8Array): Promise<Uint8Array> {
  const stream = new Blob([data as BlobPart]).stream().pipeThrough(new DecompressionStream('deflate'));
  return new Uint8Array(await new Response(stream).arrayBuffer());
}

/**
 * The font's outlines, for drawing text as paths in the SVG export. Null where
 * the browser cannot inflate WOFF tables (no DecompressionStream: Chrome < 80,
 * Safari < 16.4); the SVG then keeps its text as text.
 */
export function outlineFont(): Promise<OutlineFont | null> {
  if (typeof DecompressionStream === 'undefined') return Promise.resolve(null);
  outline ??= fontBytes()
    .then((data) => readFontTables(data, inflate))
    .then(parseOutlineFont)
    .catch(() => {
      outline = null;
      return null;
    });
  return outline;
}

/** Makes sure the page itself renders with the app font before its layout is measured or copied. */
export async function pageFontReady(): Promise<void> {
  try {
    await document.fonts.load(`16px "${FONT_FAMILY}"`, '洛阳');
  } catch {
    // the export then uses whatever the page shows
  }
}
