import type { FallbackProps } from 'react-error-boundary';
import { useI18n } from '@/i18n/use-i18n';
import styles from './data-error.module.css';

/** What a page shows when it throws: the shell stays, the page says so and offers a retry and a reload. */
export function RouteError({ error, resetErrorBoundary }: FallbackProps) {
  const { t } = useI18n();
  return (
    <section className={styles.box} role="alert" aria-labelledby="route-error-title">
      <h1 id="route-error-title" className={styles.title}>
        {t('error.unexpected')}
      </h1>
      <p>
        <button type="button" className="button button-primary" onClick={resetErrorBoundary}>
          {t('error.retry')}
        </button>{' '}
        <button type="button" className="button" onClick={() => window.location.reload()}>
          {t('error.reload')}
        </button>
      </p>
      <details className={styles.details}>
        <summary>{t('error.details')}</summary>
        <p>{error instanceof Error ? error.message : String(error)}</p>
      </details>
    </section>
  );
}
