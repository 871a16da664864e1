import type { FontTables } from './woff';

/** A point of a TrueType contour, in font units (y up); `on` is false for a quadratic control point. */
export interface ContourPoint {
  x: number;
  y: number;
  on: boolean;
}
export type Contour = ContourPoint[];

export interface OutlineFont {
  unitsPerEm: number;
  /** hhea ascender and descender (descender negative), in font units. */
  ascender: number;
  descender: number;
  /** Glyph id for a code point; 0 (.notdef) when the font lacks it. */
  glyphId(codePoint: number): number;
  /** Advance width in font units. */
  advance(glyphId: number): number;
  contours(glyphId: number): Contour[];
}

function table(tables: FontTables, tag: string): DataView {
  const found = tables.get(tag);
  if (!found) throw new Error(`The font has no ${tag} table.`);
  return found;
}

/** Best Unicode cmap subtable: format 12 (full Unicode) over format 4 (BMP). */
function readCmap(cmap: DataView): (codePoint: number) => number {
  const count = cmap.getUint16(2);
  let format4 = -1;
  let format12 = -1;
  for (let i = 0; i < count; i += 1) {
    const platform = cmap.getUint16(4 + i * 8);
    const encoding = cmap.getUint16(6 + i * 8);
    const offset = cmap.getUint32(8 + i * 8);
    const unicode = platform === 0 || (platform === 3 && (encoding === 1 || encoding === 10));
    if (!unicode) continue;
    const format = cmap.getUint16(offset);
    if (format === 12 && format12 < 0) format12 = offset;
    if (format === 4 && format4 < 0) format4 = offset;
  }
  if (format12 >= 0) {
    const groups = cmap.getUint32(format12 + 12);
    return (code) => {
      let lo = 0;
      let hi = groups - 1;
      while (lo <= hi) {
        const mid = (lo + hi) >> 1;
        const at = format12 + 16 + mid * 12;
        const start = cmap.getUint32(at);
        const end = cmap.getUint32(at + 4);
        if (code < start) hi = mid - 1;
        else if (code > end) lo = mid + 1;
        else return cmap.getUint32(at + 8) + (code - start);
      }
      return 0;
    };
  }
  if (format4 >= 0) {
    const segments = cmap.getUint16(format4 + 6) / 2;
    const ends = format4 + 14;
    const starts = ends + segments * 2 + 2;
    const deltas = starts + segments * 2;
    const rangeOffsets = deltas + segments * 2;
    return (code) => {
      if (code > 0xffff) return 0;
      for (let s = 0; s < segments; s += 1) {
        if (code > cmap.getUint16(ends + s * 2)) continue;
        const start = cmap.getUint16(starts + s * 2);
        if (code < start) return 0;
        const delta = cmap.getInt16(deltas + s * 2);
        const rangeOffset = cmap.getUint16(rangeOffsets + s * 2);
        if (rangeOffset === 0) return (code + delta) & 0xffff;
        const glyph = cmap.getUint16(rangeOffsets + s * 2 + rangeOffset + (code - start) * 2);
        return glyph === 0 ? 0 : (glyph + delta) & 0xffff;
      }
      return 0;
    };
  }
  throw new Error('The font has no Unicode character map.');
}

// Simple-glyph flags.
const ON_CURVE = 0x01;
const X_SHORT = 0x02;
const Y_SHORT = 0x04;
const REPEAT = 0x08;
const X_SAME_OR_POSITIVE = 0x10;
const Y_SAME_OR_POSITIVE = 0x20;
// Composite-glyph flags.
const ARGS_ARE_WORDS = 0x0001;
const ARGS_ARE_XY = 0x0002;
const HAS_SCALE = 0x0008;
const MORE_COMPONENTS = 0x0020;
const HAS_XY_SCALE = 0x0040;
const HAS_2X2 = 0x0080;

/**
 * A TrueType (glyf) outline font read from its tables: enough to draw text as
 * paths in the SVG export. CFF-flavoured fonts are not supported (the app's
 * subset is built from a TrueType source).
 */
