// The days-off calendar per year: every day off and every make-up working day of the national civil-service calendar,
// with kind, source (published schedule or rule), status and legal basis, and a month grid. From @ntm/deadlines.

import type { DayOff, MakeUpWorkingDay } from '@ntm/deadlines';
import {
  daysOff,
  describeDay,
  HOLIDAYS_DATA_INFO,
  makeUpWorkingDays,
  NATIONAL_CALENDAR,
  pendingDaysOff,
  toLunar,
} from '@ntm/deadlines';
import { daysInMonth, fromDateParts, type LegalBasis, weekday } from '@ntm/domain/core';
import { both, esc, table } from '../lib/html.js';
import type { PageGenerator, SitePage } from '../lib/site.js';

const WEEKDAYS = [
  'CN / Sun',
  'T2 / Mon',
  'T3 / Tue',
  'T4 / Wed',
  'T5 / Thu',
  'T6 / Fri',
  'T7 / Sat',
];

const KIND: Readonly<Record<DayOff['kind'], string>> = {
  holiday: 'Lễ, Tết / holiday',
  compensatory: 'Nghỉ bù / compensatory',
  swap: 'Hoán đổi / swapped',
  custom: 'Riêng / custom',
};

const SOURCE: Readonly<Record<DayOff['source'], string>> = {
  schedule: 'Lịch công bố / published schedule',
  rule: 'Theo luật / by rule',
  pending: 'Đang chờ ban hành / pending',
  custom: 'Riêng / custom',
};

/** The years with a page: from the calendar's first year to the year after the last published schedule. */
function years(): number[] {
  const scheduled = NATIONAL_CALENDAR.scheduledYears;
  const first = NATIONAL_CALENDAR.firstYear;
  const last = Math.min(Math.max(...scheduled) + 1, NATIONAL_CALENDAR.lastYear);
  return Array.from({ length: last - first + 1 }, (_, i) => first + i);
}

const basisLine = (list: readonly LegalBasis[]): string =>
  list
    .map(
      (b) =>
        `${esc(b.number)}${b.article ? `, ${esc(b.article)}` : ''}${b.signed ? ` (${esc(b.signed)})` : ''}`,
    )
    .join('<br>');

const status = (day: { status: string; provisional?: boolean }): string =>
  `${esc(day.status)}${day.provisional ? ' · <strong>tạm tính / provisional</strong>' : ''}`;

function monthGrid(year: number, month: number): string {
  const cells: string[] = [];
  const first = weekday(fromDateParts({ year, month, day: 1 }));
  const offset = (first + 6) % 7; // weeks start on Monday
  for (let i = 0; i < offset; i += 1) cells.push('<td></td>');
  for (let day = 1; day <= daysInMonth(year, month); day += 1) {
    const info = describeDay(fromDateParts({ year, month, day }));
    const cls = info.dayOff
      ? `off${info.provisional ? ' provisional' : ''}`
      : info.makeUp
        ? 'makeup'
        : info.weeklyRest
          ? 'rest'
          : '';
    const title = info.dayOff?.name.vi ?? info.makeUp?.name.vi ?? '';
    cells.push(`<td class="${cls}"${title ? ` title="${esc(title)}"` : ''}>${day}</td>`);
  }
  const rows: string[] = [];
  for (let i = 0; i < cells.length; i += 7) rows.push(`<tr>${cells.slice(i, i + 7).join('')}</tr>`);
  return `<table class="month"><caption>${String(month).padStart(2, '0')}/${year}</caption>
<thead><tr>${['T2', 'T3', 'T4', 'T5', 'T6', 'T7', 'CN'].map((d) => `<th>${d}</th>`).join('')}</tr></thead>
<tbody>${rows.join('')}</tbody></table>`;
}

