/**
 * A value written at the end of a bar: right of a positive bar, left of a
 * negative one, so that negative figures stay legible. recharts' LabelList
 * passes the bar's box and value; `format` turns the value into text.
 */
export function EndLabel({
  x,
  y,
  width,
  height,
  value,
  format,
  vertical,
}: {
  x?: number | string;
  y?: number | string;
  width?: number | string;
  height?: number | string;
  value?: unknown;
  format: (value: number) => string;
  /** Bars that grow upwards (periods on the x axis). */
  vertical?: boolean;
}) {
  if (value === null || value === undefined || !Number.isFinite(Number(value))) return null;
  const v = Number(value);
  const [bx, by, bw, bh] = [Number(x ?? 0), Number(y ?? 0), Number(width ?? 0), Number(height ?? 0)];
  if (vertical) {
    // In a vertical bar the box may have a negative height; its far end is the top for v ≥ 0.
    const top = Math.min(by, by + bh);
    const bottom = Math.max(by, by + bh);
    return (
      <text x={bx + bw / 2} y={v < 0 ? bottom + 14 : top - 5} textAnchor="middle" fontSize={12} fill="#1b1b1b">
        {format(v)}
      </text>
    );
  }
  const end = v < 0 ? Math.min(bx, bx + bw) : Math.max(bx, bx + bw);
  return (
    <text
      x={v < 0 ? end - 5 : end + 5}
      y={by + bh / 2}
      dy="0.35em"
      textAnchor={v < 0 ? 'end' : 'start'}
      fontSize={12}
      fill="#1b1b1b"
    >
      {format(v)}
    </text>
  );
}
