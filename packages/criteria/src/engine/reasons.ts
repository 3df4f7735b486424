import type { Bilingual } from '@ntm/domain/core';

/*
 * Reasons are shared frozen constants, not strings built per indicator: an evaluation of a whole country allocates
 * no text. The value and threshold that explain a reason sit next to it in the result.
 */
const reason = (vi: string, en: string): Bilingual => Object.freeze({ vi, en });

/** The fixed explanations used in traces. */
export const REASONS = Object.freeze({
  met: reason('Giá trị đạt ngưỡng', 'The value meets the threshold'),
  notMet: reason('Giá trị chưa đạt ngưỡng', 'The value does not meet the threshold'),
  judgedMet: reason('Được đánh giá "Đạt"', 'Judged "met"'),
  judgedNotMet: reason('Được đánh giá "Không đạt"', 'Judged "not met"'),
  absent: reason('Không còn (yêu cầu "Không")', 'None left (requirement: none)'),
  present: reason('Vẫn còn (yêu cầu "Không")', 'Some remain (requirement: none)'),
  notApplicable: reason('Không áp dụng ("nếu có")', 'Not applicable ("if any")'),
  noFact: reason('Chưa có số liệu của chỉ tiêu', 'No value given for the indicator'),
  noThreshold: reason(
    'Chưa có ngưỡng: nhập từ phụ lục chính thức vào tệp bổ sung số liệu quốc gia (chưa đủ dữ liệu, không phải chưa đạt)',
    'Threshold missing: type it from the official annex into a national supplement (unknown, not "not met")',
  ),
  regionOfCommune: reason('Vùng của xã', 'The commune’s region'),
  groupOfCommune: reason('Nhóm xã', 'The commune group'),
  undecided: reason('Chưa xác định được', 'Cannot be decided yet'),
});
