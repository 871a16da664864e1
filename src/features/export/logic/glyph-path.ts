import type { Contour, ContourPoint } from './sfnt';

/** Affine map [a, b, c, d, e, f] from font units to SVG user units: x' = a·x + c·y + e, y' = b·x + d·y + f. */
export type Matrix = readonly [number, number, number, number, number, number];

/** Places a glyph drawn at `size` px with its origin (baseline start) at (x, y), rotated by `degrees`; flips y (fonts go up, SVG goes down). */
export function glyphMatrix(x: number, y: number, size: number, unitsPerEm: number, degrees = 0): Matrix {
  const s = size / unitsPerEm;
  const r = (degrees * Math.PI) / 180;
  const cos = Math.cos(r);
  const sin = Math.sin(r);
  return [s * cos, s * sin, s * sin, -s * cos, x, y];
}

/** Two decimals: a hundredth of a pixel, invisible at any print size, and short. */
function num(value: number): string {
  const rounded = Math.round(value * 100) / 100;
  return Object.is(rounded, -0) ? '0' : String(rounded);
}

function apply(m: Matrix, p: { x: number; y: number }): string {
  return `${num(m[0] * p.x + m[2] * p.y + m[4])} ${num(m[1] * p.x + m[3] * p.y + m[5])}`;
}

const mid = (p: ContourPoint, q: ContourPoint): ContourPoint => ({ x: (p.x + q.x) / 2, y: (p.y + q.y) / 2, on: true });

/**
 * SVG path data for TrueType contours (quadratic B-splines): two control
 * points in a row imply an on-curve point halfway between them; a contour
 * with no on-curve point at all starts at such a midpoint.
 */
export function contoursToPath(contours: readonly Contour[], m: Matrix): string {
  const out: string[] = [];
  for (const contour of contours) {
    const n = contour.length;
    if (n === 0) continue;
    const firstOn = contour.findIndex((p) => p.on);
    let start: ContourPoint;
    let rest: ContourPoint[];
    if (firstOn >= 0) {
      start = contour[firstOn] as ContourPoint;
      rest = [...contour.slice(firstOn + 1), ...contour.slice(0, firstOn)];
    } else {
      start = mid(contour[n - 1] as ContourPoint, contour[0] as ContourPoint);
      rest = contour;
    }
    out.push(`M${apply(m, start)}`);
    let control: ContourPoint | null = null;
    for (const p of [...rest, start]) {
      if (p.on) {
        out.push(control ? `Q${apply(m, control)} ${apply(m, p)}` : `L${apply(m, p)}`);
        control = null;
      } else {
        if (control) out.push(`Q${apply(m, control)} ${apply(m, mid(control, p))}`);
        control = p;
      }
    }
    out.push('Z');
  }
  return out.join('');
}
