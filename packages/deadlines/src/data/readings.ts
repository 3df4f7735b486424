import type { DeadlineReading } from '@ntm/domain/core';
import { deepFreeze } from '@ntm/domain/core';

/*
 * The interpretations of deadline phrases: the Civil Code 2015 (Điều 144–148) where it applies, administrative
 * practice elsewhere (NĐ 09/2019/NĐ-CP, NĐ 30/2020/NĐ-CP, Luật Quản lý thuế Điều 44 as examples). No statute defines
 * most of these phrases, so each reading carries its status; results quote the reading they used.
 */

/** Ids of the readings {@link READINGS} holds. */
export type ReadingId =
  | 'before-exclusive'
  | 'before-inclusive'
  | 'by-inclusive'
  | 'within-month'
  | 'within-quarter'
  | 'within-year'
  | 'month-start'
  | 'month-middle'
  | 'month-end'
  | 'year-start'
  | 'year-middle'
  | 'year-end'
  | 'monthly-day'
  | 'monthly-before-day'
  | 'quarterly-day'
  | 'quarterly-before-day'
  | 'from-month'
  | 'from-date'
  | 'within-days'
  | 'within-working-days';

/** Civil Code 2015 citation in both languages: `cc('146', '2')` → "BLDS 2015, Điều 146 khoản 2" / "Civil Code 2015, art. 146(2)". */
const cc = (article: string, clause = ''): [string, string] => [
  ` (BLDS 2015, Điều ${article}${clause ? ` khoản ${clause}` : ''})`,
  ` (Civil Code 2015, art. ${article}${clause ? `(${clause})` : ''})`,
];
const NONE: [string, string] = ['', ''];

const r = (
  id: ReadingId,
  status: DeadlineReading['status'],
  vi: string,
  en: string,
  [viBasis, enBasis]: [string, string] = NONE,
): DeadlineReading => ({ id, status, explanation: { vi: vi + viBasis, en: en + enBasis } });

/** Every reading by id; deeply frozen reference data. */
export const READINGS: Readonly<Record<ReadingId, DeadlineReading>> = deepFreeze({
  'before-exclusive': r(
    'before-exclusive',
    'unverified',
    'Hạn là hết ngày liền trước X ("trước" theo nghĩa đen; có nơi nhận cả ngày X: tùy chọn inclusive).',
    'Due at the end of the day before X ("trước" read literally; some offices accept X: inclusive option).',
  ),
  'before-inclusive': r(
    'before-inclusive',
    'unverified',
    'Hạn là hết ngày X (tùy chọn inclusive).',
    'Due at the end of X (inclusive option).',
  ),
  'by-inclusive': r(
    'by-inclusive',
    'derived',
    'Hạn là hết ngày X.',
    'Due at the end of X.',
    cc('148', '6'),
  ),
  'within-month': r(
    'within-month',
    'derived',
    'Trong tháng: hạn là ngày cuối tháng.',
    'Within the month: due on its last day.',
    cc('146', '2'),
  ),
  'within-quarter': r(
    'within-quarter',
    'derived',
    'Trong quý (I: 1/1–31/3, II: 1/4–30/6, III: 1/7–30/9, IV: 1/10–31/12): hạn là ngày cuối quý.',
    'Within the quarter (I: Jan–Mar, II: Apr–Jun, III: Jul–Sep, IV: Oct–Dec): due on its last day.',
  ),
  'within-year': r(
    'within-year',
    'derived',
    'Trong năm: hạn là ngày 31/12.',
    'Within the year: due on 31 December.',
    cc('146', '3'),
  ),
  'month-start': r(
    'month-start',
    'verified',
    'Đầu tháng là ngày 01.',
    'Start of month = the 1st.',
    cc('146', '2'),
  ),
  'month-middle': r(
    'month-middle',
    'verified',
    'Giữa tháng là ngày 15.',
    'Middle of month = the 15th.',
    cc('146', '2'),
  ),
  'month-end': r(
    'month-end',
    'verified',
    'Cuối tháng là ngày cuối cùng.',
    'End of month = its last day.',
    cc('146', '2'),
  ),
  'year-start': r(
    'year-start',
    'verified',
    'Đầu năm là ngày 01/01.',
    'Start of year = 1 January.',
    cc('146', '3'),
  ),
  'year-middle': r(
    'year-middle',
    'verified',
    'Giữa năm là ngày 30/6.',
    'Middle of year = 30 June.',
    cc('146', '3'),
  ),
  'year-end': r(
    'year-end',
    'verified',
    'Cuối năm là ngày 31/12.',
    'End of year = 31 December.',
    cc('146', '3'),
  ),
  'monthly-day': r(
    'monthly-day',
    'unverified',
    'Ngày N mỗi tháng; tháng không có ngày N thì lấy ngày cuối tháng (suy theo Điều 148 khoản 3 BLDS).',
    'Day N of every month; a month without day N uses its last day (by analogy with Civil Code art. 148(3)).',
  ),
  'monthly-before-day': r(
    'monthly-before-day',
    'unverified',
    'Hết ngày liền trước ngày N mỗi tháng (ngày N lấy ngày cuối tháng nếu tháng không có).',
    'The day before day N of every month (day N clamped to the month end).',
  ),
  'quarterly-day': r(
    'quarterly-day',
    'unverified',
    'Ngày N của tháng đã nêu trong mỗi quý (ngày hạn do văn bản quy định, NĐ 09/2019).',
    'Day N of the stated month of every quarter (the directive sets the day, Decree 09/2019).',
  ),
  'quarterly-before-day': r(
    'quarterly-before-day',
    'unverified',
    'Hết ngày liền trước ngày N của tháng đã nêu trong mỗi quý.',
    'The day before day N of the stated month of every quarter.',
  ),
  'from-month': r(
    'from-month',
    'derived',
    'Bắt đầu từ ngày 01 của tháng, không có hạn kết thúc.',
    'Starts on the 1st of the month; no end date.',
    cc('146', '2'),
  ),
  'from-date': r(
    'from-date',
    'derived',
    'Bắt đầu từ chính ngày X, không có hạn kết thúc.',
    'Starts on X itself; no end date.',
  ),
  'within-days': r(
    'within-days',
    'verified',
    'Không tính ngày X; hạn là hết ngày thứ N sau X, gặp ngày nghỉ thì chuyển sang ngày làm việc tiếp theo.',
    'X is not counted; due at the end of the N-th day after X, moved past a day off.',
    cc('147–148'),
  ),
  'within-working-days': r(
    'within-working-days',
    'derived',
    'Không tính ngày X; hạn là hết ngày làm việc thứ N sau X (bỏ ngày nghỉ, tính thứ Bảy làm bù).',
    'X is not counted; due at the end of the N-th working day after X (days off skipped, make-up Saturdays counted).',
    cc('147'),
  ),
});
