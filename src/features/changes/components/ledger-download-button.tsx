import { useId, useState } from 'react';
import type { Commitment, Dataset } from '@/data/schema';
import { downloadLedgerXlsx } from '@/data/ledger-io/download-ledger-xlsx';
import { useI18n } from '@/i18n/use-i18n';
import styles from './changes.module.css';

/**
 * "下载台账 (Excel)": the commitments a page shows, as an `.xlsx` ledger.
 * `getCommitments` is called on click, so the page pays nothing until then;
 * the spreadsheet code is fetched on the first click too.
 */
export function LedgerDownloadButton({
  dataset,
  getCommitments,
}: {
  dataset: Dataset;
  getCommitments: () => readonly Commitment[];
}) {
  const { t, lang } = useI18n();
  const hintId = useId();
  const [state, setState] = useState<'idle' | 'busy' | 'failed'>('idle');
  const download = async () => {
    setState('busy');
    try {
      await downloadLedgerXlsx(getCommitments(), dataset, lang);
      setState('idle');
    } catch {
      setState('failed');
    }
  };
  return (
    <div className={styles.download}>
      <button
        type="button"
        className="button"
        aria-describedby={hintId}
        disabled={state === 'busy'}
        onClick={() => void download()}
      >
        {state === 'busy' ? t('ledger.downloading') : t('ledger.download')}
      </button>
      <span id={hintId} className={styles.hint}>
        {t('ledger.downloadHint')}
      </span>
      {state === 'failed' && (
        <span role="alert" className={styles.overdue}>
          {t('ledger.downloadFailed')}
        </span>
      )}
    </div>
  );
}