function yearPage(year: number): SitePage {
  const off = daysOff(year);
  const work = makeUpWorkingDays(year);
  const lunar = (date: string) => {
    const l = toLunar(date);
    return `${l.day}/${l.month}${l.leap ? ' (nhuận)' : ''} ÂL`;
  };
  const offRows = off.map((d) => [
    `<code>${esc(d.date)}</code>`,
    WEEKDAYS[weekday(d.date)] ?? '',
    esc(lunar(d.date)),
    both(d.name),
    esc(KIND[d.kind]),
    esc(SOURCE[d.source]),
    status(d),
    basisLine(d.basis),
  ]);
  const workRows = work.map((d: MakeUpWorkingDay) => [
    `<code>${esc(d.date)}</code>`,
    WEEKDAYS[weekday(d.date)] ?? '',
    d.swappedWith ? `<code>${esc(d.swappedWith)}</code>` : '—',
    both(d.name),
    esc(SOURCE[d.source]),
    status(d),
    basisLine(d.basis),
  ]);
  const scheduled = NATIONAL_CALENDAR.scheduledYears.includes(year);
  // Announced but not law: shown beside the days off, never among them.
  const pending = pendingDaysOff(year).map(
    (p) =>
      `<p class="meta"><strong>Đang chờ ban hành / Pending</strong>: <code>${esc(p.date)}</code> ${both(p.change.name)} — ${both(p.change.note)} ${basisLine(p.change.basis)}. Không tính là ngày nghỉ ở đây / not a day off here (<code>createCalendar({ includePending: true })</code>).</p>`,
  );
  return {
    path: `calendar/${year}.html`,
    title: `Ngày nghỉ năm ${year} / Days off in ${year}`,
    body: `<p class="meta">Lịch quốc gia của cán bộ, công chức, viên chức (<code>NATIONAL_CALENDAR</code>) · ${
      scheduled
        ? 'năm có lịch nghỉ chính thức đã công bố / a year with a published official schedule'
        : 'chưa có lịch công bố: ngày nghỉ tính theo luật, đánh dấu tạm tính / no published schedule: days computed from the rules and marked provisional'
    } · dữ liệu đối chiếu ngày / data as of ${esc(HOLIDAYS_DATA_INFO.dataAsOf)}</p>
<p><a href="index.html">Mọi năm / All years</a></p>
${pending.join('\n')}
<h2 id="days-off">Ngày nghỉ / Days off (${off.length})</h2>
${table(
  [
    'Ngày / Date',
    'Thứ / Day',
    'Âm lịch / Lunar',
    'Tên / Name',
    'Loại / Kind',
    'Nguồn / Source',
    'Trạng thái / Status',
    'Căn cứ / Basis',
  ],
  offRows,
)}
<h2 id="make-up">Ngày làm bù / Make-up working days (${work.length})</h2>
${
  work.length === 0
    ? '<p>Không có / None.</p>'
    : table(
        [
          'Ngày / Date',
          'Thứ / Day',
          'Đổi cho / Swapped with',
          'Tên / Name',
          'Nguồn / Source',
          'Trạng thái / Status',
          'Căn cứ / Basis',
        ],
        workRows,
      )
}
<h2 id="months">Lịch tháng / Month view</h2>
<p class="meta"><span class="legend off">nghỉ / day off</span> <span class="legend off provisional">tạm tính / provisional</span>
<span class="legend makeup">làm bù / make-up day</span> <span class="legend rest">nghỉ hằng tuần / weekly rest</span></p>
<div class="months">${Array.from({ length: 12 }, (_, i) => monthGrid(year, i + 1)).join('\n')}</div>`,
  };
}

function indexPage(list: readonly number[]): SitePage {
  const rows = list.map((year) => {
    const off = daysOff(year);
    const provisional = off.some((d) => d.provisional);
    return [
      `<a href="${year}.html">${year}</a>`,
      String(off.length),
      String(makeUpWorkingDays(year).length),
      NATIONAL_CALENDAR.scheduledYears.includes(year)
        ? 'Lịch công bố / published schedule'
        : 'Theo luật / by rule',
      provisional ? 'Có ngày tạm tính / has provisional days' : '',
    ];
  });
  return {
    path: 'calendar/index.html',
    title: 'Lịch ngày nghỉ / Days-off calendar',
    body: `<p>Ngày nghỉ lễ, Tết, nghỉ bù và ngày hoán đổi của lịch quốc gia, từng năm, kèm căn cứ pháp lý. / Holidays, Tết,
compensatory days and swapped days of the national calendar, year by year, with their legal basis. Tính bằng
<code>daysOff(year)</code> và <code>makeUpWorkingDays(year)</code> của <code>@ntm/deadlines</code>. Thư viện tính được mọi năm từ
${NATIONAL_CALENDAR.firstYear} đến ${NATIONAL_CALENDAR.lastYear}; năm chưa có lịch công bố được tính theo luật và đánh dấu tạm tính. /
The library covers ${NATIONAL_CALENDAR.firstYear}–${NATIONAL_CALENDAR.lastYear}; a year without a published schedule is computed
from the rules and its uncertain days are marked provisional.</p>
${table(
  [
    'Năm / Year',
    'Ngày nghỉ / Days off',
    'Ngày làm bù / Make-up days',
    'Nguồn / Source',
    'Ghi chú / Note',
  ],
  rows,
)}`,
  };
}

/** The days-off calendar section. */
export const daysOffCalendar: PageGenerator = {
  id: 'calendar',
  nav: 'Lịch nghỉ / Days off',
  entry: 'calendar/index.html',
  summary:
    'Ngày nghỉ từng năm, kèm nguồn và căn cứ / The days off of every year, with sources and legal basis',
  generate() {
    const list = years();
    return [indexPage(list), ...list.map(yearPage)];
  },
};
