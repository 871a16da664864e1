import { useEffect, useId, useRef, useState } from 'react';
import { useI18n } from '@/i18n/use-i18n';
import type { MessageKey } from '@/i18n/messages';
import { canCopyImage, copyImage } from '../adapter/clipboard';
import { availableKinds, fileNameFor, formatName } from '../logic/export-options';
import type { ExportKind, ExportTable } from '../logic/types';
import { isWeChat } from '../logic/user-agent';
import { ImagePreview } from './image-preview';
import styles from './export-menu.module.css';

/** html-to-image, the font and the SVG writer load on the first export, not with the page. */
const loadAdapter = () => import('../adapter/export-adapter');

const LABELS: Record<ExportKind, MessageKey> = {
  png: 'export.png',
  'png-transparent': 'export.pngTransparent',
  svg: 'export.svg',
  csv: 'export.csv',
  copy: 'export.copy',
};

/** The same shape as the charts feature's `renderActions` context, plus the data-as-of date for file names. */
export interface ExportMenuProps {
  getNode: () => HTMLElement | null;
  table: ExportTable;
  title: string;
  subtitle: string;
  fileSlug: string;
  /** The data-as-of date (ISO), put in file names. */
  date?: string;
}

type Message = { text: string; error: boolean };

export function ExportMenu({ getNode, table, title, fileSlug, date }: ExportMenuProps) {
  const { t } = useI18n();
  const [open, setOpen] = useState(false);
  const [busy, setBusy] = useState<ExportKind | null>(null);
  const [message, setMessage] = useState<Message | null>(null);
  const [preview, setPreview] = useState<string | null>(null);
  const rootRef = useRef<HTMLDivElement>(null);
  const triggerRef = useRef<HTMLButtonElement>(null);
  const panelId = useId();
  const wechat = isWeChat(navigator.userAgent);
  const kinds = availableKinds({ wechat, canCopy: canCopyImage() });

  useEffect(() => {
    if (!open) return;
    rootRef.current?.querySelector<HTMLButtonElement>(`[data-kind]`)?.focus();
    const away = (event: PointerEvent) => {
      if (!rootRef.current?.contains(event.target as Node)) setOpen(false);
    };
    const escape = (event: KeyboardEvent) => {
      if (event.key !== 'Escape' || !rootRef.current?.contains(document.activeElement)) return;
      setOpen(false);
      triggerRef.current?.focus();
    };
    document.addEventListener('pointerdown', away);
    document.addEventListener('keydown', escape);
    return () => {
      document.removeEventListener('pointerdown', away);
      document.removeEventListener('keydown', escape);
    };
  }, [open]);

  const close = () => {
    setOpen(false);
    triggerRef.current?.focus();
  };

  async function run(kind: ExportKind) {
    const node = getNode();
    if (busy || !node) return;
    setBusy(kind);
    setMessage(null);
    try {
      if (kind === 'copy') {
        // Started inside the click: Safari allows clipboard writes only there.
        await copyImage(loadAdapter().then((adapter) => adapter.pngBlob(node)));
        setMessage({ text: t('export.copied'), error: false });
        return;
      }
      const names = {
        prefix: t('export.filePrefix'),
        title,
        fileSlug,
        date,
        transparentSuffix: t('export.transparentSuffix'),
      };
      const adapter = await loadAdapter();
      const outcome = await adapter.exportChart(kind, {
        node,
        title,
        table,
        fileName: fileNameFor(kind, names),
        preview: wechat,
      });
      setOpen(false);
      if (outcome.type === 'preview') setPreview(outcome.src);
      else {
        setMessage({ text: t('export.downloaded', { name: outcome.fileName }), error: false });
        triggerRef.current?.focus();
      }
    } catch (error) {
      setMessage({
        text: t('export.failed', { reason: error instanceof Error ? error.message : String(error) }),
        error: true,
      });
    } finally {
      setBusy(null);
    }
  }

  const status = busy ? t('export.busy', { format: formatName(busy) }) : (message?.text ?? '');
  return (
    <div ref={rootRef} className={styles.root} data-export-exclude="">
      <button
        ref={triggerRef}
        type="button"
        className={`button ${styles.trigger}`}
        aria-label={t('export.button', { title })}
        aria-expanded={open}
        aria-controls={panelId}
        onClick={() => (open ? close() : setOpen(true))}
      >
        <svg className={styles.icon} viewBox="0 0 16 16" aria-hidden="true" focusable="false">
          <path d="M8 1v9m-4-4 4 4 4-4M2 12v2h12v-2" fill="none" stroke="currentColor" strokeWidth="1.6" />
        </svg>
        {t('export.buttonText')}
        {busy && <span className={styles.spinner} aria-hidden="true" />}
      </button>
      <div id={panelId} className={styles.panel} role="group" aria-label={t('export.menu')} hidden={!open}>
        {kinds.map((kind) => (
          <button
            key={kind}
            type="button"
            data-kind={kind}
            className={styles.item}
            aria-disabled={busy !== null}
            aria-busy={busy === kind}
            onClick={() => void run(kind)}
          >
            {t(LABELS[kind])}
            {busy === kind && <span className={styles.spinner} aria-hidden="true" />}
          </button>
        ))}
        {wechat && <p className={styles.note}>{t('export.wechatNote')}</p>}
        {status && (
          <p className={message?.error ? styles.error : styles.message} aria-hidden="true">
            {status}
          </p>
        )}
      </div>
      <p className="visually-hidden" role="status">
        {status}
      </p>
      {preview && (
        <ImagePreview src={preview} alt={title} onClose={() => (setPreview(null), triggerRef.current?.focus())} />
      )}
    </div>
  );
}
