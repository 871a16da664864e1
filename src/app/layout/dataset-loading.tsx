import { useEffect, useState, useSyncExternalStore } from 'react';
import { cancelLoad, loadState, subscribeLoads } from '@/data/load-progress';
import { useI18n } from '@/i18n/use-i18n';
import { formatBytes } from '@/lib/format';
import styles from './dataset-loading.module.css';

/** After this long the page shows what it is waiting for, and a way to stop. */
const DETAIL_AFTER_S = 3;

/**
 * When a screen reader hears that the page is still loading: at 10 and 30
 * seconds, then once a minute. The visible counter moves every second, outside
 * the live region, so it is there to read but never chatters.
 */
export function announcedSeconds(waited: number): number {
  if (waited < 10) return 0;
  if (waited < 30) return 10;
  if (waited < 60) return 30;
  return Math.floor(waited / 60) * 60;
}

function useSecondsSince(start: number | undefined): number {
  const [mountedAt] = useState(() => Date.now());
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    const timer = setInterval(() => setNow(Date.now()), 1000);
    return () => clearInterval(timer);
  }, []);
  return Math.max(0, Math.floor((now - (start ?? mountedAt)) / 1000));
}

/** The dataset on its way: how long, how much, and a cancel; a slow link is shown as slow, not as broken. */
export function DatasetLoading({ url }: { url: string }) {
  const { t, lang } = useI18n();
  const state = useSyncExternalStore(subscribeLoads, () => loadState(url));
  const waited = useSecondsSince(state?.startedAt);
  const announce = announcedSeconds(waited);
  const received = state?.received ?? 0;
  const total = state?.total;
  const bytes =
    received === 0
      ? undefined
      : total !== undefined
        ? t('loading.receivedOf', { received: formatBytes(received, lang), total: formatBytes(total, lang) })
        : t('loading.received', { received: formatBytes(received, lang) });
  return (
    <div className={styles.box}>
      <p role="status" className={styles.title}>
        {announce === 0 ? t('loading') : t('loading.still', { seconds: announce })}
      </p>
      {waited >= DETAIL_AFTER_S && (
        <>
          <p className={styles.meta}>
            {t('loading.waited', { seconds: waited })}
            {bytes && ` · ${bytes}`}
          </p>
          {total !== undefined && (
            <progress
              className={styles.bar}
              max={total}
              value={Math.min(received, total)}
              aria-label={t('loading.progress')}
            />
          )}
          <p className={styles.hint}>{t('loading.slowHint')}</p>
          <button type="button" className="button" onClick={() => cancelLoad(url)}>
            {t('loading.cancel')}
          </button>
        </>
      )}
    </div>
  );
}
