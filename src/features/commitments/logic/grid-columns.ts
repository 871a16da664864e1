/** Narrowest card, in CSS pixels (22rem at 16 px), and the gap between cards. */
export const MIN_CARD_WIDTH = 352;
export const CARD_GAP = 12;

/** How many card columns fit a container width; the plain grid's CSS uses the same numbers. */
export function columnsFor(width: number): number {
  if (!Number.isFinite(width) || width <= 0) return 1;
  return Math.max(1, Math.floor((width + CARD_GAP) / (MIN_CARD_WIDTH + CARD_GAP)));
}

/**
 * Past this many cards the list is virtualised; up to it every card is in the
 * page (and prints). At about 20 elements a card, 60 cards keep the page under
 * QUALITY.md's 1,400 DOM nodes; the bundled dataset (60) is never virtualised.
 */
export const VIRTUALIZE_ABOVE = 60;
