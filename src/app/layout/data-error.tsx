import { useEffect, useRef } from 'react';
import { DatasetLoadError } from '@/data/load-dataset';
import { SILENCE_TIMEOUT_MS } from '@/data/load-dataset';
import { useI18n } from '@/i18n/use-i18n';
import type { MessageKey } from '@/i18n/messages';
import styles from './data-error.module.css';

const KIND_KEY: Record<DatasetLoadError['kind'], MessageKey> = {
  http: 'error.http',
  network: 'error.network',
  timeout: 'error.timeout',
  cancelled: 'error.cancelled',
  html: 'error.html',
  empty: 'error.empty',
  json: 'error.json',
  schema: 'error.schema',
};

/** A failed load in the reader's language, a retry, and the details for whoever maintains the data. */
export function DataError({ error, onRetry }: { error: unknown; onRetry: () => void }) {
  const { t } = useI18n();
  const retry = useRef<HTMLButtonElement>(null);
  const known = error instanceof DatasetLoadError ? error : undefined;
  const cancelled = known?.kind === 'cancelled';
  const seconds = Math.round((known?.silenceMs ?? SILENCE_TIMEOUT_MS) / 1000);
  const message = known ? t(KIND_KEY[known.kind], { status: known.status ?? '', seconds }) : t('error.unexpected');
  // The cancel button the reader pressed is gone: keep the keyboard where the next step is.
  useEffect(() => {
    if (cancelled) retry.current?.focus();
  }, [cancelled]);
  return (
    <section
      className={cancelled ? `${styles.box} ${styles.quiet}` : styles.box}
      role={cancelled ? 'status' : 'alert'}
      aria-labelledby="data-error-title"
    >
      <h1 id="data-error-title" className={styles.title}>
        {t(cancelled ? 'error.cancelledTitle' : 'error.title')}
      </h1>
      <p>{message}</p>
      <button ref={retry} type="button" className="button button-primary" onClick={onRetry}>
        {t('error.retry')}
      </button>
      {!cancelled && (
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
      )}
    </section>
  );
}
