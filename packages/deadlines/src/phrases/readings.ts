import type { DeadlineReading } from '@ntm/domain';
import { deepFreeze } from '@ntm/domain/core';

/*
 * The interpretations of deadline phrases, from the deadlines reference §7 (and §4 for the Civil Code
 * rules). No statute defines most of these phrases, so each reading carries its status; results quote the
 * reading they used.
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

const r = (
  id: ReadingId,
  status: DeadlineReading['status'],
  vi: string,
  en: string,
): DeadlineReading => ({ id, status, explanation: { vi, en } });

/** Every reading by id; deeply frozen reference data. */
export const READINGS: Readonly<Record<ReadingId, DeadlineReading>> = deepFreeze({
  'before-exclusive': r(
    'before-exclusive',
    'unverified',
    '"Trước ngày X" đọc theo nghĩa đen: hạn là hết ngày liền trước X (24:00). Thực tế có nơi nhận cả ngày X: dùng tùy chọn inclusive.',
    '"trước ngày X" read literally: due at the end of the day before X. Some offices accept X itself: use the inclusive option.',
  ),
  'before-inclusive': r(
    'before-inclusive',
    'unverified',
    '"Trước ngày X" tính cả ngày X theo lựa chọn của người dùng (inclusive): hạn là hết ngày X.',
    '"trước ngày X" counted with X itself, as the caller chose (inclusive): due at the end of X.',
  ),
  'by-inclusive': r(
    'by-inclusive',
    'derived',
    'Hạn là hết ngày X (24:00), tính cả ngày X (BLDS 2015, Điều 148 khoản 6).',
    'Due at the end of day X (24:00), X included (Civil Code 2015, art. 148(6)).',
  ),
  'within-month': r(
    'within-month',
    'derived',
    'Trong tháng M: từ ngày 01 đến hết ngày cuối tháng; hạn là ngày cuối tháng (BLDS 2015, Điều 146 khoản 2).',
    'Within month M: from the 1st to the last day; due on the last day (Civil Code 2015, art. 146(2)).',
  ),
  'within-quarter': r(
    'within-quarter',
    'derived',
    'Trong quý: quý I 01/01–31/3, II 01/4–30/6, III 01/7–30/9, IV 01/10–31/12; hạn là ngày cuối quý.',
    'Within the quarter: Q1 1 Jan–31 Mar, Q2 1 Apr–30 Jun, Q3 1 Jul–30 Sep, Q4 1 Oct–31 Dec; due on its last day.',
  ),
  'within-year': r(
    'within-year',
    'derived',
    'Trong năm Y: hạn là ngày 31/12 (cuối năm, BLDS 2015, Điều 146 khoản 3).',
    'Within year Y: due on 31 December (end of year, Civil Code 2015, art. 146(3)).',
  ),
  'month-start': r(
    'month-start',
    'verified',
    'Đầu tháng là ngày đầu tiên của tháng (BLDS 2015, Điều 146 khoản 2).',
    'The start of a month is its first day (Civil Code 2015, art. 146(2)).',
  ),
  'month-middle': r(
    'month-middle',
    'verified',
    'Giữa tháng là ngày 15 (BLDS 2015, Điều 146 khoản 2).',
    'The middle of a month is the 15th (Civil Code 2015, art. 146(2)).',
  ),
  'month-end': r(
    'month-end',
    'verified',
    'Cuối tháng là ngày cuối cùng của tháng (BLDS 2015, Điều 146 khoản 2).',
    'The end of a month is its last day (Civil Code 2015, art. 146(2)).',
  ),
  'year-start': r(
    'year-start',
    'verified',
    'Đầu năm là ngày 01/01 (BLDS 2015, Điều 146 khoản 3).',
    'The start of a year is 1 January (Civil Code 2015, art. 146(3)).',
  ),
  'year-middle': r(
    'year-middle',
    'verified',
    'Giữa năm là ngày 30/6 (BLDS 2015, Điều 146 khoản 3).',
    'The middle of a year is 30 June (Civil Code 2015, art. 146(3)).',
  ),
  'year-end': r(
    'year-end',
    'verified',
    'Cuối năm là ngày 31/12 (BLDS 2015, Điều 146 khoản 3).',
    'The end of a year is 31 December (Civil Code 2015, art. 146(3)).',
  ),
  'monthly-day': r(
    'monthly-day',
    'unverified',
    'Ngày N hàng tháng: hạn vào ngày N mỗi tháng, tính cả ngày N; tháng không có ngày N thì lấy ngày cuối tháng (30 → 28/29 tháng 2), suy theo BLDS 2015, Điều 148 khoản 3.',
    'Day N of every month, inclusive; a month without day N uses its last day (30 → 28/29 February), by analogy with Civil Code 2015, art. 148(3).',
  ),
  'monthly-before-day': r(
    'monthly-before-day',
    'unverified',
    '"Trước ngày N hàng tháng": hạn là hết ngày liền trước ngày N mỗi tháng (ngày N lấy ngày cuối tháng nếu tháng không có ngày N).',
    '"trước ngày N hàng tháng": due at the end of the day before day N of every month (day N clamped to the month end).',
  ),
  'quarterly-day': r(
    'quarterly-day',
    'unverified',
    'Ngày N của một tháng trong mỗi quý (tháng đầu/giữa/cuối quý), tính cả ngày N; thời hạn do văn bản quy định (NĐ 09/2019).',
    'Day N of one month of every quarter (first/second/last month), inclusive; the deadline is set by the directive (Decree 09/2019).',
  ),
  'quarterly-before-day': r(
    'quarterly-before-day',
    'unverified',
    '"Trước ngày N của tháng … quý": hạn là hết ngày liền trước ngày N của tháng đó trong mỗi quý.',
    '"trước ngày N của tháng … quý": due at the end of the day before day N of that month of every quarter.',
  ),
  'from-month': r(
    'from-month',
    'derived',
    'Từ tháng M năm Y: bắt đầu từ ngày 01/M/Y (đầu tháng, BLDS 2015, Điều 146 khoản 2), không có hạn kết thúc.',
    'From month M of year Y: starts on the 1st of M (start of month, Civil Code 2015, art. 146(2)); no end date.',
  ),
  'from-date': r(
    'from-date',
    'derived',
    'Kể từ ngày X: bắt đầu từ chính ngày X, không có hạn kết thúc.',
    'From day X: starts on X itself; no end date.',
  ),
  'within-days': r(
    'within-days',
    'verified',
    'Trong thời hạn N ngày kể từ ngày X: không tính ngày X, đếm N ngày lịch từ ngày hôm sau, hết 24:00 ngày thứ N; rơi vào ngày nghỉ thì chuyển sang ngày làm việc tiếp theo (BLDS 2015, Điều 147–148).',
    'Within N days from day X: X is not counted; N calendar days from the next day, ending at 24:00 of day N; a day off moves it to the next working day (Civil Code 2015, art. 147–148).',
  ),
  'within-working-days': r(
    'within-working-days',
    'derived',
    'Trong thời hạn N ngày làm việc kể từ ngày X: không tính ngày X, đếm N ngày làm việc (bỏ ngày nghỉ hằng tuần, lễ, tết, nghỉ bù; tính thứ Bảy làm bù), hết 24:00 ngày làm việc thứ N.',
    'Within N working days from day X: X is not counted; count N working days (skipping weekly rest days, holidays and compensatory days; counting make-up Saturdays), ending at 24:00 of the N-th.',
  ),
});
