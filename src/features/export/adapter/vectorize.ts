import { contoursToPath, glyphMatrix } from '../logic/glyph-path';
import type { Contour, OutlineFont } from '../logic/sfnt';
import { escapeXml, isBold, paintAttributes, syntheticBoldStroke } from '../logic/svg-markup';

/**
 * DOM → standalone vector SVG, with every character drawn as a path from the
 * app font's outlines: office suites ignore fonts embedded in an SVG
 * (TOOLCHAIN.md), so only outlines look the same in Word as in the browser.
 * Covers what a chart frame is made of: boxes (background, border, radius),
 * text (with synthetic bold and underline), and inline SVG such as recharts'
 * surface (its <text> outlined too). Positions come from the browser's own
 * layout, so line breaks and kerning match the screen. Not covered: shadows,
 * gradients, images, clipping by overflow, z-index.
 */

const SVG_NS = 'http://www.w3.org/2000/svg';
/** For characters the subset lacks (a dataset replaced after the build): the reader's system fonts. */
const FALLBACK_FAMILY =
  "'Noto Sans SC','Microsoft YaHei','PingFang SC','Noto Sans CJK SC','Source Han Sans SC',sans-serif";
const SHAPES = new Set(['path', 'rect', 'circle', 'ellipse', 'line', 'polyline', 'polygon']);
const PAINT_PROPS = ['stroke-width', 'stroke-dasharray', 'stroke-linecap', 'stroke-linejoin'] as const;

export interface VectorOptions {
  title: string;
  background: string | null;
  exclude: (element: Element) => boolean;
  font: OutlineFont | null;
}

interface Walk {
  left: number;
  top: number;
  out: string[];
  /** The visible text, in reading order, for the SVG's <desc>. */
  words: string[];
  font: OutlineFont | null;
  exclude: (element: Element) => boolean;
  glyphs: Map<number, Contour[]>;
}

const num = (v: number) => String(Math.round(v * 100) / 100);

function contoursOf(walk: Walk, glyph: number): Contour[] {
  let found = walk.glyphs.get(glyph);
  if (!found) {
    found = walk.font?.contours(glyph) ?? [];
    walk.glyphs.set(glyph, found);
  }
  return found;
}

function textPaint(color: string, weight: string, fontSize: number): string {
  const fill = paintAttributes('fill', color);
  if (!fill || !isBold(weight)) return fill;
  const stroke = paintAttributes('stroke', color);
  return `${fill} ${stroke} stroke-width="${syntheticBoldStroke(fontSize)}" stroke-linejoin="round"`;
}

interface LooseGlyph {
  x: number;
  y: number;
  char: string;
  size: number;
  color: string;
  weight: string;
}

/** A character the subset lacks, left as text in the reader's system fonts (attribute pairs, for markup or the DOM). */
function fallbackAttributes(g: LooseGlyph): [string, string][] {
  const fill = /fill="([^"]*)"(?: fill-opacity="([^"]*)")?/.exec(paintAttributes('fill', g.color));
  const pairs: [string, string][] = [
    ['x', num(g.x)],
    ['y', num(g.y)],
    ['font-size', num(g.size)],
    ['font-family', FALLBACK_FAMILY],
    ['fill', fill?.[1] ?? '#000000'],
  ];
  if (fill?.[2]) pairs.push(['fill-opacity', fill[2]]);
  if (isBold(g.weight)) pairs.push(['font-weight', '700']);
  return pairs;
}

function fallbackMarkup(g: LooseGlyph): string {
  const attributes = fallbackAttributes(g)
    .map(([name, value]) => `${name}="${escapeXml(value)}"`)
    .join(' ');
  return `<text ${attributes}>${escapeXml(g.char)}</text>`;
}

function fallbackElement(g: LooseGlyph): Element {
  const text = document.createElementNS(SVG_NS, 'text');
  for (const [name, value] of fallbackAttributes(g)) text.setAttribute(name, value);
  text.textContent = g.char;
  return text;
}

