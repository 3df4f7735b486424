import type { Directive } from '@ntm/domain';
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
  if (month !== undefined) {
    const on =
      month === 12
        ? fromDateParts({ year: year + 1, month: 1, day: 1 })
        : fromDateParts({ year, month: month + 1, day: 1 });
    return {
      on,
      reason: {
        vi: `Văn bản chỉ ghi tháng ${month}/${year}, không rõ ngày ký; mặc định tính từ ngày đầu tháng sau (${on}), khi chắc chắn văn bản đã ban hành. Dùng startsOn để chọn ngày khác.`,
        en: `The directive is dated only ${year}-${String(month).padStart(2, '0')}; by default counting starts on the first day of the next month (${on}), when it certainly exists. Pass startsOn to choose another day.`,
      },
    };
  }
  const on = fromDateParts({ year: year + 1, month: 1, day: 1 });
  return {
    on,
    reason: {
      vi: `Văn bản chỉ ghi năm ${year}; mặc định tính từ ngày 01/01/${year + 1}. Dùng startsOn để chọn ngày khác.`,
      en: `The directive is dated only ${year}; by default counting starts on ${on}. Pass startsOn to choose another day.`,
    },
  };
}

/** The date used to resolve deadline dates written without a year: the signed day, or its month's first day. */
export function issuedOnOf(directive: Directive): IsoDate {
  const { year, month, day } = directive.signed;
  return fromDateParts({ year, month: month ?? 1, day: day ?? 1 }, ['signed']);
}
