import type { ReactNode } from 'react';
import styles from './commitment-list.module.css';

/** All cards in the document: for ordinary lists, printing and find-in-page. */
export function CardGrid({ count, renderCard }: { count: number; renderCard: (index: number) => ReactNode }) {
  const items: ReactNode[] = [];
  for (let index = 0; index < count; index += 1) items.push(<li key={index}>{renderCard(index)}</li>);
  return <ul className={styles.list}>{items}</ul>;
}
