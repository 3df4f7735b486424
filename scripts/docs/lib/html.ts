// HTML helpers for the site generator. Every value that comes from data goes through `esc`, so a rubric text with
// `<` or `&` can never break a page.
import type { Bilingual, LegalBasis, Validity } from '@ntm/domain/core';

/** Escapes text for HTML element content and double-quoted attributes. */
export function esc(value: unknown): string {
  return String(value)
    .replaceAll('&', '&amp;')
    .replaceAll('<', '&lt;')
    .replaceAll('>', '&gt;')
    .replaceAll('"', '&quot;')
    .replaceAll("'", '&#39;');
}

/** Both languages, Vietnamese first, as the site shows every label. */
export function both(text: Bilingual): string {
  return text.vi === text.en
    ? esc(text.vi)
    : `${esc(text.vi)} <span class="en">/ ${esc(text.en)}</span>`;
}

/** A table from a header row and body rows; cells are already HTML. */
export function table(
  head: readonly string[],
  rows: readonly (readonly string[])[],
  cls = '',
): string {
  const th = head.map((h) => `<th>${h}</th>`).join('');
  const body = rows.map((r) => `<tr>${r.map((c) => `<td>${c}</td>`).join('')}</tr>`).join('\n');
  return `<div class="table-wrap"><table${cls ? ` class="${cls}"` : ''}><thead><tr>${th}</tr></thead><tbody>\n${body}\n</tbody></table></div>`;
}

/** "26/2026/QĐ-TTg — Bộ tiêu chí … , Phụ lục II, B04 (ký / signed 2026-04-07; hiệu lực / effective 2026-05-22)". */
export function basisText(basis: LegalBasis): string {
  const where = [basis.article, basis.annex, basis.sheet].filter((p) => p !== undefined);
  const dates: string[] = [];
  if (basis.signed) dates.push(`ký / signed ${basis.signed}`);
  if (basis.effective) dates.push(`hiệu lực / effective ${basis.effective}`);
  return (
    `<strong>${esc(basis.number)}</strong>` +
    (basis.title ? ` — ${esc(basis.title.vi)}` : '') +
    (where.length > 0 ? `, ${esc(where.join(', '))}` : '') +
    (dates.length > 0 ? ` (${esc(dates.join('; '))})` : '')
  );
}

/** "2026-05-22 → (còn hiệu lực / in force)". */
export function validityText(validity: Validity): string {
  return `${esc(validity.validFrom)} → ${validity.validTo ? esc(validity.validTo) : 'nay / today'}`;
}

/** A lower-case, URL-safe file name part. */
export function slug(value: string): string {
  return value
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replaceAll('đ', 'd')
    .replaceAll('Đ', 'D')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}
