import styles from './progress-bar.module.css';

/** A sourced share of work done, 0–100. The number is always printed beside the bar. */
export function ProgressBar({ value, label, valueText }: { value: number; label: string; valueText: string }) {
  const clamped = Math.min(100, Math.max(0, value));
  return (
    <div className={styles.wrap}>
      <div
        className={styles.track}
        role="progressbar"
        aria-label={label}
        aria-valuemin={0}
        aria-valuemax={100}
        aria-valuenow={clamped}
        aria-valuetext={valueText}
      >
        <div className={styles.fill} style={{ width: `${clamped}%` }} />
      </div>
      <span className={styles.value}>{valueText}</span>
    </div>
  );
}
