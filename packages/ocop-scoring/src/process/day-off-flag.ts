import type { IsoDate } from '@ntm/domain/core';
import type { OcopProcessFlag } from './types.js';

/**
 * The flag `code` of a period whose last day, `nominal`, is a day off, so that it ends on `day` instead (BLDS 2015
 * Điều 148.5).
 */
export function dayOffFlag(code: string, nominal: IsoDate, day: IsoDate): OcopProcessFlag {
  return {
    code,
    message: {
      vi: `Ngày ${nominal} là ngày nghỉ: thời hạn kết thúc vào ngày ${day} (BLDS 2015 Điều 148.5)`,
      en: `${nominal} is a day off: the period ends on ${day} (Civil Code 2015 Art. 148(5))`,
    },
  };
}
