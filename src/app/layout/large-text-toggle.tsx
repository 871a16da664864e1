import { useState } from 'react';
import { useI18n } from '@/i18n/use-i18n';
import { applyLargeText, readLargeText } from '@/lib/preferences';
import styles from './app-layout.module.css';

/** 适老化: larger text, stronger contrast and larger targets, in one remembered switch. */
export function LargeTextToggle() {
  const { t } = useI18n();
  const [on, setOn] = useState(readLargeText);
  return (
    <button
      type="button"
      className={styles.headerButton}
      aria-pressed={on}
      onClick={() => {
        applyLargeText(!on);
        setOn(!on);
      }}
    >
      {t('largeText.toggle')}
    </button>
  );
}
