import type { SkippedRecord } from '@/data/load-dataset';
import { useI18n } from '@/i18n/use-i18n';
import styles from './skipped-notice.module.css';

/** Tells the reader that part of the data is not shown, and the maintainer exactly where and why. */
export function SkippedNotice({ skipped }: { skipped: readonly SkippedRecord[] }) {
  const { t } = useI18n();
  if (skipped.length === 0) return null;
  return (
    <details className={styles.notice}>
      <summary>{t('skipped.summary', { count: skipped.length })}</summary>
      <ul>
        {skipped.slice(0, 200).map((record) => (
          <li key={record.path}>
            <code>{record.path}</code>
            {record.id && <> ({record.id})</>}
            <ul>
              {record.problems.slice(0, 10).map((problem, index) => (
                <li key={index}>
                  <code>{problem.path}</code>: {problem.message}
                </li>
              ))}
            </ul>
          </li>
        ))}
      </ul>
    </details>
  );
}
