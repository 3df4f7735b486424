import { LEGAL_ERRORS } from '../errors/catalogue/legal.js';
import { received } from '../errors/describe-value.js';
import { fail } from '../errors/domain-error.js';
import type { IssuePath } from '../errors/issue.js';
import { normalizeVietnamese } from '../text/normalize.js';
import { expectPath, expectString } from '../validation/guards.js';

/**
 * The parts of a Vietnamese administrative document number ("số ký hiệu").
 *
 * @example
 * ```ts
 * const n: DocumentNumber = { number: 26, year: 2026, type: 'QĐ', issuer: 'TTg', raw: '26/2026/QĐ-TTg' };
 * ```
 */
export interface DocumentNumber {
  /** The serial number; absent for unsigned drafts ("Số: /UBND-KTN"). */
  readonly number?: number;
  /** The year when written into the number (`26/2026/QĐ-TTg`). */
  readonly year?: number;
  /** Document type (`QĐ`, `KH`, `TB`, `CV` …); for an official letter ("công văn") written as `/UBND-KTN` it is `CV`. */
  readonly type: string;
  /** The issuer's abbreviation, possibly with its office (`UBND`, `HU`, `TTg`, `UBND-KTN`). */
  readonly issuer: string;
  /** The input, normalised. */
  readonly raw: string;
}

const WITH_TYPE_SLASH = /^(\d+)?\/(?:(\d{4})\/)?([\p{Lu}Đ]+)-([\p{L}\d-]+)$/u;
const WITH_TYPE_DASH = /^(\d+)?-([\p{Lu}Đ]+)\/([\p{L}\d-]+)$/u;
const LETTER = /^(\d+)?\/([\p{Lu}Đ]+(?:-[\p{Lu}Đ\d]+)*)$/u;
// In a match, the groups that are not optional (type, issuer) always hold text: hence the `as string` below.
/** Issuers that start an official letter number ("công văn"): the type is implicit. */
const LETTER_ISSUERS = new Set(['UBND', 'BNN', 'SNN', 'VPCP', 'BNNPTNT', 'BNNMT']);

/**
 * Parses a document number as printed: `542/QĐ-UBND`, `1986/KH-UBND`, `453-TB/HU` (Party documents),
 * `26/2026/QĐ-TTg`, and the blank `Số: /UBND-KTN` of an unsigned draft letter.
 * Throws `document-number/invalid` when the text is not a document number.
 *
 * @example
 * ```ts
 * parseDocumentNumber('542/QĐ-UBND');   // { number: 542, type: 'QĐ', issuer: 'UBND', raw: '542/QĐ-UBND' }
 * parseDocumentNumber('Số: /UBND-KTN'); // { type: 'CV', issuer: 'UBND-KTN', raw: '/UBND-KTN' }
 * ```
 */
export function parseDocumentNumber(input: unknown, path: IssuePath = []): DocumentNumber {
  expectPath(path, ['path']);
  const text = expectString(input, path);
  const raw = normalizeVietnamese(text)
    .replace(/^số\s*:?\s*/iu, '')
    .replace(/\s*([/-])\s*/gu, '$1');
  let match = WITH_TYPE_SLASH.exec(raw);
  if (match && !LETTER_ISSUERS.has(match[3] as string)) {
    return build(raw, match[1], match[2], match[3] as string, match[4] as string);
  }
  match = WITH_TYPE_DASH.exec(raw);
  if (match) return build(raw, match[1], undefined, match[2] as string, match[3] as string);
  match = LETTER.exec(raw);
  if (match && LETTER_ISSUERS.has((match[2] as string).split('-')[0] as string)) {
    return build(raw, match[1], undefined, 'CV', match[2] as string);
  }
  return invalid(text, path);
}

function build(
  raw: string,
  number: string | undefined,
  year: string | undefined,
  type: string,
  issuer: string,
): DocumentNumber {
  return Object.freeze({
    ...(number ? { number: Number(number) } : {}),
    ...(year ? { year: Number(year) } : {}),
    type,
    issuer,
    raw,
  });
}

function invalid(text: string, path: IssuePath): never {
  fail(LEGAL_ERRORS['document-number/invalid'], path, { value: received(text) });
}
