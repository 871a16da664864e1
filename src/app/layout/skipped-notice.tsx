import type { SkippedRecord } from '@/data/load-dataset';
import { useI18n } from '@/i18n/use-i18n';
import styles from './skipped-notice.module.css';

/** Tells the reader that part of the data is not shown, and the maintainer exactly what was dropped, where and why. */
export function SkippedNotice({ skipped }: { skipped: readonly SkippedRecord[] }) {
  const { t, lang } = useI18n();
  if (skipped.length === 0) return null;
  const records = skipped.filter((s) => s.dropped === 'record').length;
  const parts = skipped.length - records;
  const summary = [
    records > 0 ? t('skipped.summary', { count: records }) : '',
    parts > 0 ? t('skipped.partial', { count: parts }) : '',
  ]
    .filter(Boolean)
    .join(lang === 'zh' ? '；' : '; ');
  return (
    <details className={styles.notice}>
      <summary>{summary}</summary>
      <ul>
        {skipped.slice(0, 200).map((record) => (
          <li key={record.path}>
            <code>{record.path}</code>
            {record.id && <> ({record.id})</>}: {t(`skipped.dropped.${record.dropped}`)}
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
