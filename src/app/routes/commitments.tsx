import { CommitmentsBrowser } from '@/features/commitments/components/commitments-browser';
import { useI18n } from '@/i18n/use-i18n';
import { todayIso } from '@/lib/today';
import { DatasetGate } from '../layout/dataset-gate';
import { usePageTitle } from '../use-page-title';

export function CommitmentsRoute() {
  const { t } = useI18n();
  usePageTitle(t('commitments.title'));
  return (
    <>
      <h1>{t('commitments.title')}</h1>
      <p>{t('commitments.intro')}</p>
      <DatasetGate>{({ dataset }) => <CommitmentsBrowser dataset={dataset} today={todayIso()} />}</DatasetGate>
    </>
  );
}
