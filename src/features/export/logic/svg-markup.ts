/** Escapes text for an XML attribute or element. */
export function escapeXml(text: string): string {
  return text.replace(
    /[&<>"']/g,
    (c) => `&${{ '&': 'amp', '<': 'lt', '>': 'gt', '"': 'quot', "'": 'apos' }[c] ?? ''};`,
  );
}

export interface SvgColor {
  /** `#rrggbb`, or `none` for a fully transparent colour. */
  hex: string;
  /** 0–1; omitted in markup when 1. */
  alpha: number;
}

const hex2 = (n: number) =>
  Math.max(0, Math.min(255, Math.round(n)))
    .toString(16)
    .padStart(2, '0');

/**
 * A computed CSS colour (`rgb(…)`, `rgba(…)`, `#rgb`, `#rrggbb`, `transparent`)
 * as a hex colour and an opacity: office suites read `fill="#1b1b1b"
 * fill-opacity="0.5"` reliably, and `rgba()` in SVG attributes not always.
 * Returns null for anything else (`currentcolor`, `url(#…)`, `none`).
 */
export function parseCssColor(value: string): SvgColor | null {
  const text = value.trim().toLowerCase();
  if (text === 'transparent') return { hex: 'none', alpha: 0 };
  const rgb = /^rgba?\(\s*([\d.]+)[\s,]+([\d.]+)[\s,]+([\d.]+)(?:\s*[,/]\s*([\d.]+)(%?))?\s*\)$/.exec(text);
  if (rgb) {
    const [, r, g, b, a, percent] = rgb;
    const alpha = a === undefined ? 1 : Number(a) / (percent ? 100 : 1);
    if (alpha <= 0) return { hex: 'none', alpha: 0 };
    return { hex: `#${hex2(Number(r))}${hex2(Number(g))}${hex2(Number(b))}`, alpha: Math.min(1, alpha) };
  }
  const short = /^#([0-9a-f])([0-9a-f])([0-9a-f])$/.exec(text);
  if (short) return { hex: `#${short[1]}${short[1]}${short[2]}${short[2]}${short[3]}${short[3]}`, alpha: 1 };
  if (/^#[0-9a-f]{6}$/.test(text)) return { hex: text, alpha: 1 };
  return null;
}

/** `fill="#…"` plus `fill-opacity` when needed (or the same for `stroke`); empty for an unusable or transparent colour. */
export function paintAttributes(kind: 'fill' | 'stroke', value: string): string {
  const color = parseCssColor(value);
  if (!color || color.alpha === 0) return '';
  const opacity = color.alpha < 1 ? ` ${kind}-opacity="${Math.round(color.alpha * 1000) / 1000}"` : '';
  return `${kind}="${color.hex}"${opacity}`;
}

/**
 * Stroke width that imitates the browser's synthetic bold. The app ships only
 * the 400 weight, so bold text on screen and in the PNG is emboldened by
 * FreeType/Skia: the outline grows by size / 24 in total (Skia's
 * kOutlineEmboldenDivisor), the same as an SVG stroke of that width.
 */
export function syntheticBoldStroke(fontSize: number): number {
  return Math.round((fontSize / 24) * 100) / 100;
}

/** Computed font-weight (`700`, `bold`) that the browser renders bold: 600 and above. */
export function isBold(fontWeight: string): boolean {
  if (fontWeight === 'bold' || fontWeight === 'bolder') return true;
  const weight = Number(fontWeight);
  return Number.isFinite(weight) && weight >= 600;
}
