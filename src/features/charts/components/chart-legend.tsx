import type { CSSProperties } from 'react';
import { StatusIcon } from '@/components/ui/status-icon';
import type { StatusId } from '@/data/vocabulary';
import styles from './chart-frame.module.css';

export interface LegendItem {
  key: string;
  label: string;
  color: string;
  /** Status series carry the status icon as well as the colour, so they read in greyscale too. */
  status?: StatusId;
  shape?: 'square' | 'band' | 'diamond' | 'dash';
  /** Darker shade for the icon and outline. */
  ink?: string;
}

/** The chart's legend, drawn in HTML inside the exported node (recharts' own legend sits outside its SVG). */
export function ChartLegend({ items, label }: { items: LegendItem[]; label: string }) {
  return (
    <ul className={styles.legend} aria-label={label}>
      {items.map((item) => (
        <li key={item.key} className={styles.legendItem}>
          <span
            className={styles.swatch}
            data-shape={item.shape ?? 'square'}
            style={{ '--swatch': item.color, '--swatch-ink': item.ink ?? item.color } as CSSProperties}
            aria-hidden="true"
          />
          {item.status && (
            <span className={styles.legendIcon} style={{ color: item.ink }}>
              <StatusIcon status={item.status} size={14} />
            </span>
          )}
          <span>{item.label}</span>
        </li>
      ))}
    </ul>
  );
}
