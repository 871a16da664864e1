import { useEffect, useId, useRef } from 'react';
import { useI18n } from '@/i18n/use-i18n';
import styles from './image-preview.module.css';

export interface ImagePreviewProps {
  src: string;
  /** The chart's title, as the image's text alternative. */
  alt: string;
  onClose: () => void;
}

/**
 * The exported image full-screen in a modal dialog, for browsers that block
 * downloads (WeChat): the reader presses and holds it to save or send it.
 * The native <dialog> traps focus and closes on Escape.
 */
export function ImagePreview({ src, alt, onClose }: ImagePreviewProps) {
  const { t } = useI18n();
  const ref = useRef<HTMLDialogElement>(null);
  const closeRef = useRef<HTMLButtonElement>(null);
  const titleId = useId();

  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    if (typeof dialog.showModal === 'function') dialog.showModal();
    else dialog.setAttribute('open', '');
    closeRef.current?.focus();
  }, []);

  const close = () => {
    const dialog = ref.current;
    if (dialog && typeof dialog.close === 'function') dialog.close();
    else onClose();
  };

  return (
    <dialog ref={ref} className={styles.dialog} aria-labelledby={titleId} onClose={onClose}>
      <div className={styles.bar}>
        <h2 id={titleId} className={styles.title}>
          {t('export.previewTitle')}
        </h2>
        <button ref={closeRef} type="button" className="button" onClick={close}>
          {t('export.close')}
        </button>
      </div>
      <p className={styles.hint}>{t('export.previewHint')}</p>
      <img className={styles.image} src={src} alt={alt} />
    </dialog>
  );
}
