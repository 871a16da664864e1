import { useSearchParams } from 'react-router';
import { LedgerDownloadButton } from '@/features/changes/components/ledger-download-button';
import { CommitmentsBrowser } from '@/features/commitments/components/commitments-browser';
import { applyFilters, buildRows } from '@/features/commitments/logic/filter';
import { parseFilters } from '@/features/commitments/logic/url-state';
import { useI18n } from '@/i18n/use-i18n';
import { todayIso } from '@/lib/today';
import { DatasetGate } from '../layout/dataset-gate';
import { usePageTitle } from '../use-page-title';

export function CommitmentsRoute() {
  const { t } = useI18n();
  const [params] = useSearchParams();
  usePageTitle(t('commitments.title'));
  return (
    <>
      <h1>{t('commitments.title')}</h1>
      <p>{t('commitments.intro')}</p>
      <DatasetGate>
        {({ dataset }) => {
          const today = todayIso();
          return (
            <>
              <LedgerDownloadButton
                dataset={dataset}
                getCommitments={() =>
                  applyFilters(buildRows(dataset.commitments, today), parseFilters(params).filters).map(
                    (r) => r.commitment,
                  )
                }
              />
              <CommitmentsBrowser dataset={dataset} today={today} />
            </>
          );
        }}
      </DatasetGate>
    </>
  );
}
