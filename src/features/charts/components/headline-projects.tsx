import { StatusBadge } from '@/components/ui/status-badge';
import { LangLink } from '@/i18n/lang-link';
import { useI18n } from '@/i18n/use-i18n';
import { formatDate } from '@/lib/format';
import type { HeadlineProject } from '../logic/headline';
import styles from './headline.module.css';

/** The three headline projects with their current status, each linking to its full record. */
export function HeadlineProjects({ projects }: { projects: readonly HeadlineProject[] }) {
  const { t, l, lang } = useI18n();
  if (projects.length === 0) return null;
  return (
    <section aria-labelledby="overview-headline" className={styles.projects}>
      <h2 id="overview-headline">{t('overview.headline')}</h2>
      <ul className={styles.projectList}>
        {projects.map((p) => (
          <li key={p.id} className={styles.project}>
            <h3 className={styles.projectTitle}>
              <LangLink to={`/commitments/${p.id}`}>{l(p.title)}</LangLink>
            </h3>
            <p className={styles.projectStatus}>
              <StatusBadge status={p.status} label={t(`status.${p.status}`)} />
              {p.stage && <span className={styles.stage}>{t(`stage.${p.stage}`)}</span>}
            </p>
            <p className={styles.latest}>
              <span className={styles.latestDate}>
                {t('overview.latest', { date: formatDate(p.latestDate, lang) })}
              </span>{' '}
              {l(p.latestNote)}
            </p>
          </li>
        ))}
      </ul>
    </section>
  );
}
