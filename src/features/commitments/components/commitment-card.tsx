import type { Commitment } from '@/data/schema';
import { ProgressBar } from '@/components/ui/progress-bar';
import { StatusBadge } from '@/components/ui/status-badge';
import { LangLink } from '@/i18n/lang-link';
import { useI18n } from '@/i18n/use-i18n';
import { ageParts } from '@/lib/age-text';
import { formatDate } from '@/lib/format';
import type { CardView } from '../logic/card-view';
import styles from './commitment-card.module.css';

interface Props {
  commitment: Commitment;
  view: CardView;
  sectorName: string;
  headingLevel?: 2 | 3;
}

export function CommitmentCard({ commitment, view, sectorName, headingLevel = 2 }: Props) {
  const { t, l, lang } = useI18n();
  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  const age = ageParts(view.latestAge);
  const headingId = `card-${commitment.id}`;
  return (
    <article className={styles.card} aria-labelledby={headingId}>
      <Heading id={headingId} className={styles.title}>
        <LangLink to={`/commitments/${commitment.id}`} className={styles.titleLink}>
          {l(commitment.title)}
        </LangLink>
      </Heading>
      <div className={styles.tags}>
        <StatusBadge status={view.status} label={t(`status.${view.status}`)} />
        <span className={styles.tag}>{sectorName}</span>
        <span className={styles.tag}>{t(`kind.${commitment.kind}`)}</span>
        {view.stage && <span className={styles.tag}>{t(`stage.${view.stage}`)}</span>}
        {commitment.origin.layer === 'article' && <span className={styles.tagMuted}>{t('card.layerArticle')}</span>}
      </div>
      <dl className={styles.facts}>
        <div>
          <dt>{t('card.progress')}</dt>
          <dd>
            {view.progress ? (
              <ProgressBar
                value={view.progress.value}
                label={t('card.progress')}
                valueText={`${view.progress.value}% · ${formatDate(view.progress.date, lang)}`}
              />
            ) : (
              t('card.progressUnknown')
            )}
          </dd>
        </div>
        <div>
          <dt>{t('card.latest')}</dt>
          <dd>
            <time dateTime={view.latestDate}>{formatDate(view.latestDate, lang)}</time>
            {' · '}
            {t('card.age', { age: t(age.key, age.vars) })}
            {view.latestQuality && ` · ${t(`quality.${view.latestQuality}`)}`}
          </dd>
        </div>
      </dl>
    </article>
  );
}
