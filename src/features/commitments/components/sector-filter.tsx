import type { Sector } from '@/data/schema';
import type { SectorId } from '@/data/vocabulary';
import { useI18n } from '@/i18n/use-i18n';
import { CheckGroup } from './check-group';

/** The sector filter, shared by every page that follows the `sector` URL parameter. */
export function SectorFilter({
  sectors,
  selected,
  counts,
  onChange,
}: {
  sectors: readonly Sector[];
  selected: readonly SectorId[];
  counts: ReadonlyMap<SectorId, number>;
  onChange: (next: SectorId[]) => void;
}) {
  const { t, l } = useI18n();
  return (
    <CheckGroup
      legend={t('filters.sector')}
      name="sector"
      options={sectors.map((s) => ({ value: s.id, label: l(s.name), count: counts.get(s.id) ?? 0 }))}
      selected={selected}
      onChange={onChange}
    />
  );
}
