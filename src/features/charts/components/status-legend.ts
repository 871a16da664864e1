import type { StatusId } from '@/data/vocabulary';
import type { Translate } from '@/i18n/translate';
import { STATUS_STYLE } from '@/lib/status-style';
import type { LegendItem } from './chart-legend';

/** The legend of a chart whose series are statuses: the same label, colour and icon as the badges. */
export function statusLegend(statuses: readonly StatusId[], t: Translate): LegendItem[] {
  return statuses.map((status) => ({
    key: status,
    label: t(`status.${status}`),
    color: STATUS_STYLE[status].fill,
    ink: STATUS_STYLE[status].ink,
    status,
  }));
}
