/**
 * A category-axis label of up to two lines (e.g. a title and its gap), drawn
 * left of the axis. recharts passes x, y and `payload.value`; `lines` maps that
 * value to the text, already shortened to fit.
 */
export function TwoLineTick({
  x,
  y,
  payload,
  lines,
}: {
  x?: number | string;
  y?: number | string;
  payload?: { value?: string | number };
  lines: (value: string) => [string, string?];
}) {
  const [first, second] = lines(String(payload?.value ?? ''));
  const dy = second ? -0.25 : 0.35;
  return (
    <g transform={`translate(${Number(x ?? 0)},${Number(y ?? 0)})`}>
      <text x={-8} y={0} textAnchor="end" fontSize={13} fill="currentColor">
        <tspan x={-8} dy={`${dy}em`}>
          {first}
        </tspan>
        {second && (
          <tspan x={-8} dy="1.25em" fontSize={12} fillOpacity={0.75}>
            {second}
          </tspan>
        )}
      </text>
    </g>
  );
}
