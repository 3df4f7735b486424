import type { Bilingual, NtmIndicatorType, NtmThresholdKey } from '@ntm/domain/core';
import { searchKey } from '@ntm/domain/core';
import type { ColumnSpec } from './columns.js';

/*
 * The Excel form of a national supplement, in one place: what `ntm criteria supplement-template --xlsx` writes and
 * what `check-supplement` and `--supplement` read back. A sheet for the source, one for the indicators a set lacks
 * (with a threshold column per key), one for the threshold cells still missing.
 */

/** Sheet names of the form. */
export const SUPPLEMENT_SHEETS = Object.freeze({
  source: 'Nguồn',
  indicators: 'Chỉ tiêu',
  thresholds: 'Ngưỡng',
  help: 'Hướng dẫn',
});

/** The rows of the source sheet: label as the form prints it, and the field of the supplement. */
export const SOURCE_FIELDS = Object.freeze([
  { label: { vi: 'Bộ tiêu chí', en: 'Criteria set' }, field: 'baseSetId' },
  { label: { vi: 'Văn bản', en: 'Document' }, field: 'document' },
  { label: { vi: 'Phụ lục', en: 'Annex' }, field: 'annex' },
  { label: { vi: 'Trang', en: 'Page' }, field: 'page' },
  { label: { vi: 'Đường dẫn', en: 'URL' }, field: 'url' },
  { label: { vi: 'Người nhập', en: 'Transcribed by' }, field: 'transcribedBy' },
  { label: { vi: 'Ngày nhập', en: 'Transcribed on' }, field: 'transcribedOn' },
  { label: { vi: 'Minh hoạ', en: 'Illustrative' }, field: 'illustrative' },
] as const satisfies readonly { label: Bilingual; field: string }[]);

/**
 * A source row's label in the form.
 *
 * @example
 * ```ts
 * sourceLabel({ vi: 'Văn bản', en: 'Document' }); // 'Văn bản / Document'
 * ```
 */
export function sourceLabel(label: Bilingual): string {
  return `${label.vi} / ${label.en}`;
}

/** The fixed columns of the indicators sheet (a threshold column per key follows `perYear`). */
export const INDICATOR_COLUMNS = Object.freeze([
  { key: 'criterion', header: { vi: 'Tiêu chí', en: 'Criterion' }, required: true },
  { key: 'code', header: { vi: 'Mã chỉ tiêu', en: 'Indicator code' }, required: true },
  { key: 'textVi', header: { vi: 'Nội dung', en: 'Wording' }, required: true },
  { key: 'textEn', header: { vi: 'Nội dung tiếng Anh', en: 'Wording in English' } },
  { key: 'type', header: { vi: 'Loại', en: 'Type' }, required: true },
  { key: 'unit', header: { vi: 'Đơn vị', en: 'Unit' } },
  { key: 'direction', header: { vi: 'Chiều so sánh', en: 'Direction' } },
  { key: 'optional', header: { vi: 'Nếu có', en: 'Optional' } },
  { key: 'perYear', header: { vi: 'Theo năm', en: 'Per year' } },
] as const satisfies readonly ColumnSpec[]);

/** The columns of the thresholds sheet (`text` and `annex` are there to read, not read back). */
export const THRESHOLD_COLUMNS = Object.freeze([
  { key: 'indicator', header: { vi: 'Chỉ tiêu', en: 'Indicator' }, required: true },
  { key: 'text', header: { vi: 'Nội dung (tham khảo)', en: 'Wording (for reference)' } },
  { key: 'key', header: { vi: 'Vùng/nhóm', en: 'Region/group' } },
  { key: 'year', header: { vi: 'Năm', en: 'Year' } },
  { key: 'value', header: { vi: 'Giá trị', en: 'Value' }, required: true },
  { key: 'replaces', header: { vi: 'Thay cho giá trị', en: 'Replaces value' } },
  { key: 'page', header: { vi: 'Trang', en: 'Page' } },
  { key: 'annex', header: { vi: 'Phụ lục (tham khảo)', en: 'Annex (for reference)' } },
] as const satisfies readonly ColumnSpec[]);

/**
 * The header of a form column, as written.
 *
 * @example
 * ```ts
 * formHeader({ header: { vi: 'Mã chỉ tiêu', en: 'Indicator code' } }); // 'Mã chỉ tiêu / Indicator code'
 * ```
 */
export function formHeader(spec: { readonly header: Bilingual }): string {
  return `${spec.header.vi} / ${spec.header.en}`;
}

/** The words of the indicator types in the form's drop-down. */
export const TYPE_LABELS: Readonly<Record<NtmIndicatorType, string>> = Object.freeze({
  boolean: 'Có/Không',
  percent: 'Tỷ lệ %',
  number: 'Số',
  absence: 'Không xảy ra',
});

/**
 * The type of an indicator from what the form's cell holds (the drop-down's words or the code); anything else as
 * typed, for the file's checks to name.
 *
 * @example
 * ```ts
 * indicatorType('Tỷ lệ %'); // 'percent'
 * ```
 */
export function indicatorType(text: string): string {
  const key = searchKey(text);
  const found = Object.entries(TYPE_LABELS).find(
    ([code, label]) => searchKey(label) === key || code === key,
  );
  return found?.[0] ?? text;
}

/**
 * The header of the threshold column of a key on the indicators sheet: `Ngưỡng nhóm 1`, `Ngưỡng TDMNPB`.
 *
 * @example
 * ```ts
 * keyHeader('1', 'group'); // 'Ngưỡng nhóm 1 / Threshold group 1'
 * ```
 */
export function keyHeader(key: string, kind: NtmThresholdKey): string {
  return kind === 'region'
    ? `Ngưỡng ${key} / Threshold ${key}`
    : `Ngưỡng nhóm ${key} / Threshold group ${key}`;
}

/**
 * The key of a threshold column from its header, or `undefined` for another column.
 *
 * @example
 * ```ts
 * keyOfHeader('Ngưỡng nhóm 1 / Threshold group 1'); // '1'
 * ```
 */
export function keyOfHeader(header: string): string | undefined {
  const m = /^nguong (?:nhom )?([a-z0-9]+)\b/.exec(searchKey(header));
  return m?.[1]?.toUpperCase();
}
