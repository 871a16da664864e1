import type { ReactNode } from 'react';
import styles from './filter-panel.module.css';

interface Option<T extends string> {
  value: T;
  label: ReactNode;
  count: number;
}

/** A group of checkboxes drawn as chips; each shows how many results it would give. */
export function CheckGroup<T extends string>({
  legend,
  options,
  selected,
  onChange,
  name,
}: {
  legend: string;
  options: Option<T>[];
  selected: readonly T[];
  onChange: (next: T[]) => void;
  name: string;
}) {
  const toggle = (value: T) =>
    onChange(selected.includes(value) ? selected.filter((v) => v !== value) : [...selected, value]);
  return (
    <fieldset className={styles.group}>
      <legend className={styles.legend}>{legend}</legend>
      <div className={styles.chips}>
        {options.map((option) => (
          <label key={option.value} className={styles.chip} data-empty={option.count === 0 || undefined}>
            <input
              type="checkbox"
              name={name}
              value={option.value}
              checked={selected.includes(option.value)}
              onChange={() => toggle(option.value)}
            />
            <span>{option.label}</span>
            <span className={styles.count}>{option.count}</span>
          </label>
        ))}
      </div>
    </fieldset>
  );
}
