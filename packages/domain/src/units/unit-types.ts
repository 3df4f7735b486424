/*
 * Unit levels and types, and the type words people write before a name ("xã Quài Nưa").
 * The one-character codes are the ones scripts/build-units.ts writes into the generated tables.
 */

/**
 * Level of an administrative unit: province (cấp tỉnh), district (cấp huyện, abolished on 2025-07-01) or commune (cấp xã).
 *
 * @example
 * ```ts
 * const level: UnitLevel = 'commune';
 * ```
 */
export type UnitLevel = 'province' | 'district' | 'commune';

/**
 * Type of an administrative unit.
 *
 * @remarks
 * `tinh` tỉnh; `thanh_pho_tw` thành phố trực thuộc trung ương; `huyen` huyện; `quan` quận; `thi_xa` thị xã;
 * `thanh_pho_thuoc_tinh` thành phố thuộc tỉnh; `thanh_pho_thuoc_tp_tw` thành phố thuộc thành phố trực thuộc trung ương
 * (Thủ Đức); `xa` xã; `phuong` phường; `thi_tran` thị trấn (abolished 2025-07-01); `dac_khu` đặc khu (from 2025-07-01).
 *
 * @example
 * ```ts
 * const type: UnitType = 'thi_tran';
 * ```
 */
export type UnitType =
  | 'tinh'
  | 'thanh_pho_tw'
  | 'huyen'
  | 'quan'
  | 'thi_xa'
  | 'thanh_pho_thuoc_tinh'
  | 'thanh_pho_thuoc_tp_tw'
  | 'xa'
  | 'phuong'
  | 'thi_tran'
  | 'dac_khu';

/** Type by the character the generated tables use (index = character code in base 36). */
export const TYPE_BY_CHAR: readonly UnitType[] = Object.freeze([
  'tinh',
  'thanh_pho_tw',
  'huyen',
  'quan',
  'thi_xa',
  'thanh_pho_thuoc_tinh',
  'thanh_pho_thuoc_tp_tw',
  'xa',
  'phuong',
  'thi_tran',
  'dac_khu',
] as const);

/** The word written before the name in official full names, and an English label. */
export const TYPE_LABEL: Readonly<Record<UnitType, { readonly vi: string; readonly en: string }>> =
  Object.freeze({
    tinh: { vi: 'Tỉnh', en: 'province' },
    thanh_pho_tw: { vi: 'Thành phố', en: 'centrally-run city' },
    huyen: { vi: 'Huyện', en: 'rural district' },
    quan: { vi: 'Quận', en: 'urban district' },
    thi_xa: { vi: 'Thị xã', en: 'district-level town' },
    thanh_pho_thuoc_tinh: { vi: 'Thành phố', en: 'provincial city' },
    thanh_pho_thuoc_tp_tw: { vi: 'Thành phố', en: 'municipal city' },
    xa: { vi: 'Xã', en: 'commune' },
    phuong: { vi: 'Phường', en: 'ward' },
    thi_tran: { vi: 'Thị trấn', en: 'township' },
    dac_khu: { vi: 'Đặc khu', en: 'special zone' },
  });

/**
 * Type words a query may start with, as written (NFC), longest first so that "thị trấn" wins over a shorter word.
 * Each maps to the types it can mean; keys are derived from them where they are used.
 */
export const TYPE_WORDS: readonly (readonly [string, readonly UnitType[]])[] = Object.freeze([
  ['thành phố', ['thanh_pho_tw', 'thanh_pho_thuoc_tinh', 'thanh_pho_thuoc_tp_tw']],
  ['thị trấn', ['thi_tran']],
  ['đặc khu', ['dac_khu']],
  ['phường', ['phuong']],
  ['thị xã', ['thi_xa']],
  ['huyện', ['huyen']],
  ['quận', ['quan']],
  ['tỉnh', ['tinh']],
  ['tp.', ['thanh_pho_tw', 'thanh_pho_thuoc_tinh', 'thanh_pho_thuoc_tp_tw']],
  ['tp', ['thanh_pho_tw', 'thanh_pho_thuoc_tinh', 'thanh_pho_thuoc_tp_tw']],
  ['xã', ['xa']],
]);

/** Level of a code by its length: 2 digits province, 3 district, 5 commune (QĐ 124/2004, QĐ 19/2025). */
export function levelOfCode(code: string): UnitLevel | undefined {
  if (!/^\d+$/u.test(code)) return undefined;
  return code.length === 2
    ? 'province'
    : code.length === 3
      ? 'district'
      : code.length === 5
        ? 'commune'
        : undefined;
}
