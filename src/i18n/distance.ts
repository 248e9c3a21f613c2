import type { Compass } from '../analysis/point-report';
import { type Lang, type StringKey, t } from './strings';

const ACCURACIES = new Set(['surveyed', 'derived', 'approximate']);

/** "420 m", "1.5 km" / "420 米", "1.5 公里": metres below a kilometre, then kilometres to one decimal. */
export function formatDistance(metres: number, lang: Lang): string {
  const locale = lang === 'zh' ? 'zh-CN' : 'en-GB';
  if (metres < 1000) return t('metres', lang).replace('{n}', Math.round(metres).toLocaleString(locale));
  const km = Math.round(metres / 100) / 10;
  return t('kilometres', lang).replace('{n}', km.toLocaleString(locale));
}

/** "420 m NE" / "东北方 420 米"; a distance of 0 is just "0 m". */
export function distanceToward(metres: number, direction: Compass | null, lang: Lang): string {
  const d = formatDistance(metres, lang);
  if (!direction) return d;
  return t('distanceToward', lang)
    .replace('{d}', d)
    .replace('{dir}', t(`compass.${direction}` as StringKey, lang));
}

/** "Where exactly: approximate, within ~1.5 km": a feature's accuracy and error radius in one line. */
export function whereExactly(props: Record<string, unknown>, lang: Lang): string {
  const accuracy = String(props.accuracy ?? '');
  const label = ACCURACIES.has(accuracy) ? t(`accuracyShort.${accuracy}` as StringKey, lang) : accuracy || '—';
  const radius = props.accuracy_m;
  const within =
    typeof radius === 'number' && Number.isFinite(radius) && radius > 0
      ? `${lang === 'zh' ? '，' : ', '}${t('errorWithin', lang).replace('{n}', formatDistance(radius, lang))}`
      : '';
  return `${t('whereExactly', lang)}${lang === 'zh' ? '：' : ': '}${label}${within}`;
}
