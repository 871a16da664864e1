import { toSvg } from 'html-to-image';
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

/** Twice the on-screen size: sharp on high-density screens and in print. */
const PIXEL_RATIO = 2;
/** Browsers refuse canvases much larger than this on a side; a very tall chart gets a lower ratio instead. */
const MAX_CANVAS_SIDE = 16384;

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

/**
 * The computed properties copied onto each cloned element. html-to-image copies
 * all of them (about 350) by default, which made the foreignObject image of one
 * chart several MB and the export take seconds; the clone carries no style
 * sheet, so what is not listed takes its initial or inherited value, and these
 * are the ones a chart frame's look depends on. font-size is left out on
 * purpose: html-to-image shrinks it (to floor(size) − 0.1 px), so the staged
 * copy carries each element's exact size inline instead.
 */
const COPIED = [
  'display',
  'position',
  'top',
  'right',
  'bottom',
  'left',
  'z-index',
  'float',
  'clear',
  'box-sizing',
  'width',
  'height',
  'min-width',
  'min-height',
  'max-width',
  'max-height',
  'aspect-ratio',
  ...['top', 'right', 'bottom', 'left'].flatMap((side) => [
    `margin-${side}`,
    `padding-${side}`,
    `border-${side}-width`,
    `border-${side}-style`,
    `border-${side}-color`,
  ]),
  'border-top-left-radius',
  'border-top-right-radius',
  'border-bottom-right-radius',
  'border-bottom-left-radius',
  'background-color',
  'background-image',
  'background-size',
  'background-position',
  'background-repeat',
  'background-clip',
  'box-shadow',
  'opacity',
  'visibility',
  'overflow-x',
  'overflow-y',
  'transform',
  'transform-origin',
  'clip-path',
  'filter',
  'color',
  'font-family',
  'font-style',
  'font-weight',
  'font-stretch',
  'font-variant',
  'font-feature-settings',
  'font-kerning',
  'line-height',
  'letter-spacing',
  'word-spacing',
  'text-align',
  'text-indent',
  'text-transform',
  'text-decoration-line',
  'text-decoration-color',
  'text-decoration-style',
  'text-decoration-thickness',
  'text-underline-offset',
  'white-space',
  'word-break',
  'overflow-wrap',
  'text-overflow',
  'vertical-align',
  'direction',
  'unicode-bidi',
  'writing-mode',
  '-webkit-line-clamp',
  '-webkit-box-orient',
  'list-style-type',
  'list-style-position',
  'list-style-image',
  'content',
  'flex-direction',
  'flex-wrap',
  'flex-grow',
  'flex-shrink',
  'flex-basis',
  'order',
  'justify-content',
  'justify-items',
  'justify-self',
  'align-items',
  'align-self',
  'align-content',
  'row-gap',
  'column-gap',
  'grid-template-columns',
  'grid-template-rows',
  'grid-template-areas',
  'grid-auto-flow',
  'grid-auto-columns',
  'grid-auto-rows',
  'grid-column-start',
  'grid-column-end',
  'grid-row-start',
  'grid-row-end',
  'table-layout',
  'border-collapse',
  'border-spacing',
  'caption-side',
  'object-fit',
  'object-position',
  ...SVG_STYLE,
];

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
 * The chart frame as a PNG at twice its on-screen size: html-to-image turns
 * the staged copy into an SVG foreignObject with the app font embedded, and the
 * browser draws that onto a canvas, so the image is the same on a machine with
 * no Chinese font. `toDataURL`
 * rather than `toBlob`: in headless Chromium toBlob took about 1 s for what
 * toDataURL does in 20 ms (TOOLCHAIN.md).
 */
export async function renderPng(node: HTMLElement, { transparent, exclude }: PngOptions): Promise<Png> {
  const [fontEmbedCSS] = await Promise.all([fontEmbedCss(), pageFontReady()]);
  const { copy, remove } = stagedCopy(node);
  let svg: string;
  try {
    svg = await toSvg(copy, {
      fontEmbedCSS,
      includeStyleProperties: COPIED,
      style: { backgroundColor: transparent ? 'transparent' : '#ffffff' },
      filter: (child) => !(child instanceof Element && exclude(child)),
    });
  } finally {
    remove();
  }
  const image = new Image();
  image.src = svg;
  await image.decode();
  const ratio = Math.min(PIXEL_RATIO, MAX_CANVAS_SIDE / Math.max(image.naturalWidth, image.naturalHeight, 1));
  const canvas = document.createElement('canvas');
  canvas.width = Math.round(image.naturalWidth * ratio);
  canvas.height = Math.round(image.naturalHeight * ratio);
  const context = canvas.getContext('2d');
  if (!context) throw new Error('no canvas');
  if (!transparent) {
    context.fillStyle = '#ffffff';
    context.fillRect(0, 0, canvas.width, canvas.height);
  }
  context.drawImage(image, 0, 0, canvas.width, canvas.height);
  return { dataUrl: canvas.toDataURL('image/png'), width: canvas.width, height: canvas.height };
}
