import type { ReactNode } from 'react';
import { useParams } from 'react-router';
import { CommitmentDetail } from '@/features/commitments/components/commitment-detail';
import { useI18n } from '@/i18n/use-i18n';
import { todayIso } from '@/lib/today';
import { DatasetGate } from '../layout/dataset-gate';
import { usePageTitle } from '../use-page-title';
import { NotFoundRoute } from './not-found';

export function CommitmentDetailRoute() {
  const { id } = useParams();
  return (
    <DatasetGate>
      {({ dataset, heldBack }) => {
        const commitment = dataset.commitments.find((c) => c.id === id);
        if (!commitment) return <NotFoundRoute />;
        return (
          <DetailWithTitle title={commitment.title}>
            <CommitmentDetail
              dataset={dataset}
              commitment={commitment}
              today={todayIso()}
              heldBack={heldBack.filter((h) => h.commitmentId === commitment.id)}
            />
          </DetailWithTitle>
        );
      }}
    </DatasetGate>
  );
}

function DetailWithTitle({ title, children }: { title: { zh: string; en: string }; children: ReactNode }) {
  const { l } = useI18n();
  usePageTitle(l(title));
  return children;
}
