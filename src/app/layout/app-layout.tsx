import { useEffect } from 'react';
import { Outlet, useLocation, useNavigate } from 'react-router';
import { useDataset } from '@/data/use-dataset';
import { withLang } from '@/i18n/lang-href';
import { LangLink, LangNavLink } from '@/i18n/lang-link';
import { loadCatalog } from '@/i18n/translate';
import { rememberLang, useDocumentLang, useI18n } from '@/i18n/use-i18n';
import { formatDate } from '@/lib/format';
import { LargeTextToggle } from './large-text-toggle';
import styles from './app-layout.module.css';

export function AppLayout() {
  const { t, lang } = useI18n();
  useDocumentLang(lang);
  const location = useLocation();
  const navigate = useNavigate();
  const { data } = useDataset();
  const other = lang === 'zh' ? 'en' : 'zh';

  // A new page starts at its top; a change of filters (the query) keeps the reader's place.
  useEffect(() => {
    if (!window.location.hash) window.scrollTo(0, 0);
  }, [location.pathname]);

  const switchLang = () => {
    rememberLang(other);
    const go = () => void navigate(withLang(`${location.pathname}${location.search}${location.hash}`, other));
    loadCatalog(other).then(go, go);
  };

  return (
    <div className={styles.shell}>
      <a className={styles.skip} href="#main">
        {t('app.skip')}
      </a>
      <header className={styles.header}>
        <div className={styles.headerInner}>
          <LangLink to="/" className={styles.brand}>
            <span className={styles.name}>{t('app.name')}</span>
            <span className={styles.tagline}>{t('app.tagline')}</span>
          </LangLink>
          <div className={styles.tools}>
            <LargeTextToggle />
            <button
              type="button"
              className={styles.headerButton}
              onClick={switchLang}
              aria-label={`${t('lang.switch')}（${t('lang.switchLabel')}）`}
              lang={other === 'zh' ? 'zh-CN' : 'en'}
            >
              {t('lang.switch')}
            </button>
          </div>
        </div>
        <nav aria-label={t('nav.label')} className={styles.nav}>
          <ul>
            <li>
              <LangNavLink to="/" end>
                {t('nav.overview')}
              </LangNavLink>
            </li>
            <li>
              <LangNavLink to="/commitments">{t('nav.commitments')}</LangNavLink>
            </li>
            <li>
              <LangNavLink to="/changes">{t('nav.changes')}</LangNavLink>
            </li>
            <li>
              <LangNavLink to="/about">{t('nav.about')}</LangNavLink>
            </li>
          </ul>
        </nav>
      </header>
      <main id="main" tabIndex={-1} className={styles.main}>
        <Outlet />
      </main>
      <footer className={styles.footer}>
        {data && <p>{t('footer.asOf', { date: formatDate(data.dataset.asOf, lang) })}</p>}
        <p>{t('footer.note')}</p>
        <p className={styles.printOnly}>{`${window.location.origin}${location.pathname}${location.search}`}</p>
      </footer>
    </div>
  );
}
