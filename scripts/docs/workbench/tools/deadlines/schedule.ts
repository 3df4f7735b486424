// The schedule of a directive (pasted lines or its JSON file): deadlines, recurring reports and starts between two
// dates, tasks that could not be read, and the ICS calendar of the deadlines, as `ntm directive schedule` gives them.
import {
  DEADLINE_RULE_LABELS,
  type DirectiveSchedule,
  directiveSchedule,
  OCCURRENCE_KIND_LABELS,
} from '@ntm/deadlines/phrases';
import type { Directive } from '@ntm/domain';
import { isDomainError, parseIsoDate } from '@ntm/domain/core';
import { directiveCalendar } from '../../../../../packages/cli/src/output/directive-calendar.js';
import { button, el, field, input, issueList } from '../../ui/dom.js';
import { download, todayIso } from '../../ui/files.js';
import { table, viDate } from '../../ui/table.js';
import { directiveFromLines } from './pasted.js';

function kindOf(item: DirectiveSchedule['items'][number]): string {
  if (item.occurrence.kind === 'start') return 'bắt đầu (không có hạn) / start (no deadline)';
  const due = `${OCCURRENCE_KIND_LABELS.due.vi} / ${OCCURRENCE_KIND_LABELS.due.en}`;
  const rule = DEADLINE_RULE_LABELS[item.rule.kind];
  return item.recurring ? `${due} ${rule.vi} / ${rule.en}` : due;
}

function render(d: Directive, schedule: DirectiveSchedule): HTMLElement[] {
  const rows = schedule.items.map((i) => [
    i.taskId,
    kindOf(i),
    viDate(i.occurrence.due),
    i.deadlineText,
    i.assignees.join('; '),
    i.occurrence.moved
      ? `văn bản ghi ${viDate(i.occurrence.nominal)} (ngày nghỉ), chuyển sang ngày làm việc tiếp theo / written as ${i.occurrence.nominal} (a day off), moved to the next working day`
      : '',
  ]);
  const out: HTMLElement[] = [
    el('p', {}, [
      `${d.issuer.name}${d.number ? ` ${d.number}` : ''} — ${schedule.startsOnReason.vi}`,
      el('br'),
      el('span', { class: 'en' }, [schedule.startsOnReason.en]),
    ]),
    el('p', { id: 'schedule-count', 'data-count': String(rows.length) }, [
      `${schedule.items.filter((i) => i.occurrence.kind === 'due').length} hạn, ${schedule.items.filter((i) => i.occurrence.kind === 'start').length} việc bắt đầu / deadlines, starts`,
    ]),
    table(
      'schedule-table',
      [
        'Việc / Task',
        'Loại / Kind',
        'Ngày / Date',
        'Theo văn bản / As written',
        'Thực hiện / Assignees',
        'Ghi chú / Note',
      ],
      rows,
    ),
  ];
  if (schedule.problems.length > 0)
    out.push(
      el('h3', {}, ['Không đọc được hạn / Deadlines not read']),
      el(
        'ul',
        { id: 'schedule-problems' },
        schedule.problems.map((p) =>
          el('li', {}, [
            `${p.taskId} "${p.deadlineText}": `,
            issueList(p.issues, p.issues.length, () => ''),
          ]),
        ),
      ),
    );
  if (schedule.undated.length > 0)
    out.push(
      el('p', { class: 'meta' }, [
        `Việc không ghi hạn / Tasks without a deadline: ${schedule.undated.join(', ')}`,
      ]),
    );
  return out;
}

