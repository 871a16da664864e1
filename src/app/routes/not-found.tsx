import { LangLink } from '@/i18n/lang-link';
import { useI18n } from '@/i18n/use-i18n';
import { usePageTitle } from '../use-page-title';

export function NotFoundRoute() {
  const { t } = useI18n();
  usePageTitle(t('notFound.title'));
  return (
    <section aria-labelledby="not-found-title">
      <h1 id="not-found-title">{t('notFound.title')}</h1>
      <p>{t('notFound.body')}</p>
      <p>
        <LangLink to="/">{t('notFound.home')}</LangLink>
        {' · '}
        <LangLink to="/commitments">{t('notFound.list')}</LangLink>
      </p>
    </section>
  );
}
