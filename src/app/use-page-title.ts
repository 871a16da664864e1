import { useEffect } from 'react';
import { useI18n } from '@/i18n/use-i18n';

/** Sets `<title>` to "page · product", so tabs, history and shared links say where they lead. */
export function usePageTitle(page: string | undefined): void {
  const { t } = useI18n();
  const name = t('app.name');
  useEffect(() => {
    document.title = page ? `${page} · ${name}` : name;
  }, [page, name]);
}
