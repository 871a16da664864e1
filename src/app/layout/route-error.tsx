import { useRouteError } from 'react-router';
import { useI18n } from '@/i18n/use-i18n';
import styles from './data-error.module.css';

/** The error boundary of each route: the shell stays, the page says what happened and offers a way on. */
export function RouteError() {
  const error = useRouteError();
  const { t } = useI18n();
  return (
    <section className={styles.box} role="alert" aria-labelledby="route-error-title">
      <h1 id="route-error-title" className={styles.title}>
        {t('error.unexpected')}
      </h1>
      <button type="button" className="button button-primary" onClick={() => window.location.reload()}>
        {t('error.reload')}
      </button>
      <details className={styles.details}>
        <summary>{t('error.details')}</summary>
        <p>{error instanceof Error ? error.message : String(error)}</p>
      </details>
    </section>
  );
}
