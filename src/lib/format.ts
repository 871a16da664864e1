import type { Lang } from '@/i18n/messages';
import type { UnitId } from '@/data/vocabulary';
import { parsePartialDate, startOf } from './partial-date';

const numberFormats = new Map<string, Intl.NumberFormat>();

/** Grouped number with at most `digits` decimals, in the reader's language. */
export function formatNumber(value: number, lang: Lang, digits = 2): string {
  const key = `${lang}:${digits}`;
  let format = numberFormats.get(key);
  if (!format) {
    format = new Intl.NumberFormat(lang === 'zh' ? 'zh-CN' : 'en-GB', { maximumFractionDigits: digits });
    numberFormats.set(key, format);
  }
  return format.format(value);
}

/** Money stored in 亿元 (10^8 yuan): 6.8万亿元 / 4,200亿元 in Chinese; 6.8 trillion / 420 billion yuan in English. */
export function formatYi(value: number, lang: Lang): string {
  if (lang === 'zh') {
    return Math.abs(value) >= 10000 ? `${formatNumber(value / 10000, lang)}万亿元` : `${formatNumber(value, lang)}亿元`;
  }
  if (Math.abs(value) >= 10000) return `${formatNumber(value / 10000, lang)} trillion yuan`;
  if (Math.abs(value) >= 10) return `${formatNumber(value / 10, lang)} billion yuan`;
  return `${formatNumber(value * 100, lang)} million yuan`;
}

type UnitFormat = { zh: (v: number) => string; en: (v: number) => string };

const n = (v: number, lang: Lang, digits?: number) => formatNumber(v, lang, digits);
const counter = (word: string): UnitFormat => ({ zh: (v) => `${n(v, 'zh')}${word}`, en: (v) => n(v, 'en') });

const UNIT_FORMATS: Record<UnitId, UnitFormat> = {
  亿元: { zh: (v) => formatYi(v, 'zh'), en: (v) => formatYi(v, 'en') },
  '%': { zh: (v) => `${n(v, 'zh')}%`, en: (v) => `${n(v, 'en')}%` },
  GWh: { zh: (v) => `${n(v, 'zh')} GWh`, en: (v) => `${n(v, 'en')} GWh` },
  '万吨/年': {
    zh: (v) => `${n(v, 'zh')}万吨/年`,
    en: (v) => (v >= 100 ? `${n(v / 100, 'en')} million t/yr` : `${n(v * 10000, 'en')} t/yr`),
  },
  km: { zh: (v) => `${n(v, 'zh', 3)}公里`, en: (v) => `${n(v, 'en', 3)} km` },
  'km/h': { zh: (v) => `${n(v, 'zh')}公里/小时`, en: (v) => `${n(v, 'en')} km/h` },
  MW: { zh: (v) => `${n(v / 10, 'zh')}万千瓦`, en: (v) => `${n(v, 'en')} MW` },
  亩: { zh: (v) => `${n(v, 'zh')}亩`, en: (v) => `${n(v, 'en')} mu` },
  万亩: { zh: (v) => `${n(v, 'zh')}万亩`, en: (v) => `${n(v * 10000, 'en')} mu` },
  'm²': { zh: (v) => `${n(v, 'zh')}平方米`, en: (v) => `${n(v, 'en')} m²` },
  亿立方米: { zh: (v) => `${n(v, 'zh')}亿立方米`, en: (v) => `${n(v * 100, 'en')} million m³` },
  '亿立方米/年': { zh: (v) => `${n(v, 'zh')}亿立方米/年`, en: (v) => `${n(v * 100, 'en')} million m³/yr` },
  个: counter('个'),
  家: counter('家'),
  条: counter('条'),
  座: counter('座'),
  张: counter('张'),
  件: counter('件'),
  人: { zh: (v) => `${n(v, 'zh')}人`, en: (v) => `${n(v, 'en')} people` },
  年: { zh: (v) => `${n(v, 'zh')}年`, en: (v) => `${n(v, 'en')} ${v === 1 ? 'year' : 'years'}` },
  公顷: { zh: (v) => `${n(v, 'zh')}公顷`, en: (v) => `${n(v, 'en')} ha` },
  套: counter('套'),
  项: counter('项'),
  根: counter('根'),
  万千瓦时: { zh: (v) => `${n(v, 'zh')}万千瓦时`, en: (v) => `${n(v / 100, 'en')} GWh` },
};

export function formatMetricValue(value: number, unit: UnitId, lang: Lang): string {
  return UNIT_FORMATS[unit][lang](value);
}

const MONTHS_EN = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** A dataset date at the precision it was given: 2024年1月28日 / 2024年1月 / 2024年; 28 Jan 2024 / Jan 2024 / 2024. */
export function formatDate(value: string, lang: Lang): string {
  const p = parsePartialDate(value);
  if (!p) return value;
  if (lang === 'zh') {
    if (p.month === undefined) return `${p.year}年`;
    if (p.day === undefined) return `${p.year}年${p.month}月`;
    return `${p.year}年${p.month}月${p.day}日`;
  }
  if (p.month === undefined) return String(p.year);
  const month = MONTHS_EN[p.month - 1] ?? '';
  if (p.day === undefined) return `${month} ${p.year}`;
  return `${p.day} ${month} ${p.year}`;
}

/** Whole months from a dataset date to a reference day (`YYYY-MM-DD`); negative if the date is later. */
export function monthsBetween(from: string, to: string): number {
  const a = new Date(startOf(from));
  const b = new Date(startOf(to));
  let months = (b.getUTCFullYear() - a.getUTCFullYear()) * 12 + (b.getUTCMonth() - a.getUTCMonth());
  if (b.getUTCDate() < a.getUTCDate()) months -= 1;
  return months;
}

export interface Age {
  days: number;
  months: number;
}

/** How old a piece of evidence is on the reference day. */
export function evidenceAge(date: string, today: string): Age {
  const days = Math.floor((startOf(today) - startOf(date)) / 86_400_000);
  return { days, months: monthsBetween(date, today) };
}

/** A byte count for the loading message: 830 B, 12 KB, 3.4 MB. */
export function formatBytes(bytes: number, lang: Lang): string {
  if (bytes < 1024) return `${formatNumber(bytes, lang, 0)} B`;
  if (bytes < 1024 * 1024) return `${formatNumber(bytes / 1024, lang, 0)} KB`;
  return `${formatNumber(bytes / (1024 * 1024), lang, 1)} MB`;
}
