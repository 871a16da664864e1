import { useWindowVirtualizer } from '@tanstack/react-virtual';
import { useLayoutEffect, useRef, useState, type ReactNode } from 'react';
import { columnsFor } from '../logic/grid-columns';
import styles from './commitment-list.module.css';

/**
 * Only the rows near the viewport are in the DOM, so ten thousand cards stay
 * smooth. Each card keeps its place in the list for screen readers
 * (aria-setsize / aria-posinset), and the overscan keeps the next cards
 * rendered so that Tab moves on into them.
 */
export default function VirtualCardGrid({
  count,
  renderCard,
  keyOf,
}: {
  count: number;
  renderCard: (index: number) => ReactNode;
  keyOf: (index: number) => string;
}) {
  const ref = useRef<HTMLDivElement>(null);
  const [width, setWidth] = useState(1024);
  const [offset, setOffset] = useState(0);

  useLayoutEffect(() => {
    const node = ref.current;
    if (!node) return undefined;
    const measure = () => {
      setWidth(node.clientWidth);
      setOffset(node.getBoundingClientRect().top + window.scrollY);
    };
    measure();
    const observer = new ResizeObserver(measure);
    observer.observe(node);
    return () => observer.disconnect();
  }, []);

  const columns = columnsFor(width);
  const rowCount = Math.ceil(count / columns);
  const virtualizer = useWindowVirtualizer({
    count: rowCount,
    estimateSize: () => 230,
    overscan: 3,
    scrollMargin: offset,
  });

  return (
    <div ref={ref} role="list" className={styles.virtual} style={{ height: virtualizer.getTotalSize() }}>
      {virtualizer.getVirtualItems().map((row) => {
        const first = row.index * columns;
        const last = Math.min(count, first + columns);
        const cells: ReactNode[] = [];
        for (let index = first; index < last; index += 1) {
          cells.push(
            <div
              role="listitem"
              aria-setsize={count}
              aria-posinset={index + 1}
              key={keyOf(index)}
              className={styles.cell}
            >
              {renderCard(index)}
            </div>,
          );
        }
        return (
          <div
            role="none"
            key={row.key}
            data-index={row.index}
            ref={virtualizer.measureElement}
            className={styles.virtualRow}
            style={{
              transform: `translateY(${row.start - virtualizer.options.scrollMargin}px)`,
              gridTemplateColumns: `repeat(${columns}, minmax(0, 1fr))`,
            }}
          >
            {cells}
          </div>
        );
      })}
    </div>
  );
}
