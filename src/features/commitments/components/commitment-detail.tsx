import { useMemo } from 'react';
import type { HeldEntry } from '@/data/load-dataset';
import type { Commitment, Dataset } from '@/data/schema';
import { StatusBadge } from '@/components/ui/status-badge';
import { LangLink } from '@/i18n/lang-link';
import { useI18n } from '@/i18n/use-i18n';
import { applyFilters, buildRows } from '../logic/filter';
import { indexSources, sortedUpdates } from '../logic/ledger';
import { neighbours } from '../logic/neighbours';
import { scheduleHealth } from '../logic/schedule-health';
import { serializeFilters } from '../logic/url-state';
import { useFilters } from '../use-filters';
import { HeldBackEntries } from './held-back-entries';
import { LedgerTimeline } from './ledger-timeline';
import { MetricsTable } from './metrics-table';
import { PlanPanel } from './plan-panel';
import { SourceCite } from './source-cite';
import styles from './detail.module.css';

/** One commitment and all its evidence: the words, the ledger, the figures, the plan, the caveats. */
export function CommitmentDetail({
  dataset,
  commitment,
  today,
  heldBack = [],
}: {
  dataset: Dataset;
  commitment: Commitment;
  today: string;
  /** Entries of this commitment dated after asOf or today, kept out of its ledger by the loader. */
  heldBack?: readonly HeldEntry[];
}) {
  const { t, l } = useI18n();
  const { filters } = useFilters();
  const sourcesById = useMemo(() => indexSources(dataset.sources), [dataset.sources]);
  const updates = sortedUpdates(commitment);
  const current = updates[updates.length - 1];
  const health = scheduleHealth(commitment, today);
  const sector = dataset.sectors.find((s) => s.id === commitment.sector);
  const ids = useMemo(
    () => applyFilters(buildRows(dataset.commitments, today), filters).map((r) => r.commitment.id),
    [dataset.commitments, filters, today],
  );
  const around = neighbours(ids, commitment.id);
  const query = serializeFilters(filters).toString();
  const search = query ? `?${query}` : '';
  const source = sourcesById.get(commitment.origin.sourceId);

  return (
    <article className={styles.detail} aria-labelledby="detail-title">
      <p className={styles.back}>
        <LangLink to={`/commitments${search}`}>← {t('detail.back')}</LangLink>
      </p>
      <h1 id="detail-title" className={styles.title}>
        {l(commitment.title)}
      </h1>
      <p className={styles.tags}>
        {current && <StatusBadge status={current.status} label={t(`status.${current.status}`)} />}
        <span className={styles.tag}>{sector ? l(sector.name) : commitment.sector}</span>
        <span className={styles.tag}>{t(`kind.${commitment.kind}`)}</span>
        <span className={styles.tag}>{t(`link.${commitment.luoyangLink}`)}</span>
        {commitment.location && <span className={styles.tag}>{l(commitment.location)}</span>}
      </p>
      <p className={styles.summary}>{l(commitment.summary)}</p>

      {commitment.caveats.length > 0 && (
        <section className={styles.caveats} aria-labelledby="caveats-title">
          <h2 id="caveats-title">{t('detail.caveats')}</h2>
          <ul>
            {commitment.caveats.map((caveat, index) => (
              <li key={index}>
                {l(caveat.text)}
                {caveat.sourceIds.length > 0 && (
                  <ul className={styles.sources}>
                    {caveat.sourceIds.map((id) => (
                      <li key={id}>
                        <SourceCite id={id} source={sourcesById.get(id)} />
                      </li>
                    ))}
                  </ul>
                )}
              </li>
            ))}
          </ul>
        </section>
      )}

      <section aria-labelledby="quote-title">
        <h2 id="quote-title">{t('detail.quote')}</h2>
        <figure className={styles.quote} data-layer={commitment.origin.layer}>
          <blockquote lang="zh-CN">{commitment.origin.quote}</blockquote>
          <figcaption>
            <p>{t(`detail.layer.${commitment.origin.layer}`)}</p>
            <p>{t('detail.section', { section: l(commitment.origin.section) })}</p>
            <p>
              <SourceCite id={commitment.origin.sourceId} source={source} />
            </p>
            {source?.textPath && (
              <p>
                <LangLink to={`/sources/${commitment.origin.sourceId}#q-${commitment.id}`}>
                  {t('detail.inSource')}
                </LangLink>
              </p>
            )}
          </figcaption>
        </figure>
      </section>

      <section aria-labelledby="ledger-title">
        <h2 id="ledger-title">{t('detail.ledger')}</h2>
        <p className={styles.muted}>{t('detail.ledgerIntro')}</p>
        <LedgerTimeline updates={updates} sourcesById={sourcesById} />
        <HeldBackEntries entries={heldBack} sourcesById={sourcesById} />
      </section>

      {commitment.plan && (
        <section aria-labelledby="plan-title">
          <h2 id="plan-title">{t('detail.plan')}</h2>
          <PlanPanel plan={commitment.plan} health={health} referenceDate={today} sourcesById={sourcesById} />
        </section>
      )}

      {commitment.metrics.length > 0 && (
        <section aria-labelledby="metrics-title">
          <h2 id="metrics-title">{t('detail.metrics')}</h2>
          <MetricsTable metrics={commitment.metrics} sourcesById={sourcesById} />
        </section>
      )}

      {around.position !== undefined && (
        <nav className={styles.pager} aria-label={t('detail.position', { n: around.position, total: ids.length })}>
          <p className={styles.muted}>{t('detail.position', { n: around.position, total: ids.length })}</p>
          <div className={styles.pagerLinks}>
            {around.prev && (
              <LangLink to={`/commitments/${around.prev}${search}`} rel="prev" className="button">
                ← {t('detail.prev')}
              </LangLink>
            )}
            {around.next && (
              <LangLink to={`/commitments/${around.next}${search}`} rel="next" className="button">
                {t('detail.next')} →
              </LangLink>
            )}
          </div>
        </nav>
      )}
    </article>
  );
}
