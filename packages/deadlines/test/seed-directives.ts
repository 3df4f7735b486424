// The two seed directives of examples/directives, parsed: Lai Châu 2020 (dated only "tháng 5 năm 2020", task 1.3
// monthly) and Tuần Giáo 2022 (task 3.2 due "trước ngày 05/08/2022").
import { type Directive, parseDirective, type TaskDeadline } from '@ntm/domain';
import { readExample } from '../../../test/support/examples.js';

export const laiChau = parseDirective(readExample('directives/lai-chau-2020.json'));
export const tuanGiao = parseDirective(readExample('directives/tuan-giao-2022.json'));

/** Lai Châu 2020, task 1.3 ("Ngày 30 hàng tháng" from June): the due days, 30/08 (a Sunday) moved to Monday 31/08. */
export const LAI_CHAU_MONTHLY_REPORTS_DUE: readonly string[] = [
  '2020-06-30',
  '2020-07-30',
  '2020-08-31',
  '2020-09-30',
  '2020-10-30',
  '2020-11-30',
  '2020-12-30',
];

/** A copy of a directive with one task's deadline replaced. */
export const withDeadline = (
  directive: Directive,
  taskId: string,
  deadline: TaskDeadline,
): Directive => ({
  ...directive,
  tasks: directive.tasks.map((t) => (t.id === taskId ? { ...t, deadline } : t)),
});
