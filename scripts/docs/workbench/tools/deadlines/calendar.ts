// The working calendar: the days off of any year the calendar covers, each with its kind and legal basis (as
// `ntm deadlines days-off` lists them), and a date plus N working days with the days off it stepped over.
import {
  addWorkingDays,
  DAY_OFF_KIND_LABELS,
  daysOff,
  describeDay,
  makeUpWorkingDays,
  NATIONAL_CALENDAR,
} from '@ntm/deadlines';
import { addDays, isDomainError } from '@ntm/domain/core';
import { el, field, input, issueList } from '../../ui/dom.js';
import { todayIso } from '../../ui/files.js';
import { table, viDate } from '../../ui/table.js';

/** A tidy error list when the engine refuses the input (a year out of range, a bad date). */
function guarded(output: HTMLElement, fn: () => Node[]): void {
  try {
    output.replaceChildren(...fn());
  } catch (error) {
    if (!isDomainError(error)) throw error;
    output.replaceChildren(issueList(error.issues));
  }
}

/** Days off of a year. */
export function daysOffSection(): HTMLElement {
  const { firstYear, lastYear } = NATIONAL_CALENDAR;
  const year = input('year', {
    type: 'number',
    min: String(firstYear),
    max: String(lastYear),
    step: '1',
    value: todayIso().slice(0, 4),
    inputmode: 'numeric',
  });
  const output = el('div', { id: 'days-off', 'aria-live': 'polite' });
  const show = (): void =>
    guarded(output, () => {
      const y = Number(year.value);
      const off = daysOff(y).map((d) => ({
        date: d.date,
        row: [
          viDate(d.date),
          `${DAY_OFF_KIND_LABELS[d.kind].vi} / ${DAY_OFF_KIND_LABELS[d.kind].en}`,
          `${d.name.vi} / ${d.name.en}`,
          d.basis.map((b) => b.number).join('; '),
          d.provisional
            ? 'tạm tính: năm chưa có lịch chính thức / provisional: no official schedule yet'
            : '',
        ],
      }));
      const makeUp = makeUpWorkingDays(y).map((m) => ({
        date: m.date,
        row: [
          viDate(m.date),
          'đi làm bù / make-up working day',
          m.swappedWith
            ? `${m.name.vi} — thay cho / instead of ${viDate(m.swappedWith)}`
            : `${m.name.vi} / ${m.name.en}`,
          m.basis.map((b) => b.number).join('; '),
          '',
        ],
      }));
      const rows = [...off, ...makeUp].sort((a, b) => (a.date < b.date ? -1 : 1));
      return [
        el('p', { id: 'days-off-count', 'data-count': String(off.length) }, [
          `${off.length} ngày nghỉ ngoài thứ Bảy, Chủ nhật; ${makeUp.length} ngày đi làm bù. / ${off.length} days off besides Saturdays and Sundays; ${makeUp.length} make-up working days.`,
        ]),
        table(
          'days-off-table',
          ['Ngày / Date', 'Loại / Kind', 'Tên / Name', 'Căn cứ / Basis', 'Ghi chú / Note'],
          rows.map((r) => r.row),
        ),
      ];
    });
  year.addEventListener('input', show);
  show();
  return el('section', { id: 'calendar', 'aria-labelledby': 'calendar-title' }, [
    el('h2', { id: 'calendar-title' }, ['Ngày nghỉ trong năm / Days off of a year']),
    el('div', { class: 'wb-controls' }, [field(`Năm (${firstYear}–${lastYear})`, 'Year', year)]),
    output,
  ]);
}

/** A date plus N working days. */
export function workingDaysSection(): HTMLElement {
  const start = input('start', { type: 'date', value: todayIso() });
  const count = input('count', { type: 'number', step: '1', value: '5', inputmode: 'numeric' });
  const output = el('div', { id: 'working-days', 'aria-live': 'polite' });
  const show = (): void =>
    guarded(output, () => {
      const n = Number(count.value);
      const result = addWorkingDays(start.value, n);
      // The days off stepped over, so the answer explains itself.
      const skipped: string[] = [];
      const step = n >= 0 ? 1 : -1;
      // Bounded: the engine takes at most ±10 000 working days, well under 40 000 calendar days.
      for (let day = start.value, i = 0; day !== result && i < 40_000; i += 1) {
        day = addDays(day, step);
        const info = describeDay(day);
        if (!info.workingDay && info.dayOff)
          skipped.push(`${viDate(day)}: ${info.dayOff.name.vi} / ${info.dayOff.name.en}`);
      }
      return [
        el('p', { id: 'working-days-result', 'data-date': result }, [
          el('strong', {}, [
            `${viDate(start.value)} + ${n} ngày làm việc / working days = ${viDate(result)}`,
          ]),
        ]),
        skipped.length > 0
          ? el('p', {}, [
              `Ngày nghỉ đã bỏ qua (ngoài thứ Bảy, Chủ nhật) / Days off skipped (besides weekends): ${skipped.join('; ')}`,
            ])
          : el('p', { class: 'meta' }, ['Chỉ bỏ qua thứ Bảy, Chủ nhật / Only weekends skipped']),
      ];
    });
  start.addEventListener('change', show);
  count.addEventListener('input', show);
  show();
  return el('section', { id: 'add-working-days', 'aria-labelledby': 'add-title' }, [
    el('h2', { id: 'add-title' }, ['Cộng ngày làm việc / Add working days']),
    el('div', { class: 'wb-controls' }, [
      field('Từ ngày', 'Start', start),
      field('Số ngày làm việc (âm: lùi lại)', 'Working days (negative: back)', count),
    ]),
    output,
  ]);
}