function transformed(text: string, transform: string): string {
  if (transform === 'uppercase') return text.toUpperCase();
  if (transform === 'lowercase') return text.toLowerCase();
  return text;
}

function radius(value: string, width: number, height: number): number {
  const n = parseFloat(value) || 0;
  return value.trim().endsWith('%') ? (n / 100) * Math.min(width, height) : Math.min(n, width / 2, height / 2);
}

/**
 * The box's untransformed rectangle, relative to the frame, and the SVG
 * transform that turns it as on screen (a rotated legend marker): transforms
 * about the box's centre, the CSS default origin.
 */
function boxGeometry(walk: Walk, element: Element, style: CSSStyleDeclaration) {
  const r = element.getBoundingClientRect();
  const transformed = style.transform !== 'none' && element instanceof HTMLElement;
  const width = transformed ? element.offsetWidth : r.width;
  const height = transformed ? element.offsetHeight : r.height;
  const cx = r.left - walk.left + r.width / 2;
  const cy = r.top - walk.top + r.height / 2;
  const transform = transformed
    ? ` transform="translate(${num(cx)} ${num(cy)}) ${style.transform.replace(/,/g, ' ')} translate(${num(-cx)} ${num(-cy)})"`
    : '';
  // Blink snaps boxes to whole pixels from the frame's origin; so does the PNG.
  const x = transformed ? cx - width / 2 : Math.round(r.left - walk.left);
  const y = transformed ? cy - height / 2 : Math.round(r.top - walk.top);
  return { x, y, width, height, transform };
}

function box(walk: Walk, element: Element, style: CSSStyleDeclaration, withBackground = true): void {
  const { x, y, width, height, transform } = boxGeometry(walk, element, style);
  if (width <= 0 || height <= 0) return;
  const rx = radius(style.borderTopLeftRadius, width, height);
  const round = rx > 0 ? ` rx="${num(rx)}"` : '';
  const fill = withBackground ? paintAttributes('fill', style.backgroundColor) : '';
  if (fill)
    walk.out.push(
      `<rect x="${num(x)}" y="${num(y)}" width="${num(width)}" height="${num(height)}"${round} ${fill}${transform}/>`,
    );
  const sides = (['top', 'right', 'bottom', 'left'] as const).map((side) => ({
    side,
    width: parseFloat(style.getPropertyValue(`border-${side}-width`)) || 0,
    style: style.getPropertyValue(`border-${side}-style`),
    paint: paintAttributes('stroke', style.getPropertyValue(`border-${side}-color`)),
  }));
  const drawn = sides.filter((s) => s.width > 0 && s.paint && !['none', 'hidden'].includes(s.style));
  const first = drawn[0];
  if (!first) return;
  const uniform = drawn.length === 4 && drawn.every((s) => s.width === first.width && s.paint === first.paint);
  const dash = (s: (typeof drawn)[number]) =>
    s.style === 'dashed'
      ? ` stroke-dasharray="${num(s.width * 3)} ${num(s.width * 3)}"`
      : s.style === 'dotted'
        ? ` stroke-dasharray="${num(s.width)} ${num(s.width)}"`
        : '';
  if (uniform && rx > 0) {
    const w = first.width;
    walk.out.push(
      `<rect x="${num(x + w / 2)}" y="${num(y + w / 2)}" width="${num(width - w)}" height="${num(height - w)}" rx="${num(Math.max(0, rx - w / 2))}" fill="none" ${first.paint} stroke-width="${num(w)}"${dash(first)}${transform}/>`,
    );
    return;
  }
  // Each side as a line along the middle of its border.
  for (const s of drawn) {
    const h = s.width / 2;
    const [x1, y1, x2, y2] =
      s.side === 'top'
        ? [x, y + h, x + width, y + h]
        : s.side === 'bottom'
          ? [x, y + height - h, x + width, y + height - h]
          : s.side === 'left'
            ? [x + h, y, x + h, y + height]
            : [x + width - h, y, x + width - h, y + height];
    walk.out.push(
      `<line x1="${num(x1)}" y1="${num(y1)}" x2="${num(x2)}" y2="${num(y2)}" ${s.paint} stroke-width="${num(s.width)}"${dash(s)}${transform}/>`,
    );
  }
}

