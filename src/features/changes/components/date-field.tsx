import { useId, useState } from 'react';
import { parseDay } from '../logic/url-state';
import styles from './changes.module.css';

/**
 * A labelled date input that reports only complete, valid days, so a half-typed
 * date (Chrome reports year 0002 while the reader types 2025) never reaches the
 * URL. The input keeps its own draft and follows `value` when the URL changes.
 */
export function DateField({
  label,
  hint,
  value,
  onChange,
}: {
  label: string;
  hint?: string;
  value: string;
  onChange: (next: string) => void;
}) {
  const id = useId();
  const [draft, setDraft] = useState(value);
  const [seen, setSeen] = useState(value);
  if (seen !== value) {
    setSeen(value);
    setDraft(value);
  }
  return (
    <div className={styles.field}>
      <label htmlFor={id} className={styles.label}>
        {label}
      </label>
      {hint && (
        <span id={`${id}-hint`} className={styles.hint}>
          {hint}
        </span>
      )}
      <input
        id={id}
        type="date"
        className={styles.input}
        value={draft}
        min="2024-01-01"
        max="2099-12-31"
        aria-describedby={hint ? `${id}-hint` : undefined}
        onChange={(event) => {
          const raw = event.currentTarget.value;
          setDraft(raw);
          if (parseDay(raw) && Number(raw.slice(0, 4)) >= 2000) onChange(raw);
        }}
      />
    </div>
  );
}
