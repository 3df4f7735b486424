import type { Locale } from '@ntm/domain/core';

/**
 * A calendar date for people: `dd/mm/yyyy` in Vietnamese, `YYYY-MM-DD` in English.
 *
 * @example
 * ```ts
 * formatDate('2022-08-04', 'vi'); // '04/08/2022'
 * ```
 */
export function formatDate(iso: string, lang: Locale): string {
  if (lang === 'en') return iso;
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  return m ? `${m[3]}/${m[2]}/${m[1]}` : iso;
}

/**
 * Rewrites every ISO date inside a sentence (messages and reasons from the SDK) as `dd/mm/yyyy` for Vietnamese
 * readers; English text is left as it is.
 *
 * @example
 * ```ts
 * localDates('Quá hạn 2022-08-04.', 'vi'); // 'Quá hạn 04/08/2022.'
 * ```
 */
export function localDates(text: string, lang: Locale): string {
  return lang === 'en'
    ? text
    : text.replace(/\b(\d{4})-(\d{2})-(\d{2})\b/g, (_all, y, m, d) => `${d}/${m}/${y}`);
}

/**
 * A number for people: decimal comma in Vietnamese (85,5), point in English; no thousands separators (years, codes).
 *
 * @example
 * ```ts
 * formatNumber(85.5, 'vi'); // '85,5'
 * ```
 */
export function formatNumber(value: number, lang: Locale): string {
  const text = String(Number(value.toPrecision(12)));
  return lang === 'vi' ? text.replace('.', ',') : text;
}

/**
 * A percentage given as 0–100, for people: `85,5%`.
 *
 * @example
 * ```ts
 * formatPercent(85.5, 'vi'); // '85,5%'
 * ```
 */
export function formatPercent(value: number, lang: Locale): string {
  return `${formatNumber(Math.round(value * 10) / 10, lang)}%`;
}

/**
 * OCOP stars: `★★★ (3 sao)`, or a dash when none are awarded.
 *
 * @example
 * ```ts
 * formatStars(3, 'vi'); // '★★★ (3 sao)'
 * ```
 */
export function formatStars(stars: number | null, lang: Locale): string {
  if (stars === null) return '—';
  return `${'★'.repeat(stars)} (${stars} ${lang === 'vi' ? 'sao' : stars === 1 ? 'star' : 'stars'})`;
}

/**
 * Yes or no as a Vietnamese form reads: `Có` / `Không` (`Yes` / `No`).
 *
 * @example
 * ```ts
 * formatYesNo(true, 'vi'); // 'Có'
 * ```
 */
export function formatYesNo(value: boolean, lang: Locale): string {
  if (lang === 'vi') return value ? 'Có' : 'Không';
  return value ? 'Yes' : 'No';
}