/** One HTML text node: each character's box from a Range, its glyph placed on the line's baseline. */
function htmlText(walk: Walk, node: Text, style: CSSStyleDeclaration): void {
  const content = transformed(node.data, style.textTransform);
  if (!content.trim()) return;
  const size = parseFloat(style.fontSize) || 16;
  const font = walk.font;
  const ascent = font ? font.ascender / (font.ascender - font.descender) : 0.8;
  // Blink rounds the font's ascent and descent to whole pixels; a box of that height comes from the app font.
  const ascentPx = font ? Math.round((font.ascender * size) / font.unitsPerEm) : 0;
  const emHeight = font ? ascentPx + Math.round((-font.descender * size) / font.unitsPerEm) : 0;
  const range = document.createRange();
  const underline = style.textDecorationLine.includes('underline');
  const lines = new Map<number, { from: number; to: number; baseline: number }>();
  let path = '';
  const extra: string[] = [];
  let index = 0;
  let lastTop = Number.NaN;
  let word = '';
  for (const char of content) {
    const at = index;
    index += char.length;
    if (at + char.length > node.length) break;
    range.setStart(node, at);
    range.setEnd(node, at + char.length);
    const rect = range.getClientRects()[0];
    if (!rect || (rect.width === 0 && rect.height === 0)) continue;
    if (rect.top !== lastTop && word) {
      walk.words.push(word);
      word = '';
    }
    lastTop = rect.top;
    word += char;
    if (/\s/.test(char)) continue;
    const x = rect.left - walk.left;
    const top = rect.top - walk.top;
    const baseline = font && Math.abs(rect.height - emHeight) < 1 ? top + ascentPx : top + rect.height * ascent;
    const line = lines.get(top) ?? { from: x, to: x + rect.width, baseline };
    line.to = Math.max(line.to, x + rect.width);
    lines.set(top, line);
    const glyph = font?.glyphId(char.codePointAt(0) ?? 0) ?? 0;
    if (glyph > 0 && font) {
      path += contoursToPath(contoursOf(walk, glyph), glyphMatrix(x, baseline, size, font.unitsPerEm));
    } else {
      extra.push(fallbackMarkup({ x, y: baseline, char, size, color: style.color, weight: style.fontWeight }));
    }
  }
  if (word.trim()) walk.words.push(word);
  if (path) walk.out.push(`<path d="${path}" ${textPaint(style.color, style.fontWeight, size)}/>`);
  walk.out.push(...extra);
  const paint = paintAttributes('fill', style.color);
  if (underline && paint) {
    const thickness = Math.max(1, size / 16);
    for (const line of lines.values()) {
      walk.out.push(
        `<rect x="${num(line.from)}" y="${num(line.baseline + size * 0.1)}" width="${num(line.to - line.from)}" height="${num(thickness)}" ${paint}/>`,
      );
    }
  }
}

interface TextRun {
  text: string;
  style: CSSStyleDeclaration;
}

/**
 * The characters of an SVG <text> with the style each is drawn in (a <tspan>
 * may change size or colour, as in two-line axis labels), as long as they line
 * up one to one with the browser's addressable characters; otherwise the whole
 * text with the <text>'s own style, whitespace collapsed.
 */
