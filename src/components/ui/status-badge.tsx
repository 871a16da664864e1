import type { CSSProperties } from 'react';
import type { StatusId } from '@/data/vocabulary';
import { STATUS_STYLE } from '@/lib/status-style';
import { StatusIcon } from './status-icon';
import styles from './status-badge.module.css';

/** Status as text, icon and colour together: never colour alone. */
export function StatusBadge({ status, label }: { status: StatusId; label: string }) {
  const style = STATUS_STYLE[status];
  const vars = { '--badge-ink': style.ink, '--badge-tint': style.tint } as CSSProperties;
  return (
    <span className={styles.badge} style={vars} data-status={status}>
      <StatusIcon status={status} />
      <span>{label}</span>
    </span>
  );
}
