import styles from './headline.module.css';

/**
 * Stands in for the charts while their code loads. It reserves the height the
 * charts will take, so that the footer does not jump when they arrive.
 */
export function ChartsLoading({ label }: { label: string }) {
  return (
    <p role="status" className={styles.loading}>
      {label}
    </p>
  );
}
