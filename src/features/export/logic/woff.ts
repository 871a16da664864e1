/** Decompresses one zlib stream (a WOFF table). In the browser: `DecompressionStream('deflate')`. */
export type Inflate = (data: Uint8Array) => Promise<Uint8Array>;

/** The raw tables of a font, by tag (`glyf`, `cmap`…). */
export type FontTables = Map<string, DataView>;

const WOFF = 0x774f4646; // 'wOFF'
const SFNT_TRUETYPE = 0x00010000;
const SFNT_TRUE = 0x74727565; // 'true'

function tagAt(view: DataView, offset: number): string {
  return String.fromCharCode(
    view.getUint8(offset),
    view.getUint8(offset + 1),
    view.getUint8(offset + 2),
    view.getUint8(offset + 3),
  );
}

function slice(view: DataView, offset: number, length: number): DataView {
  if (offset + length > view.byteLength) throw new Error('Font table runs past the end of the file.');
  return new DataView(view.buffer, view.byteOffset + offset, length);
}

/**
 * Reads the tables of a TrueType font given as WOFF 1.0 (zlib-compressed
 * tables) or as a plain TrueType file. WOFF 2 is refused: decoding it needs
 * Brotli, which browsers do not expose to scripts (see the font decision record).
 */
export async function readFontTables(bytes: ArrayBuffer, inflate: Inflate): Promise<FontTables> {
  const view = new DataView(bytes);
  const signature = view.getUint32(0);
  const tables: FontTables = new Map();
  if (signature === WOFF) {
    const count = view.getUint16(12);
    for (let i = 0; i < count; i += 1) {
      const entry = 44 + i * 20;
      const tag = tagAt(view, entry);
      const offset = view.getUint32(entry + 4);
      const compressed = view.getUint32(entry + 8);
      const original = view.getUint32(entry + 12);
      const data = slice(view, offset, compressed);
      if (compressed < original) {
        const raw = await inflate(new Uint8Array(data.buffer, data.byteOffset, data.byteLength));
        if (raw.byteLength !== original) throw new Error(`WOFF table ${tag} inflated to the wrong size.`);
        tables.set(tag, new DataView(raw.buffer, raw.byteOffset, raw.byteLength));
      } else {
        tables.set(tag, data);
      }
    }
    return tables;
  }
  if (signature === SFNT_TRUETYPE || signature === SFNT_TRUE) {
    const count = view.getUint16(4);
    for (let i = 0; i < count; i += 1) {
      const entry = 12 + i * 16;
      tables.set(tagAt(view, entry), slice(view, view.getUint32(entry + 8), view.getUint32(entry + 12)));
    }
    return tables;
  }
  throw new Error('Not a WOFF 1.0 or TrueType font.');
}
