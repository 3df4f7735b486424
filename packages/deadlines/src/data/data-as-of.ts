import type { IsoDate } from '@ntm/domain/core';

/**
 * The date the holiday schedules, statutory rules and lunar table of this package were last checked against their
 * sources (reference: deadlines README, schedules up to TB 9441/TB-BNV and CV 12729/VPCP-KGVX for 2026).
 *
 * @remarks
 * Ngày đối chiếu dữ liệu gần nhất; khi Chính phủ công bố lịch nghỉ năm mới, cập nhật dữ liệu và ngày này.
 *
 * @example
 * ```ts
 * console.log(`Holiday data as of ${dataAsOf}`); // 'Holiday data as of 2026-11-23'
 * ```
 */
export const dataAsOf = '2026-11-23' as IsoDate;
