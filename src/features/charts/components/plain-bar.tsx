/**
 * A bar drawn as a plain rectangle. Passing it as `shape` also keeps recharts
 * from dropping zero-sized bars, so a figure of 0 still gets its label.
 */
export function PlainBar({
  x,
  y,
  width,
  height,
  fill,
}: {
  x?: number | string;
  y?: number | string;
  width?: number | string;
  height?: number | string;
  fill?: string;
}) {
  const [bx, by, bw, bh] = [Number(x ?? 0), Number(y ?? 0), Number(width ?? 0), Number(height ?? 0)];
  return (
    <rect x={Math.min(bx, bx + bw)} y={Math.min(by, by + bh)} width={Math.abs(bw)} height={Math.abs(bh)} fill={fill} />
  );
}
