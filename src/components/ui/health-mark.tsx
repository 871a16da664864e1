import styles from './health-mark.module.css';

export type HealthLevel = 'green' | 'amber' | 'red' | 'unknown';

const SHAPES: Record<HealthLevel, string> = {
  green: 'M8 2a6 6 0 1 0 0 12A6 6 0 0 0 8 2Z',
  amber: 'M8 1.5 14.5 13h-13Z',
  red: 'M2 2h12v12H2Z',
  unknown: 'M8 2a6 6 0 1 0 0 12A6 6 0 0 0 8 2Zm0 2a4 4 0 1 1 0 8 4 4 0 0 1 0-8Z',
};

/** Schedule colour with a distinct shape and its word: circle, triangle, square, ring. */
export function HealthMark({ level, label }: { level: HealthLevel; label: string }) {
  return (
    <span className={styles.mark} data-level={level}>
      <svg width="14" height="14" viewBox="0 0 16 16" aria-hidden="true" focusable="false">
        <path d={SHAPES[level]} fill="currentColor" fillRule="evenodd" />
      </svg>
      {label}
    </span>
  );
}
