import { useState, type ReactNode } from 'react';
import { useI18n } from '@/i18n/use-i18n';
import styles from './changes.module.css';

/**
 * An ordered list that draws `page` items at first and more on request, so a
 * long window or a 10,000-item dataset never floods the page with nodes.
 */
export function LimitedList<T>({
  items,
  page,
  label,
  keyOf,
  render,
}: {
  items: readonly T[];
  page: number;
  label?: string;
  keyOf: (item: T) => string;
  render: (item: T) => ReactNode;
}) {
  const { t } = useI18n();
  const [limit, setLimit] = useState(page);
  const shown = items.slice(0, limit);
  const rest = items.length - shown.length;
  return (
    <>
      <ol className={styles.list} aria-label={label}>
        {shown.map((item) => (
          <li key={keyOf(item)} className={styles.entry}>
            {render(item)}
          </li>
        ))}
      </ol>
      {rest > 0 && (
        <p className={styles.more}>
          <span>{t('changes.shownOf', { shown: shown.length, total: items.length })}</span>{' '}
          <button type="button" className="button" onClick={() => setLimit(limit + page)}>
            {t('changes.more', { count: Math.min(rest, page) })}
          </button>
        </p>
      )}
    </>
  );
}
