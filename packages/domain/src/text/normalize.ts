/*
 * Vietnamese text keys. Three levels, each for one job:
 * - normalizeVietnamese: the text as written, only made canonical (NFC, single spaces). Spelling is kept.
 * - nameKey: equal for spellings that differ only in where the tone mark sits ("Toả" / "Tỏa", "hoà" / "hòa")
 *   and in case; used to match official names.
 * - searchKey: no diacritics at all, đ → d, lower case; used as a fallback where people type without accents.
 */
import { INPUT_ERRORS } from '../errors/catalogue/input.js';
import { received } from '../errors/describe-value.js';
import { fail } from '../errors/domain-error.js';
import { expectedKind } from '../validation/kind-words.js';

const SPACES = /\s+/gu;
/** Letters that look like đ/Đ but are other characters (Icelandic eth, African D), common in pasted text. */
const LOOKALIKE_D = /[\u00d0\u0189]/gu;
const LOOKALIKE_d = /[\u00f0\u0256]/gu;
const COMBINING_MARKS = /[\u0300-\u036f]/gu;
/** The five tone marks (huyền, sắc, hỏi, ngã, nặng) as combining characters. */
const TONE_MARKS = /[\u0300\u0301\u0303\u0309\u0323]/gu;

/**
 * NFC, trimmed, runs of white space folded to one space, and the look-alikes Ð/Ɖ (U+00D0, U+0189) read as Đ.
 * Accepts NFD input (as macOS and some keyboards produce); keeps the spelling, including the old or new
 * tone-mark placement.
 *
 * @example
 * ```ts
 * normalizeVietnamese('  Tuần   Giáo '.normalize('NFD')); // 'Tuần Giáo' (NFC)
 * ```
 */
export function normalizeVietnamese(text: string): string {
  // Names come from files and forms: a number or an object is a typed error, not a TypeError from `.normalize`.
  if (typeof text !== 'string') {
    fail(INPUT_ERRORS['input/wrong-type'], [], {
      expected: expectedKind('string'),
      received: received(text),
    });
  }
  return text
    .normalize('NFC')
    .replace(LOOKALIKE_D, 'Đ')
    .replace(LOOKALIKE_d, 'đ')
    .replace(SPACES, ' ')
    .trim();
}

/**
 * A key equal for names that differ only in tone-mark placement, case or Unicode form: "Toả Tình",
 * "Tỏa Tình" and "TỎA TÌNH" share one key. Vowel letters (â, ê, ô, ơ, ư, ă, đ) still count.
 *
 * @example
 * ```ts
 * nameKey('Toả Tình') === nameKey('Tỏa Tình'); // true
 * nameKey('Tênh Phong') === nameKey('Tênh Phông'); // false: the vowel differs
 * ```
 */
export function nameKey(text: string): string {
  return normalizeVietnamese(text)
    .toLowerCase()
    .normalize('NFD')
    .split(' ')
    .map(moveToneToEnd)
    .join(' ')
    .normalize('NFC');
}

/** Takes a syllable's tone mark off its vowel and puts it at the end, so placement no longer matters. */
function moveToneToEnd(syllable: string): string {
  const tones = syllable.match(TONE_MARKS);
  if (!tones) return syllable;
  return syllable.replace(TONE_MARKS, '') + tones.join('');
}

/**
 * A key with no diacritics, `đ` → `d`, lower case, single spaces: what people type without a Vietnamese
 * keyboard. Use it for search, never to decide that two official names are the same.
 *
 * @example
 * ```ts
 * searchKey('Tỏa Tình'); // 'toa tinh'
 * searchKey('Điện Biên'); // 'dien bien'
 * ```
 */
export function searchKey(text: string): string {
  return normalizeVietnamese(text)
    .normalize('NFD')
    .replace(COMBINING_MARKS, '')
    .replace(/đ/gu, 'd')
    .replace(/Đ/gu, 'D')
    .toLowerCase();
}
