import { useMemo } from 'react';
import type { Dataset } from '@/data/schema';
import { useI18n } from '@/i18n/use-i18n';
import { toCardView } from '../logic/card-view';
import { indexSources } from '../logic/ledger';
import { CommitmentCard } from './commitment-card';
import styles from './commitment-list.module.css';

export function CommitmentList({ dataset, today }: { dataset: Dataset; today: string }) {
  const { l } = useI18n();
  const sourcesById = useMemo(() => indexSources(dataset.sources), [dataset.sources]);
  const sectorNames = useMemo(() => new Map(dataset.sectors.map((s) => [s.id, s.name])), [dataset.sectors]);
  return (
    <ul className={styles.list}>
      {dataset.commitments.map((commitment) => {
        const name = sectorNames.get(commitment.sector);
        return (
          <li key={commitment.id}>
            <CommitmentCard
              commitment={commitment}
              view={toCardView(commitment, sourcesById, today)}
              sectorName={name ? l(name) : commitment.sector}
            />
          </li>
        );
      })}
    </ul>
  );
}
