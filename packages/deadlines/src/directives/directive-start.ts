import type { Directive } from '@ntm/domain/core';
import {
  type Bilingual,
  type DateInput,
  fromDateParts,
  type IsoDate,
  parseIsoDate,
} from '@ntm/domain/core';

/** When a directive's recurring deadlines start, and why. */
export interface DirectiveStart {
  /** First day recurring deadlines count from. */
  readonly on: IsoDate;
  /** Why that day. */
  readonly reason: Bilingual;
}

/**
 * The first day a directive's recurring deadlines count from. A directive dated to the day starts that
 * day. One dated only by month ("ngày tháng 5 năm 2020", day left blank) is certainly in force only from
 * the first day of the following month, so that is the default: no occurrence is listed that the directive
 * may not yet have existed for. The caller's `startsOn` overrides it.
 */
export function directiveStart(directive: Directive, startsOn?: DateInput): DirectiveStart {
  if (startsOn !== undefined) {
    const on = parseIsoDate(startsOn, ['startsOn']);
    return {
      on,
      reason: {
        vi: `Ngày bắt đầu do người dùng chọn: ${on}.`,
        en: `Start chosen by the caller: ${on}.`,
      },
    };
  }
  const { year, month, day } = directive.signed;
  if (month !== undefined && day !== undefined) {
    const on = fromDateParts({ year, month, day }, ['signed']);
    return { on, reason: { vi: `Ngày ký văn bản: ${on}.`, en: `The directive's date: ${on}.` } };
  }
  // Dated by month only: certainly in force from the next month's first day; by year only: from the next year.
  const on =
    month === undefined || month === 12
      ? fromDateParts({ year: year + 1, month: 1, day: 1 })
      : fromDateParts({ year, month: month + 1, day: 1 });
  const written = month === undefined ? `${year}` : `${month}/${year}`;
  return {
    on,
    reason: {
      vi: `Văn bản chỉ ghi ${month === undefined ? 'năm' : 'tháng'} ${written}; mặc định tính từ ${on}, khi chắc chắn đã ban hành (đổi bằng startsOn).`,
      en: `The directive is dated only ${written}; by default counting starts on ${on}, when it certainly exists (change with startsOn).`,
    },
  };
}

/** The date used to resolve deadline dates written without a year: the signed day, or its month's first day. */
export function issuedOnOf(directive: Directive): IsoDate {
  const { year, month, day } = directive.signed;
  return fromDateParts({ year, month: month ?? 1, day: day ?? 1 }, ['signed']);
}