function textRuns(source: SVGTextElement, style: CSSStyleDeclaration, count: number): TextRun[] | null {
  const runs: TextRun[] = [];
  const walker = document.createTreeWalker(source, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const parent = node.parentElement;
    const runStyle = parent ? getComputedStyle(parent) : style;
    runs.push({ text: transformed((node as Text).data, runStyle.textTransform), style: runStyle });
  }
  if (runs.reduce((sum, run) => sum + run.text.length, 0) === count) return runs;
  const collapsed = transformed((source.textContent ?? '').replace(/\s+/g, ' ').trim(), style.textTransform);
  return collapsed.length === count ? [{ text: collapsed, style }] : null;
}

/** An SVG <text>: the browser gives each character's start point and rotation in the text's own coordinates. */
function svgText(walk: Walk, source: SVGTextElement, style: CSSStyleDeclaration): Element | null {
  const font = walk.font;
  const runs = font ? textRuns(source, style, source.getNumberOfChars()) : null;
  if (!font || !runs) return null;
  const group = document.createElementNS(SVG_NS, 'g');
  const transform = source.getAttribute('transform');
  if (transform) group.setAttribute('transform', transform);
  let index = 0;
  for (const run of runs) {
    const size = parseFloat(run.style.fontSize) || 16;
    let path = '';
    const extra: LooseGlyph[] = [];
    for (const char of run.text) {
      const at = index;
      index += char.length;
      if (/\s/.test(char)) continue;
      const start = source.getStartPositionOfChar(at);
      const rotation = source.getRotationOfChar(at);
      const code = char.codePointAt(0) ?? 32;
      const glyph = font.glyphId(code);
      if (glyph > 0)
        path += contoursToPath(contoursOf(walk, glyph), glyphMatrix(start.x, start.y, size, font.unitsPerEm, rotation));
      else extra.push({ x: start.x, y: start.y, char, size, color: run.style.fill, weight: run.style.fontWeight });
    }
    walk.words.push(run.text);
    if (path) {
      const outline = document.createElementNS(SVG_NS, 'path');
      outline.setAttribute('d', path);
      for (const [, name, value] of textPaint(run.style.fill, run.style.fontWeight, size).matchAll(
        /([\w-]+)="([^"]*)"/g,
      )) {
        if (name && value !== undefined) outline.setAttribute(name, value);
      }
      group.append(outline);
    }
    group.append(...extra.map(fallbackElement));
  }
  return group;
}

function paintValue(value: string): string | null {
  if (value === 'none') return 'none';
  const url = /url\(["']?(#[^"')]+)["']?\)/.exec(value);
  if (url) return `url(${url[1]})`;
  return null;
}

/** Copies the computed paint of a shape onto its clone as attributes, since the page's CSS does not travel with the file. */
function inlinePaint(target: Element, style: CSSStyleDeclaration): void {
  for (const kind of ['fill', 'stroke'] as const) {
    const value = style.getPropertyValue(kind);
    const special = paintValue(value);
    if (special) {
      target.setAttribute(kind, special);
      continue;
    }
    const paint = paintAttributes(kind, value);
    if (!paint) target.setAttribute(kind, 'none');
    for (const [, name, v] of paint.matchAll(/([\w-]+)="([^"]*)"/g)) {
      if (name && v !== undefined) target.setAttribute(name, v);
    }
  }
  for (const prop of PAINT_PROPS) {
    const value = style.getPropertyValue(prop);
    if (value && value !== 'none' && value !== 'normal') target.setAttribute(prop, value);
  }
}

function cloneSvgTree(walk: Walk, source: Element, clone: Element): void {
  const sources = [...source.children];
  const clones = [...clone.children];
  sources.forEach((child, i) => {
    const copy = clones[i];
    if (!copy) return;
    const style = getComputedStyle(child);
    if (walk.exclude(child) || style.display === 'none' || child.tagName.toLowerCase() === 'foreignobject') {
      copy.remove();
      return;
    }
    const tag = child.tagName.toLowerCase();
    if (tag === 'text') {
      const outlined = svgText(walk, child as SVGTextElement, style);
      if (outlined) {
        if (style.visibility === 'hidden') outlined.setAttribute('visibility', 'hidden');
        copy.replaceWith(outlined);
        return;
      }
      inlinePaint(copy, style);
      copy.setAttribute('font-family', FALLBACK_FAMILY);
      copy.setAttribute('font-size', style.fontSize);
    }
    if (SHAPES.has(tag)) inlinePaint(copy, style);
    if (style.opacity !== '1') copy.setAttribute('opacity', style.opacity);
    if (style.visibility === 'hidden') copy.setAttribute('visibility', 'hidden');
    copy.removeAttribute('class');
    copy.removeAttribute('style');
    cloneSvgTree(walk, child, copy);
  });
}

