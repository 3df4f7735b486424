// The flags and texts of the QĐ 26/2026 process timelines word for word: certificate (36 months, filing window
// 180–120 days before expiry, Điều 7.6.a; up to 180 days after, Điều 12.3), processing limits (15 working days,
// 45 days, the Điều 5 rounds), the Điều 12.2 transition (60 / 30 days from 22/05/2026), and the paths of bad dates.
import { describe, expect, it } from 'vitest';
import { flag } from '../../test/process-flags.js';
import { certificateTimeline } from './certificate-timeline.js';
import { processingDeadline } from './processing-deadline.js';
import { transitionDeadline } from './transition-deadline.js';

const TRANSITIONAL = flag(
  'ocop/late-filing-transitional',
  'Thời hạn tối đa 180 ngày sau khi hết hạn nằm trong điều khoản chuyển tiếp (QĐ 26/2026 Điều 12.3); áp dụng cho mọi giấy chứng nhận là cách hiểu của SDK',
  'The up-to-180-day extension is a transitional provision (QĐ 26/2026 Art. 12.3); applying it to every certificate is the SDK’s interpretation',
);
const BEFORE_IS_STRICT = flag(
  'ocop/before-is-strict',
  '"Trước ngày" được hiểu là không gồm ngày đó (cách hiểu của SDK)',
  '"Before" a day is read as excluding that day (the SDK’s reading)',
);
/** A period ending on a day off, moved to the next working day (BLDS 2015 Điều 148.5). */
const periodEndMoved = (code: string, day: string, moved: string) =>
  flag(
    code,
    `Ngày ${day} là ngày nghỉ: thời hạn kết thúc vào ngày ${moved} (BLDS 2015 Điều 148.5)`,
    `${day} is a day off: the period ends on ${moved} (Civil Code 2015 Art. 148(5))`,
  );

describe('certificateTimeline: flags', () => {
  it('decided 01/06/2026, every day a working day: only the transitional reading is flagged', () => {
    const t = certificateTimeline('2026-06-01');
    expect(t.validUntil).toBe('2029-06-01');
    expect(t.filingWindow).toEqual({
      opens: '2028-12-03',
      closes: '2029-02-01',
      firstWorkingDay: '2028-12-04',
      lastWorkingDay: '2029-02-01',
    });
    expect(t.lateFilingValidUntil).toBe('2029-11-28');
    expect(t.flags).toEqual([TRANSITIONAL]);
  });

  it('decided 18/12/2025: filing closes on Sunday 20/08/2028, the extension ends on Saturday 16/06/2029', () => {
    const t = certificateTimeline('2025-12-18');
    expect(t.flags).toEqual([
      flag(
        'ocop/filing-closes-on-day-off',
        'Hạn cuối nộp hồ sơ phân hạng lại 2028-08-20 là ngày nghỉ; nên nộp trước hoặc trong ngày làm việc 2028-08-18',
        'The last filing day 2028-08-20 is a day off; file by the working day 2028-08-18',
      ),
      periodEndMoved('ocop/extension-on-day-off', '2029-06-16', '2029-06-18'),
      TRANSITIONAL,
    ]);
    expect(t.filingWindow.lastWorkingDay).toBe('2028-08-18');
  });

  it('an impossible decision date points at decidedOn', () => {
    expect(() => certificateTimeline('2026-02-30')).toThrowDomainError('date/invalid', [
      'decidedOn',
    ]);
  });
});

describe('processingDeadline: flags', () => {
  it('a commune check and a re-evaluation ending on working days carry no flag', () => {
    expect(processingDeadline('commune-check', '2026-06-01').flags).toEqual([]);
    expect(processingDeadline('re-evaluation', '2026-06-01').flags).toEqual([]);
  });

  it('a province round due on a working day says only how "before" is read', () => {
    const d = processingDeadline('province-round', '2026-06-01');
    expect(d.due).toBe('2026-12-29');
    expect(d.flags).toEqual([BEFORE_IS_STRICT]);
  });

  it('a province round due on Saturday 29/12/2029 is not moved, and says so', () => {
    const d = processingDeadline('province-round', '2029-05-10');
    expect(d.due).toBe('2029-12-29');
    expect(d.flags).toEqual([
      BEFORE_IS_STRICT,
      flag(
        'ocop/due-on-day-off',
        'Hạn 2029-12-29 là ngày nghỉ; hạn cố định theo Điều 5 không được dời',
        'The due day 2029-12-29 is a day off; a fixed Art. 5 date is not moved',
      ),
    ]);
  });

  it('an impossible receipt date points at receivedOn', () => {
    expect(() => processingDeadline('commune-check', '2026-02-30')).toThrowDomainError(
      'date/invalid',
      ['receivedOn'],
    );
  });
});

describe('transitionDeadline: rule and flags', () => {
  it('a first evaluation: 60 days from 22/05/2026 → Tuesday 21/07/2026, no flag', () => {
    const t = transitionDeadline('2026-05-01', 'first');
    expect(t.completeBy).toBe('2026-07-21');
    expect(t.flags).toEqual([]);
    expect(t.rule).toEqual({
      vi: 'Hồ sơ nộp trước 2026-05-22 chưa được đánh giá tiếp tục theo quy định giai đoạn 2021–2025, hoàn thành trong 60 ngày kể từ 2026-05-22',
      en: 'Dossiers submitted before 2026-05-22 and not yet evaluated continue under the 2021–2025 rules, completed within 60 days of 2026-05-22',
    });
  });

  it('a re-evaluation: 30 days → Sunday 21/06/2026, moved to Monday 22/06/2026', () => {
    const t = transitionDeadline('2026-05-01', 're-evaluation');
    expect(t.flags).toEqual([periodEndMoved('ocop/due-on-day-off', '2026-06-21', '2026-06-22')]);
  });

  it('an impossible submission date points at submittedOn', () => {
    expect(() => transitionDeadline('2026-02-30', 'first')).toThrowDomainError('date/invalid', [
      'submittedOn',
    ]);
  });
});
