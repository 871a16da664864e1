import { useId } from 'react';
import styles from './filter-panel.module.css';

/** A single-choice filter as a native select (best on phones), with counts in each option. */
export function ChoiceSelect<T extends string>({
  label,
  value,
  options,
  anyLabel,
  onChange,
}: {
  label: string;
  value: T | undefined;
  options: { value: T; label: string }[];
  anyLabel?: string;
  onChange: (next: T | undefined) => void;
}) {
  const id = useId();
  return (
    <div className={styles.field}>
      <label htmlFor={id} className={styles.legend}>
        {label}
      </label>
      <select
        id={id}
        className={styles.select}
        value={value ?? ''}
        onChange={(event) => onChange(options.find((o) => o.value === event.target.value)?.value)}
      >
        {anyLabel !== undefined && <option value="">{anyLabel}</option>}
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
    </div>
  );
}
