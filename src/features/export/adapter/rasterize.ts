import { toCanvas } from 'html-to-image';
import { fontEmbedCss, pageFontReady } from './font-data';

export interface PngOptions {
  transparent: boolean;
  /** Elements left out of the image (the export menu, if a chart puts it inside its frame). */
  exclude: (element: Element) => boolean;
}

export interface Png {
  dataUrl: string;
  width: number;
  height: number;
}

/** What html-to-image drops: it copies computed styles onto HTML elements only, and deep-clones an <svg> as it is. */
const SVG_STYLE = [
  'fill',
  'fill-opacity',
  'stroke',
  'stroke-width',
  'stroke-opacity',
  'stroke-dasharray',
  'stroke-linecap',
  'stroke-linejoin',
  'opacity',
  'font-family',
  'font-weight',
  'font-style',
  'text-anchor',
  'dominant-baseline',
  'visibility',
] as const;

let styleList: string[] | null = null;

/**
 * Every computed property but font-size, which html-to-image would otherwise
 * shrink (to floor(size) − 0.1 px); the copy carries each element's exact
 * font size inline instead.
 */
function copiedProperties(): string[] {
  styleList ??= Array.from(getComputedStyle(document.documentElement)).filter((name) => name !== 'font-size');
  return styleList;
}

/**
 * Lays out a copy of the frame off-screen, beside the original (so it inherits
 * the same styles), with what html-to-image would lose written inline: the
 * exact font size of every element, and the CSS-given paint and type of the
 * chart's SVG shapes and labels (recharts' ticks are styled by class).
 */
function stagedCopy(node: HTMLElement): { copy: HTMLElement; remove: () => void } {
  const width = node.getBoundingClientRect().width;
  const copy = node.cloneNode(true) as HTMLElement;
  const stage = document.createElement('div');
  stage.setAttribute('aria-hidden', 'true');
  stage.inert = true;
  Object.assign(stage.style, {
    position: 'absolute',
    left: '-100000px',
    top: '0',
    width: `${width}px`,
    pointerEvents: 'none',
  });
  copy.style.width = `${width}px`;
  stage.append(copy);
  (node.parentElement ?? document.body).append(stage);
  // Read every style first, then write: interleaving would recompute styles once per element.
  const elements = [copy, ...copy.querySelectorAll('*')].filter(
    (element): element is HTMLElement | SVGElement => element instanceof HTMLElement || element instanceof SVGElement,
  );
  const styles = elements.map((element) => {
    const style = getComputedStyle(element);
    const svg = element instanceof SVGElement && !(element instanceof SVGSVGElement);
    return {
      fontSize: style.fontSize,
      paint: svg ? SVG_STYLE.map((name) => [name, style.getPropertyValue(name)] as const) : [],
    };
  });
  elements.forEach((element, i) => {
    const style = styles[i];
    if (!style) return;
    element.style.fontSize = style.fontSize;
    for (const [name, value] of style.paint) element.style.setProperty(name, value);
  });
  return { copy, remove: () => stage.remove() };
}

/**
 * The chart frame as a PNG at twice its on-screen size, drawn by
 * html-to-image (DOM → SVG foreignObject → canvas) with the app font embedded,
 * so the image is the same on a machine with no Chinese font. `toDataURL`
 * rather than `toBlob`: in headless Chromium toBlob took about 1 s for what
 * toDataURL does in 20 ms (TOOLCHAIN.md).
 */
export async function renderPng(node: HTMLElement, { transparent, exclude }: PngOptions): Promise<Png> {
  const [fontEmbedCSS] = await Promise.all([fontEmbedCss(), pageFontReady()]);
  const { copy, remove } = stagedCopy(node);
  try {
    const canvas = await toCanvas(copy, {
      pixelRatio: 2,
      fontEmbedCSS,
      includeStyleProperties: copiedProperties(),
      backgroundColor: transparent ? undefined : '#ffffff',
      style: { backgroundColor: transparent ? 'transparent' : '#ffffff' },
      filter: (child) => !(child instanceof Element && exclude(child)),
    });
    return { dataUrl: canvas.toDataURL('image/png'), width: canvas.width, height: canvas.height };
  } finally {
    remove();
  }
}
