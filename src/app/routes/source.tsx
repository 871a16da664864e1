import { useQuery } from '@tanstack/react-query';
import { useParams } from 'react-router';
import type { Dataset, Source } from '@/data/schema';
import { sourceTextQueryOptions } from '@/data/queries';
import { datasetUrl } from '@/data/runtime-config';
import { SourceDocument, type CitingCommitment } from '@/features/sources/components/source-document';
import { useI18n } from '@/i18n/use-i18n';
import { DatasetGate } from '../layout/dataset-gate';
import { usePageTitle } from '../use-page-title';
import { NotFoundRoute } from './not-found';

/** Every commitment that cites a source anywhere, with the passage it quotes when the source is its origin. */
function citingCommitments(dataset: Dataset, sourceId: string, lang: 'zh' | 'en'): CitingCommitment[] {
  return dataset.commitments
    .filter(
      (c) =>
        c.origin.sourceId === sourceId ||
        c.updates.some((u) => u.sourceIds.includes(sourceId)) ||
        c.metrics.some((m) => m.sourceId === sourceId) ||
        c.caveats.some((cv) => cv.sourceIds.includes(sourceId)) ||
        (c.plan?.sourceIds.includes(sourceId) ?? false) ||
        (c.plan?.milestones.some((m) => m.sourceIds.includes(sourceId)) ?? false),
    )
    .map((c) => ({
      id: c.id,
      title: c.title[lang],
      quote: c.origin.sourceId === sourceId ? c.origin.quote : undefined,
    }));
}

function SourcePage({ dataset, source }: { dataset: Dataset; source: Source }) {
  const { lang } = useI18n();
  usePageTitle(source.title);
  const query = useQuery({
    ...sourceTextQueryOptions(datasetUrl(), source.textPath ?? 'sources/none.txt'),
    enabled: source.textPath !== undefined,
  });
  const text = !source.textPath
    ? ({ state: 'none' } as const)
    : query.isPending
      ? ({ state: 'loading' } as const)
      : query.isError
        ? ({ state: 'error' } as const)
        : ({ state: 'ready', value: query.data } as const);
  return <SourceDocument source={source} text={text} citing={citingCommitments(dataset, source.id, lang)} />;
}

export function SourceRoute() {
  const { id } = useParams();
  return (
    <DatasetGate>
      {({ dataset }) => {
        const source = dataset.sources.find((s) => s.id === id);
        return source ? <SourcePage dataset={dataset} source={source} /> : <NotFoundRoute />;
      }}
    </DatasetGate>
  );
}