export function parseOutlineFont(tables: FontTables): OutlineFont {
  const head = table(tables, 'head');
  const hhea = table(tables, 'hhea');
  const maxp = table(tables, 'maxp');
  const hmtx = table(tables, 'hmtx');
  const loca = table(tables, 'loca');
  const glyf = table(tables, 'glyf');
  const unitsPerEm = head.getUint16(18);
  const longLoca = head.getInt16(50) === 1;
  const glyphCount = maxp.getUint16(4);
  const metricCount = hhea.getUint16(34);
  const lookup = readCmap(table(tables, 'cmap'));

  const glyphRange = (id: number): [number, number] => {
    if (id < 0 || id >= glyphCount) return [0, 0];
    return longLoca
      ? [loca.getUint32(id * 4), loca.getUint32(id * 4 + 4)]
      : [loca.getUint16(id * 2) * 2, loca.getUint16(id * 2 + 2) * 2];
  };

  const simple = (at: number, contourCount: number): Contour[] => {
    const endPoints: number[] = [];
    for (let c = 0; c < contourCount; c += 1) endPoints.push(glyf.getUint16(at + 10 + c * 2));
    const pointCount = (endPoints[endPoints.length - 1] ?? -1) + 1;
    let p = at + 10 + contourCount * 2;
    p += 2 + glyf.getUint16(p); // skip instructions
    const flags: number[] = [];
    while (flags.length < pointCount) {
      const flag = glyf.getUint8(p++);
      flags.push(flag);
      if (flag & REPEAT) {
        for (let r = glyf.getUint8(p++); r > 0; r -= 1) flags.push(flag);
      }
    }
    const xs: number[] = [];
    let x = 0;
    for (const flag of flags) {
      if (flag & X_SHORT) {
        const d = glyf.getUint8(p++);
        x += flag & X_SAME_OR_POSITIVE ? d : -d;
      } else if (!(flag & X_SAME_OR_POSITIVE)) {
        x += glyf.getInt16(p);
        p += 2;
      }
      xs.push(x);
    }
    const contours: Contour[] = [];
    let y = 0;
    let current: Contour = [];
    let contour = 0;
    flags.forEach((flag, i) => {
      if (flag & Y_SHORT) {
        const d = glyf.getUint8(p++);
        y += flag & Y_SAME_OR_POSITIVE ? d : -d;
      } else if (!(flag & Y_SAME_OR_POSITIVE)) {
        y += glyf.getInt16(p);
        p += 2;
      }
      current.push({ x: xs[i] ?? 0, y, on: (flag & ON_CURVE) !== 0 });
      if (i === endPoints[contour]) {
        contours.push(current);
        current = [];
        contour += 1;
      }
    });
    return contours;
  };

  const contoursOf = (id: number, depth: number): Contour[] => {
    const [start, end] = glyphRange(id);
    if (end <= start || depth > 8) return [];
    const contourCount = glyf.getInt16(start);
    if (contourCount >= 0) return simple(start, contourCount);
    const out: Contour[] = [];
    let p = start + 10;
    for (;;) {
      const flags = glyf.getUint16(p);
      const component = glyf.getUint16(p + 2);
      p += 4;
      let dx = 0;
      let dy = 0;
      if (flags & ARGS_ARE_WORDS) {
        if (flags & ARGS_ARE_XY) [dx, dy] = [glyf.getInt16(p), glyf.getInt16(p + 2)];
        p += 4;
      } else {
        if (flags & ARGS_ARE_XY) [dx, dy] = [glyf.getInt8(p), glyf.getInt8(p + 1)];
        p += 2;
      }
      let [a, b, c, d] = [1, 0, 0, 1];
      const f2dot14 = (at: number) => glyf.getInt16(at) / 16384;
      if (flags & HAS_SCALE) {
        a = d = f2dot14(p);
        p += 2;
      } else if (flags & HAS_XY_SCALE) {
        [a, d] = [f2dot14(p), f2dot14(p + 2)];
        p += 4;
      } else if (flags & HAS_2X2) {
        [a, b, c, d] = [f2dot14(p), f2dot14(p + 2), f2dot14(p + 4), f2dot14(p + 6)];
        p += 8;
      }
      for (const part of contoursOf(component, depth + 1)) {
        out.push(part.map((pt) => ({ x: a * pt.x + c * pt.y + dx, y: b * pt.x + d * pt.y + dy, on: pt.on })));
      }
      if (!(flags & MORE_COMPONENTS)) break;
    }
    return out;
  };

  return {
    unitsPerEm,
    ascender: hhea.getInt16(4),
    descender: hhea.getInt16(6),
    glyphId: lookup,
    advance: (id) => hmtx.getUint16(Math.min(id, metricCount - 1) * 4),
    contours: (id) => contoursOf(id, 0),
  };
}
