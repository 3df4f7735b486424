import type { Bilingual, Locale } from '@ntm/domain/core';

/**
 * Picks the text for the user's language.
 *
 * @example
 * ```ts
 * pick('en', { vi: 'Ngày', en: 'Date' }); // 'Date'
 * ```
 */
export function pick(lang: Locale, text: Bilingual): string {
  return text[lang];
}

/**
 * Reads `--lang` from raw arguments before commander parses them, so that help texts and commander's own errors
 * are already in the right language. Falls back to `NTM_LANG`, then Vietnamese.
 *
 * @example
 * ```ts
 * detectLang(['ocop', 'find', 'mật ong', '--lang', 'en'], {}); // 'en'
 * ```
 */
export function detectLang(
  argv: readonly string[],
  env: Readonly<Record<string, string | undefined>>,
): Locale {
  for (let i = 0; i < argv.length; i += 1) {
    const arg = argv[i];
    if (arg === '--') break;
    if (arg === '--lang' && (argv[i + 1] === 'en' || argv[i + 1] === 'vi'))
      return argv[i + 1] as Locale;
    if (arg === '--lang=en') return 'en';
    if (arg === '--lang=vi') return 'vi';
  }
  return env.NTM_LANG === 'en' ? 'en' : 'vi';
}
