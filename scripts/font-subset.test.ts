// @vitest-environment node
/**
 * The font subset that scripts/build-font-subset.ts writes, read back with the
 * export's own WOFF and TrueType readers (src/features/export/logic).
 */
import { readFileSync } from 'node:fs';
import { inflateSync } from 'node:zlib';
import { beforeAll, describe, expect, it } from 'vitest';
import { parseOutlineFont, type OutlineFont } from '../src/features/export/logic/sfnt';
import { readFontTables } from '../src/features/export/logic/woff';

/** The app's own subset, built by scripts/build-font-subset.ts (`npm run fonts:build`). */
const FONT = new URL('../public/fonts/lyct-sans-400.woff', import.meta.url);
const inflate = (data: Uint8Array) => Promise.resolve(new Uint8Array(inflateSync(data)));

let font: OutlineFont;
beforeAll(async () => {
  const bytes = readFileSync(FONT);
  font = parseOutlineFont(
    await readFontTables(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength), inflate),
  );
});

const gid = (char: string) => font.glyphId(char.codePointAt(0) ?? 0);

describe('the app font read from its WOFF file', () => {
  it('has Noto Sans SC metrics', () => {
    expect(font.unitsPerEm).toBe(1000);
    expect(font.ascender).toBeGreaterThan(800);
    expect(font.descender).toBeLessThan(0);
  });

  it('maps the interface characters and full-width ideographs one em wide', () => {
    for (const char of ['洛', '阳', '承', '诺', '亿', '元']) {
      expect(gid(char)).toBeGreaterThan(0);
      expect(font.advance(gid(char))).toBe(1000);
    }
  });

  it('gives Latin letters proportional widths', () => {
    expect(font.advance(gid('i'))).toBeLessThan(font.advance(gid('W')));
    expect(font.advance(gid('A'))).toBeLessThan(1000);
  });

  it('maps a character outside the subset to .notdef', () => {
    expect(gid('龘')).toBe(0);
  });

  it('reads outlines: one stroke for 一, an outer and an inner square for 口, nothing for a space', () => {
    expect(font.contours(gid('一'))).toHaveLength(1);
    expect(font.contours(gid('口'))).toHaveLength(2);
    expect(font.contours(gid(' '))).toEqual([]);
  });

  it('puts the outline of 一 inside its em box, about mid-height', () => {
    const points = font.contours(gid('一')).flat();
    const ys = points.map((p) => p.y);
    const xs = points.map((p) => p.x);
    expect(Math.min(...xs)).toBeGreaterThanOrEqual(0);
    expect(Math.max(...xs)).toBeLessThanOrEqual(1000);
    expect(Math.min(...ys)).toBeGreaterThan(250);
    expect(Math.max(...ys)).toBeLessThan(500);
  });
});

describe('readFontTables', () => {
  it('refuses files that are not WOFF 1.0 or TrueType', async () => {
    const woff2 = new Uint8Array([0x77, 0x4f, 0x46, 0x32, 0, 0, 0, 0]).buffer;
    await expect(readFontTables(woff2, inflate)).rejects.toThrow(/WOFF 1.0/);
  });
});
