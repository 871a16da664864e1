import type { Commitment } from '@/data/schema';
import { HealthMark } from '@/components/ui/health-mark';
import { ProgressBar } from '@/components/ui/progress-bar';
import { StatusBadge } from '@/components/ui/status-badge';
import { LangLink } from '@/i18n/lang-link';
import { useI18n } from '@/i18n/use-i18n';
import { ageParts } from '@/lib/age-text';
import { formatDate } from '@/lib/format';
import type { CardView } from '../logic/card-view';
import { healthExplanation } from '../logic/health-text';
import styles from './commitment-card.module.css';

interface Props {
  commitment: Commitment;
  view: CardView;
  sectorName: string;
  /** Query string of the current view, carried to the detail page for previous/next. */
  search: string;
}

export function CommitmentCard({ commitment, view, sectorName, search }: Props) {
  const { t, l, lang } = useI18n();
  const age = ageParts(view.latestAge);
  const headingId = `card-${commitment.id}`;
  const fmt = (date: string) => formatDate(date, lang);
  const health = view.health && healthExplanation(view.health, fmt);
  return (
    <article className={styles.card} aria-labelledby={headingId}>
      <h2 id={headingId} className={styles.title}>
        <LangLink to={`/commitments/${commitment.id}${search}`} className={styles.titleLink}>
          {l(commitment.title)}
        </LangLink>
      </h2>
      <p className={styles.tags}>
        <StatusBadge status={view.status} label={t(`status.${view.status}`)} />
        <span className={styles.tag}>{sectorName}</span>
        <span className={styles.tag}>{t(`kind.${commitment.kind}`)}</span>
        {view.stage && <span className={styles.tag}>{t(`stage.${view.stage}`)}</span>}
        {commitment.origin.layer === 'article' && <span className={styles.tagMuted}>{t('card.layerArticle')}</span>}
      </p>
      <dl className={styles.facts}>
        <dt>{t('card.progress')}</dt>
        <dd>
          {view.progress ? (
            <ProgressBar
              value={view.progress.value}
              label={t('card.progress')}
              valueText={`${view.progress.value}% · ${fmt(view.progress.date)}`}
            />
          ) : (
            t('card.progressUnknown')
          )}
        </dd>
        {view.health && health && (
          <>
            <dt>{t('health.label')}</dt>
            <dd>
              <HealthMark level={view.health.level} label={t(`health.${view.health.level}`)} />{' '}
              <span className={styles.why}>{t(health.key, health.vars)}</span>
            </dd>
          </>
        )}
        <dt>{t('card.latest')}</dt>
        <dd>
          <time dateTime={view.latestDate}>{fmt(view.latestDate)}</time>
          {' · '}
          {t('card.age', { age: t(age.key, age.vars) })}
          {view.latestQuality && ` · ${t(`quality.${view.latestQuality}`)}`}
        </dd>
      </dl>
    </article>
  );
}
