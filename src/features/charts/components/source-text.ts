import type { Lang } from '@/i18n/messages';
import type { Translate } from '@/i18n/translate';
import { formatDate } from '@/lib/format';
import type { SourceLine } from '../logic/source-line';

/** "来源：洛阳发布（2024年1月29日）、洛阳网（2025年8月27日）等 12 个来源；其中 3 个为转载". */
export function sourceText(line: SourceLine, t: Translate, lang: Lang): string {
  if (line.shown.length === 0) return t('charts.source.none');
  const names = line.shown
    .map((s) =>
      s.date ? t('charts.source.dated', { name: s.publisher, date: formatDate(s.date, lang) }) : s.publisher,
    )
    .join(t('charts.listSep'));
  const parts = [t('charts.source.line', { names })];
  if (line.more > 0) parts.push(t('charts.source.more', { count: line.sources }));
  if (line.reposts > 0) parts.push(t('charts.source.reposts', { count: line.reposts }));
  return parts.join(t('charts.sep'));
}
