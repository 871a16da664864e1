/** Wide (CJK and full-width) characters take about twice the width of Latin ones. */
function units(char: string): number {
  const code = char.codePointAt(0) ?? 0;
  return code >= 0x1100 ? 2 : 1;
}

/**
 * Shortens a label to about `maxUnits` half-width characters for an axis,
 * where a long Chinese title would push the chart off a phone screen. The full
 * text stays in the tooltip and the table.
 */
export function truncateLabel(text: string, maxUnits: number): string {
  const chars = Array.from(text.trim());
  let used = 0;
  for (let i = 0; i < chars.length; i += 1) {
    used += units(chars[i] ?? '');
    if (used > maxUnits) return `${chars.slice(0, Math.max(1, i - 1)).join('')}…`;
  }
  return chars.join('');
}