/** The schedule section. */
export function scheduleSection(): HTMLElement {
  const lines = el('textarea', {
    id: 'lines',
    name: 'lines',
    rows: '6',
    placeholder:
      '3.1. Hoàn thiện hồ sơ trước ngày 01/10/2022\n1.3. Ngày 30 hàng tháng báo cáo tiến độ\n2.2a. Tham gia đánh giá sản phẩm trong tháng 10/2022',
  }) as HTMLTextAreaElement;
  const signed = input('signed', { type: 'date', value: todayIso() });
  const file = input('directive-file', { type: 'file', accept: '.json' });
  const from = input('from', { type: 'date' });
  const to = input('to', { type: 'date' });
  const output = el('div', { id: 'schedule', 'aria-live': 'polite' });
  const ics = button('download-ics', 'Tải lịch ICS', 'Download ICS');
  ics.disabled = true;
  let directive: Directive | undefined;
  let current: DirectiveSchedule | undefined;

  const setWindow = (year: number): void => {
    from.value = `${year}-01-01`;
    to.value = `${year}-12-31`;
  };
  const run = (): void => {
    current = undefined;
    ics.disabled = true;
    if (!directive) {
      output.replaceChildren();
      return;
    }
    try {
      current = directiveSchedule(directive, { from: from.value, to: to.value });
      output.replaceChildren(...render(directive, current));
      ics.disabled = false;
    } catch (error) {
      if (!isDomainError(error)) throw error;
      output.replaceChildren(issueList(error.issues));
    }
  };
  const fromLines = (): void => {
    if (lines.value.trim() === '') {
      directive = undefined;
      run();
      return;
    }
    try {
      directive = directiveFromLines(lines.value, parseIsoDate(signed.value));
    } catch (error) {
      if (!isDomainError(error)) throw error;
      directive = undefined;
      output.replaceChildren(issueList(error.issues));
      return;
    }
    if (!from.value || !to.value) setWindow(directive.signed.year);
    run();
  };

  lines.addEventListener('input', fromLines);
  signed.addEventListener('change', () => {
    if (/^\d{4}/.test(signed.value)) setWindow(Number(signed.value.slice(0, 4)));
    fromLines();
  });
  from.addEventListener('change', run);
  to.addEventListener('change', run);
  file.addEventListener('change', () => {
    const chosen = file.files?.[0];
    if (!chosen) return;
    import('./load.js')
      .then(({ loadDirective }) => loadDirective(chosen))
      .then(
        (d) => {
          directive = d;
          lines.value = '';
          const { year, month, day } = d.signed as { year: number; month?: number; day?: number };
          if (month !== undefined && day !== undefined)
            signed.value = `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
          setWindow(d.signed.year);
          run();
        },
        (error: unknown) => {
          const issues = (error as { issues?: unknown }).issues;
          if (!Array.isArray(issues)) throw error;
          directive = undefined;
          output.replaceChildren(
            el('p', { class: 'error' }, [`Không đọc được ${chosen.name} / Could not read it:`]),
            issueList(issues, issues.length, () => ''),
          );
        },
      )
      .finally(() => {
        file.value = '';
      });
  });
  ics.addEventListener('click', () => {
    if (!directive || !current) return;
    // DTSTAMP: when the file is made, as the CLI stamps it.
    const stamp = new Date().toISOString().replace(/\.\d+Z$/, 'Z');
    const text = directiveCalendar(directive, current, stamp);
    download(new Blob([text], { type: 'text/calendar' }), `${directive.id}.ics`);
  });

  return el('section', { id: 'directive', 'aria-labelledby': 'directive-title' }, [
    el('h2', { id: 'directive-title' }, ["Lịch của văn bản chỉ đạo / A directive's schedule"]),
    el('p', {}, [
      'Dán các dòng có hạn của văn bản (mỗi việc một dòng, có thể có số thứ tự ở đầu) hoặc mở tệp JSON của văn bản (như ',
      el('code', {}, ['ntm directive schedule']),
      " đọc). / Paste the lines with deadlines (one task a line, numbered or not) or open the directive's JSON file.",
    ]),
    el('div', { class: 'wb-controls' }, [
      field('Các dòng của văn bản', 'Lines of the directive', lines),
      field('Ngày ký văn bản', 'Signed on', signed),
      field('Hoặc mở tệp JSON', 'Or open its JSON', file),
    ]),
    el('div', { class: 'wb-controls' }, [
      field('Từ ngày', 'From', from),
      field('Đến ngày', 'To', to),
      ics,
    ]),
    output,
  ]);
}
