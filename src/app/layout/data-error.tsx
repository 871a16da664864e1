import { DatasetLoadError } from '@/data/load-dataset';
import { LOAD_TIMEOUT_MS } from '@/data/load-dataset';
import { useI18n } from '@/i18n/use-i18n';
import type { MessageKey } from '@/i18n/messages';
import styles from './data-error.module.css';

const KIND_KEY: Record<DatasetLoadError['kind'], MessageKey> = {
  http: 'error.http',
  network: 'error.network',
  timeout: 'error.timeout',
  html: 'error.html',
  empty: 'error.empty',
  json: 'error.json',
  schema: 'error.schema',
};

/** A failed load in the reader's language, a retry, and the details for whoever maintains the data. */
export function DataError({ error, onRetry }: { error: unknown; onRetry: () => void }) {
  const { t } = useI18n();
  const known = error instanceof DatasetLoadError ? error : undefined;
  const message = known
    ? t(KIND_KEY[known.kind], { status: known.status ?? '', seconds: LOAD_TIMEOUT_MS / 1000 })
    : t('error.unexpected');
  return (
    <section className={styles.box} role="alert" aria-labelledby="data-error-title">
      <h1 id="data-error-title" className={styles.title}>
        {t('error.title')}
      </h1>
      <p>{message}</p>
      <button type="button" className="button button-primary" onClick={onRetry}>
        {t('error.retry')}
      </button>
      <details className={styles.details}>
        <summary>{t('error.details')}</summary>
        <p>{error instanceof Error ? error.message : String(error)}</p>
        {known && known.problems.length > 0 && (
          <ul>
            {known.problems.slice(0, 50).map((problem, index) => (
              <li key={index}>
                <code>{problem.path}</code>: {problem.message}
              </li>
            ))}
          </ul>
        )}
      </details>
    </section>
  );
}
