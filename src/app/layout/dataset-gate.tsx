import type { ReactNode } from 'react';
import type { LoadedDataset } from '@/data/load-dataset';
import { datasetUrl } from '@/data/runtime-config';
import { useDataset } from '@/data/use-dataset';
import { useI18n } from '@/i18n/use-i18n';
import { DataError } from './data-error';
import { DatasetLoading } from './dataset-loading';
import { SkippedNotice } from './skipped-notice';

/** Renders a route once the dataset is there; loading and failure look the same on every route. */
export function DatasetGate({ children }: { children: (loaded: LoadedDataset) => ReactNode }) {
  const { t } = useI18n();
  const query = useDataset();
  if (query.isPending && query.fetchStatus === 'fetching') return <DatasetLoading url={datasetUrl()} />;
  if (query.isPending) {
    return (
      <p role="status" aria-live="polite">
        {t('loading')}
      </p>
    );
  }
  if (query.isError) return <DataError error={query.error} onRetry={() => void query.refetch()} />;
  return (
    <>
      <SkippedNotice skipped={query.data.skipped} />
      {children(query.data)}
    </>
  );
}
