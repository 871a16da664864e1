import type { UnitId } from '@/data/vocabulary';
import type { MessageKey } from '@/i18n/messages';

/**
 * The reader's name for each unit, for panel titles and table headers. A unit
 * added to the vocabulary without a name here shows its id until one is added.
 */
export const UNIT_NAME_KEYS: Partial<Record<UnitId, MessageKey>> = {
  亿元: 'charts.unitName.yi-yuan',
  '%': 'charts.unitName.percent',
  GWh: 'charts.unitName.gwh',
  '万吨/年': 'charts.unitName.wan-t-yr',
  km: 'charts.unitName.km',
  'km/h': 'charts.unitName.kmh',
  MW: 'charts.unitName.mw',
  亩: 'charts.unitName.mu',
  万亩: 'charts.unitName.wan-mu',
  'm²': 'charts.unitName.m2',
  亿立方米: 'charts.unitName.yi-m3',
  '亿立方米/年': 'charts.unitName.yi-m3-yr',
  个: 'charts.unitName.ge',
  家: 'charts.unitName.jia',
  条: 'charts.unitName.tiao',
  座: 'charts.unitName.zuo',
  张: 'charts.unitName.zhang',
  年: 'charts.unitName.nian',
  人: 'charts.unitName.ren',
  件: 'charts.unitName.jian',
  万千瓦时: 'charts.unitName.wan-kwh',
};