function inlineSvg(walk: Walk, svg: SVGSVGElement): void {
  const r = svg.getBoundingClientRect();
  if (r.width <= 0 || r.height <= 0) return;
  const view = svg.viewBox.baseVal;
  const hasView = view && view.width > 0 && view.height > 0;
  const sx = hasView ? r.width / view.width : 1;
  const sy = hasView ? r.height / view.height : 1;
  const tx = Math.round(r.left - walk.left) - (hasView ? view.x * sx : 0);
  const ty = Math.round(r.top - walk.top) - (hasView ? view.y * sy : 0);
  const clone = svg.cloneNode(true) as SVGSVGElement;
  cloneSvgTree(walk, svg, clone);
  const serializer = new XMLSerializer();
  const inner = [...clone.childNodes]
    .map((node) => serializer.serializeToString(node).replace(/ xmlns="http:\/\/www\.w3\.org\/2000\/svg"/g, ''))
    .join('');
  const style = getComputedStyle(svg);
  const opacity = style.opacity !== '1' ? ` opacity="${style.opacity}"` : '';
  walk.out.push(`<g transform="matrix(${num(sx)} 0 0 ${num(sy)} ${num(tx)} ${num(ty)})"${opacity}>${inner}</g>`);
}

function element(walk: Walk, node: Element, isRoot: boolean): void {
  if (!isRoot && walk.exclude(node)) return;
  const style = getComputedStyle(node);
  if (style.display === 'none') return;
  if (node instanceof SVGSVGElement) {
    if (style.visibility !== 'hidden') inlineSvg(walk, node);
    return;
  }
  const visible = style.visibility !== 'hidden' && style.visibility !== 'collapse';
  const faded = style.opacity !== '1';
  if (faded) walk.out.push(`<g opacity="${style.opacity}">`);
  // The root's own background gives way to the export's (white, or none for a transparent PNG).
  if (visible) box(walk, node, style, !isRoot);
  for (const child of node.childNodes) {
    if (child instanceof Text) {
      if (visible) htmlText(walk, child, style);
    } else if (child instanceof Element) {
      element(walk, child, false);
    }
  }
  if (faded) walk.out.push('</g>');
}

/**
 * The SVG file for a chart frame: the root's box becomes the canvas, with a
 * background (white by default), a <title> with the chart's title and a
 * <desc> with all its visible text, so the outlined text stays findable.
 */
export function vectorize(root: HTMLElement, { title, background, exclude, font }: VectorOptions): string {
  const rect = root.getBoundingClientRect();
  const walk: Walk = { left: rect.left, top: rect.top, out: [], words: [], font, exclude, glyphs: new Map() };
  element(walk, root, true);
  const width = num(rect.width);
  const height = num(rect.height);
  const backdrop = background ? `<rect width="${width}" height="${height}" fill="${escapeXml(background)}"/>` : '';
  const desc = walk.words.join(' ').replace(/\s+/g, ' ').trim();
  return [
    '<?xml version="1.0" encoding="UTF-8"?>\n',
    `<svg xmlns="${SVG_NS}" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" role="img" aria-label="${escapeXml(title)}">`,
    `<title>${escapeXml(title)}</title><desc>${escapeXml(desc)}</desc>`,
    backdrop,
    ...walk.out,
    '</svg>\n',
  ].join('');
}
