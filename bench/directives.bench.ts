// Deadline phrases, recurrences and calendar export (@ntm/deadlines/phrases, @ntm/deadlines/ics).
// No package reads Vietnamese deadline phrases, so parseDeadline is measured alone; toICS is measured beside
// ical.js building the same all-day events, the maintained parser the tests use to read our files back.

import { toICS } from '@ntm/deadlines/ics';
import { monthlyOn, occurrences, parseDeadline } from '@ntm/deadlines/phrases';
import ICAL from 'ical.js';
import { bench, describe } from 'vitest';

const SEED_PHRASES = [
  'Ngày 30 hàng tháng, báo cáo tiến độ thực hiện các chương trình về UBND tỉnh',
  'đảm bảo từ tháng 6 năm 2020, cấp huyện, cấp tỉnh có hồ sơ đề xuất',
  'thời gian hoàn thiện trước ngày 01/10/2022',
  'Thời gian hoàn thiện gửi về UBND huyện trước ngày 05/08/2022',
  'tham gia đánh giá sản phẩm cấp huyện trong tháng 10/2022',
];

describe('parseDeadline (5 seed phrases per op)', () => {
  bench('parseDeadline', () => {
    for (const phrase of SEED_PHRASES) parseDeadline(phrase);
  });
});

describe('occurrences: "ngày 30 hàng tháng" over 2020–2026 (84 months, national calendar)', () => {
  const rule = monthlyOn(30);
  bench('occurrences, onNonWorkingDay next', () => {
    occurrences(rule, '2020-01-01', '2026-12-31');
  });
  bench('occurrences, keep', () => {
    occurrences(rule, '2020-01-01', '2026-12-31', { onNonWorkingDay: 'keep' });
  });
});

describe('100 all-day events to iCalendar text', () => {
  const events = Array.from({ length: 100 }, (_, i) => ({
    date: `2022-${String((i % 12) + 1).padStart(2, '0')}-${String((i % 28) + 1).padStart(2, '0')}`,
    summary: `Báo cáo tiến độ thực hiện Chương trình MTQG xây dựng nông thôn mới, kỳ ${i + 1}`,
    description: 'Công văn /UBND-NN ngày 26/7/2022; "trước ngày 05/08/2022"',
  }));
  bench('toICS (@ntm/deadlines/ics)', () => {
    toICS(events, { stamp: '2022-07-26' });
  });
  bench('ical.js Component + toString', () => {
    const calendar = new ICAL.Component(['vcalendar', [], []]);
    calendar.updatePropertyWithValue('prodid', '-//bench//EN');
    calendar.updatePropertyWithValue('version', '2.0');
    for (const [i, e] of events.entries()) {
      const event = new ICAL.Event(new ICAL.Component('vevent'));
      event.uid = `${i}@bench`;
      event.summary = e.summary;
      event.description = e.description;
      event.startDate = ICAL.Time.fromDateString(e.date);
      event.component.updatePropertyWithValue(
        'dtstamp',
        ICAL.Time.fromDateTimeString('2022-07-26T00:00:00'),
      );
      calendar.addSubcomponent(event.component);
    }
    calendar.toString();
  });
});
