// Reading one task out of directiveStatus, for the status tests.
import {
  type DirectiveStatus,
  directiveStatus,
  type TaskStatus,
} from '../src/directives/directive-status.js';
import { laiChau } from './seed-directives.js';

/** The status of one task in a directive's status. */
export const taskOf = (status: DirectiveStatus, taskId: string): TaskStatus | undefined =>
  status.tasks.find((t) => t.taskId === taskId);

/** Lai Châu 2020, task 1.3 (the monthly reports) on `asOf`, given the days its reports were sent. */
export const laiChauMonthlyReports = (sentOn: readonly string[], asOf: string) =>
  taskOf(
    directiveStatus(
      laiChau,
      sentOn.map((on) => ({ taskId: '1.3', on })),
      asOf,
    ),
    '1.3',
  );
