// National supplements for tests and error examples: the decisions they cite, supplements of the 2021–2025 and
// 2026–2030 sets, and illustrative indicators ("minh hoạ") typed as a user would.
import type { NationalSupplement, NationalSupplementIndicator } from '@ntm/domain';

export const QD51 = { document: 'QĐ 51/2025/QĐ-TTg', annex: 'Phụ lục I' } as const;
export const QD318 = { document: 'QĐ 318/QĐ-TTg', annex: 'Phụ lục I' } as const;
export const QD1980 = { document: 'QĐ 1980/QĐ-TTg' } as const;

/** A supplement of the 2026–2030 set (QĐ 51/2025) with `rest`. */
export const on2026 = (rest: Partial<NationalSupplement>): NationalSupplement => ({
  baseSetId: 'XA_2026_2030',
  source: QD51,
  ...rest,
});

/** A supplement of the 2021–2025 set (QĐ 318) with these thresholds, if any. */
export const on2021 = (thresholds: NationalSupplement['thresholds']): NationalSupplement => ({
  baseSetId: 'XA_2021_2025',
  source: QD318,
  ...(thresholds === undefined ? {} : { thresholds }),
});

/** An illustrative yes/no indicator, of the criterion its code starts with unless another is given. */
export const yesNo = (code: string, criterion = code.split('.')[0] ?? code) =>
  ({
    code,
    criterion,
    type: 'boolean',
    text: { vi: `Chỉ tiêu minh hoạ ${code}` },
  }) satisfies NationalSupplementIndicator;

/** An illustrative percentage (a minimum), with one threshold for commune group 1 when `value` is given. */
export const percent = (code: string, value?: number) =>
  ({
    code,
    criterion: code.split('.')[0] ?? code,
    type: 'percent',
    direction: '>=',
    text: { vi: `Chỉ tiêu minh hoạ ${code}`, en: `Illustrative indicator ${code}` },
    ...(value === undefined ? {} : { thresholds: [{ key: '1', value }] }),
  }) satisfies NationalSupplementIndicator;

/** 47 indicators for QĐ 51/2025, five to criteria 1–7 and four to 8–10, every other one a percentage. */
export function fortySeven(): NationalSupplementIndicator[] {
  return [5, 5, 5, 5, 5, 5, 5, 4, 4, 4].flatMap((n, c) =>
    Array.from({ length: n }, (_, k) =>
      k % 2 === 0 ? yesNo(`${c + 1}.${k + 1}`) : percent(`${c + 1}.${k + 1}`, 50 + k),
    ),
  );
}

/** An illustrative yearly income indicator 10.1 of the 2026–2030 set (a minimum, in million đồng). */
export const yearlyIncome = (thresholds: NationalSupplementIndicator['thresholds'] = []) =>
  ({
    code: '10.1',
    criterion: '10',
    type: 'number',
    direction: '>=',
    unit: 'triệu đồng',
    perYear: true,
    text: { vi: 'Chỉ tiêu minh hoạ 10.1' },
    thresholds,
  }) satisfies NationalSupplementIndicator;
