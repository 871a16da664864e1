import { useI18n } from '@/i18n/use-i18n';
import { LangLink } from '@/i18n/lang-link';
import { DatasetGate } from '../layout/dataset-gate';
import { usePageTitle } from '../use-page-title';

export function HomeRoute() {
  const { t } = useI18n();
  usePageTitle(undefined);
  return (
    <>
      <h1>{t('overview.title')}</h1>
      <DatasetGate>
        {({ dataset }) => (
          <p>
            <LangLink to="/commitments">
              {t('nav.commitments')} ({dataset.commitments.length})
            </LangLink>
          </p>
        )}
      </DatasetGate>
    </>
  );
}
