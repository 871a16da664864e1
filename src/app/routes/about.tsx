import { STATUS_IDS, QUALITY_IDS } from '@/data/vocabulary';
import { datasetUrl } from '@/data/runtime-config';
import { StatusBadge } from '@/components/ui/status-badge';
import { LangLink } from '@/i18n/lang-link';
import { useI18n } from '@/i18n/use-i18n';
import { usePageTitle } from '../use-page-title';
import styles from './about.module.css';

const RULES = ['about.rule1', 'about.rule2', 'about.rule3', 'about.rule4', 'about.rule5', 'about.rule6'] as const;

/** Method, vocabulary and how to keep the data current: what a reader needs to trust or question a card. */
export function AboutRoute() {
  const { t } = useI18n();
  usePageTitle(t('about.title'));
  return (
    <article className={styles.about} aria-labelledby="about-title">
      <h1 id="about-title">{t('about.title')}</h1>
      <p>{t('about.what')}</p>
      <p>
        <LangLink to="/sources/luoyang-fabu-2024-01-29">{t('about.sourceLink')}</LangLink>
      </p>

      <h2>{t('about.methodTitle')}</h2>
      <ol>
        {RULES.map((key) => (
          <li key={key}>{t(key)}</li>
        ))}
      </ol>

      <h2>{t('about.statusTitle')}</h2>
      <dl className={styles.vocab}>
        {STATUS_IDS.map((status) => (
          <div key={status}>
            <dt>
              <StatusBadge status={status} label={t(`status.${status}`)} />
            </dt>
            <dd>{t(`about.status.${status}`)}</dd>
          </div>
        ))}
      </dl>

      <h2>{t('about.healthTitle')}</h2>
      <p>{t('about.health')}</p>

      <h2>{t('about.qualityTitle')}</h2>
      <dl className={styles.vocab}>
        {QUALITY_IDS.map((quality) => (
          <div key={quality}>
            <dt>{t(`quality.${quality}`)}</dt>
            <dd>{t(`about.quality.${quality}`)}</dd>
          </div>
        ))}
      </dl>

      <h2 id="update">{t('about.updateTitle')}</h2>
      <p>{t('about.update')}</p>
      <ul>
        <li>
          <a href={`${import.meta.env.BASE_URL}templates/ledger-template.xlsx`} download={t('about.templateName')}>
            {t('about.templateXlsx')}
          </a>
        </li>
        <li>
          <a href={`${import.meta.env.BASE_URL}templates/ledger-template.csv`} download={t('about.templateCsvName')}>
            {t('about.templateCsv')}
          </a>
        </li>
        <li>
          <a href={datasetUrl()} download>
            {t('about.dataFile')}
          </a>
        </li>
      </ul>
    </article>
  );
}
