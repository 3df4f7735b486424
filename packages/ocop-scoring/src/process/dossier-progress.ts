import type { NonWorkingDayPolicy, WorkingCalendar } from '@ntm/deadlines';
import type { Bilingual, DateInput, IsoDate } from '@ntm/domain/core';
import {
  daysBetween,
  expectArray,
  expectOneOf,
  expectRecord,
  expectString,
  fail,
  INPUT_ERRORS,
  OCOP_PROCESS_ERRORS,
  parseIsoDate,
  received,
} from '@ntm/domain/core';
import { issuerLevels } from './check-input.js';
import { checkOnNonWorkingDay } from './check-on-non-working-day.js';
import { dueOf } from './dossier-due.js';
import type { OcopProcessingStep, processingDeadline } from './processing-deadline.js';
import type { OcopIssuerLevel, OcopProcessFlag } from './types.js';

/**
 * When a step is due.
 *
 * - `{ by }`: by the end of that day ("chậm nhất ngày X");
 * - `{ before }`: strictly before that day ("trước ngày 01/10/2022" → 30/09/2022);
 * - `{ withinMonth: 'YYYY-MM' }`: during that month ("trong tháng 10/2022"); it opens on the 1st, is due on the last day;
 * - `{ after, days | workingDays }`: a period counted from the day another step was done (that day not counted);
 * - `{ after, limit }`: a QĐ 26/2026 limit ({@link processingDeadline}) counted from the day another step was done.
 *
 * @remarks Thời hạn của từng bước trong biểu tiến độ.
 * @example
 * ```ts
 * const rules: DossierDueRule[] = [
 *   { before: '2022-10-01' },
 *   { withinMonth: '2022-10' },
 *   { after: 'submit', limit: 'commune-check' },
 * ];
 * ```
 */
export type DossierDueRule =
  | { readonly by: DateInput }
  | { readonly before: DateInput }
  | { readonly withinMonth: string }
  | { readonly after: string; readonly days: number }
  | { readonly after: string; readonly workingDays: number }
  | { readonly after: string; readonly limit: OcopProcessingStep };

/**
 * One step of a product's progress table.
 *
 * @example
 * ```ts
 * const step: DossierStep = {
 *   id: 'district-evaluation', title: 'Đánh giá cấp huyện', level: 'district', due: { withinMonth: '2022-10' },
 * };
 * ```
 */
export interface DossierStep {
  /** Unique id within the product, referenced by `{ after }` rules. */
  readonly id: string;
  /** What the step is, as the plan words it. */
  readonly title?: string;
  /** The level acting at this step. */
  readonly level?: OcopIssuerLevel;
  /** The step cannot start before this day ("từ tháng 6 năm 2020" → 2020-06-01). */
  readonly opens?: DateInput;
  /** When it is due; absent for a step with no deadline. */
  readonly due?: DossierDueRule;
  /** The day it was done, if it was. */
  readonly doneOn?: DateInput;
}

/**
 * A product and its planned steps, in order.
 *
 * @example
 * ```ts
 * const product: DossierProduct = { name: 'Chè Shan tuyết', steps: [{ id: 'dossier', due: { before: '2022-10-01' } }] };
 * ```
 */
export interface DossierProduct {
  /** Product name, for reports. */
  readonly name?: string;
  /** The steps in the order they happen. */
  readonly steps: readonly DossierStep[];
}

/**
 * Options of {@link dossierProgress}.
 *
 * @example
 * ```ts
 * const options: DossierProgressOptions = { onNonWorkingDay: 'keep' };
 * ```
 */
export interface DossierProgressOptions {
  /** The working-day calendar; the national one by default. */
  readonly calendar?: WorkingCalendar;
  /**
   * When a `by` / `before` / `withinMonth` / `days` due day is a day off: `'next'` working day (default, Civil
   * Code Art. 148(5) applied by analogy to fixed dates), `'previous'`, or `'keep'`.
   */
  readonly onNonWorkingDay?: NonWorkingDayPolicy;
}

/**
 * Where a step stands on the `asOf` day.
 *
 * @remarks `done` đã xong đúng hạn; `done-late` xong nhưng quá hạn; `not-open` chưa đến ngày bắt đầu; `due` đang
 * trong hạn; `late` quá hạn chưa xong; `waiting` chờ bước trước (hạn tính từ bước chưa xong).
 * @example
 * ```ts
 * const s: DossierStepStatus = 'late';
 * ```
 */
export type DossierStepStatus = 'done' | 'done-late' | 'not-open' | 'due' | 'late' | 'waiting';

/**
 * One step's standing.
 *
 * @example
 * ```ts
 * const row: DossierStepProgress = dossierProgress(product, '2022-10-15').steps[0]!;
 * ```
 */
export interface DossierStepProgress {
  /** Step id. */
  readonly id: string;
  /** Step title, if given. */
  readonly title?: string;
  /** Acting level, if given. */
  readonly level?: OcopIssuerLevel;
  /** First day the step may happen, if any. */
  readonly opens?: IsoDate;
  /** Last day (end of day) to do it; `null` with no deadline or while it waits on an unfinished step. */
  readonly due: IsoDate | null;
  /** Day it was done. */
  readonly doneOn?: IsoDate;
  /** Its standing on `asOf`. */
  readonly status: DossierStepStatus;
  /** Calendar days from `asOf` to `due` (negative when late); absent without a due day or once done. */
  readonly daysLeft?: number;
  /** Days off met, interpretations. */
  readonly flags: readonly OcopProcessFlag[];
  /** The standing in words. */
  readonly reason: Bilingual;
}

/**
 * A product's progress on `asOf`.
 *
 * @example
 * ```ts
 * const p: DossierProgressResult = dossierProgress(product, '2022-10-15');
 * p.next; // 'district-evaluation'
 * ```
 */
export interface DossierProgressResult {
  /** Product name, if given. */
  readonly name?: string;
  /** The day assessed. */
  readonly asOf: IsoDate;
  /** Each step, in order. */
  readonly steps: readonly DossierStepProgress[];
  /** Id of the first step not done; `null` when all are done. */
  readonly next: string | null;
  /** Ids of the steps that are late on `asOf` (not done and past due). */
  readonly late: readonly string[];
  /** True when every step is done. */
  readonly complete: boolean;
}

/**
 * The progress table of one product ("biểu tiến độ thực hiện đối với từng sản phẩm"): each step's due day, whether
 * it is done, due or late on `asOf`, and the next step. Due days are fixed (`by`, `before`, `withinMonth`) or counted
 * from the day an earlier step was done (`days`, `workingDays`, or a QĐ 26/2026 `limit`).
 *
 * @remarks Biểu tiến độ hồ sơ OCOP. Works for the seed plans: Lai Châu 2020 (district and province dossiers from
 * June 2020) and Tuần Giáo 2022 (dossiers complete before 01/10/2022, district evaluation within 10/2022). Throws
 * `input/*` for a malformed plan, `ocop/duplicate-step`, `ocop/unknown-step-ref`, `ocop/invalid-due`,
 * `ocop/opens-after-due`, `ocop/done-after-as-of`.
 * @example
 * ```ts
 * const plan: DossierProduct = {
 *   name: 'Tuần Giáo 2022',
 *   steps: [
 *     { id: 'dossier', title: 'Hoàn thiện hồ sơ', level: 'commune', due: { before: '2022-10-01' }, doneOn: '2022-09-28' },
 *     { id: 'district-evaluation', title: 'Đánh giá cấp huyện', level: 'district', due: { withinMonth: '2022-10' } },
 *   ],
 * };
 * const p = dossierProgress(plan, '2022-10-15');
 * p.steps[1]?.due;    // '2022-10-31'
 * p.steps[1]?.status; // 'due'
 * p.next;             // 'district-evaluation'
 * ```
 */
export function dossierProgress(
  product: DossierProduct,
  asOf: DateInput,
  options: DossierProgressOptions = {},
): DossierProgressResult {
  expectRecord(product, ['product']);
  if (expectArray(product.steps, ['product', 'steps']).length === 0)
    fail(INPUT_ERRORS['input/empty'], ['product', 'steps']);
  const day = parseIsoDate(asOf, ['asOf']);
  expectRecord(options, ['options']);
  const onNonWorkingDay = checkOnNonWorkingDay(options.onNonWorkingDay);
  const { calendar } = options;
  // Null-prototype map: step ids come from input and may be "__proto__".
  const doneById: Record<string, IsoDate | null> = Object.create(null);
  const rows: DossierStepProgress[] = [];

  product.steps.forEach((step, i) => {
    const path = ['product', 'steps', i];
    expectRecord(step, path);
    expectString(step.id, [...path, 'id']);
    if (step.id in doneById)
      fail(OCOP_PROCESS_ERRORS['ocop/duplicate-step'], [...path, 'id'], {
        step: received(step.id),
      });
    const doneOn =
      step.doneOn === undefined ? null : parseIsoDate(step.doneOn, [...path, 'doneOn']);
    if (doneOn !== null && doneOn > day)
      fail(OCOP_PROCESS_ERRORS['ocop/done-after-as-of'], [...path, 'doneOn'], {
        step: received(step.id),
        doneOn,
        asOf: day,
      });
    const flags: OcopProcessFlag[] = [];
    const due =
      step.due === undefined
        ? { day: null, opens: null }
        : dueOf(step.due, [...path, 'due'], doneById, onNonWorkingDay, calendar, flags);
    const opensInput =
      step.opens === undefined ? due.opens : parseIsoDate(step.opens, [...path, 'opens']);
    if (step.level !== undefined) expectOneOf(step.level, issuerLevels(), [...path, 'level']);
    if (opensInput !== null && due.day !== null && opensInput > due.day)
      fail(OCOP_PROCESS_ERRORS['ocop/opens-after-due'], [...path, 'opens'], {
        step: received(step.id),
        opens: opensInput,
        due: due.day,
      });
    doneById[step.id] = doneOn;
    rows.push(standing(step, day, doneOn, opensInput, due.day, due.waiting === true, flags));
  });

  const next = rows.find((r) => r.doneOn === undefined)?.id ?? null;
  return {
    ...(typeof product.name === 'string' ? { name: product.name } : {}),
    asOf: day,
    steps: rows,
    next,
    late: rows.filter((r) => r.status === 'late').map((r) => r.id),
    complete: next === null,
  };
}

function standing(
  step: DossierStep,
  asOf: IsoDate,
  doneOn: IsoDate | null,
  opens: IsoDate | null,
  due: IsoDate | null,
  waiting: boolean,
  flags: readonly OcopProcessFlag[],
): DossierStepProgress {
  const base = {
    id: step.id,
    ...(typeof step.title === 'string' ? { title: step.title } : {}),
    ...(step.level === undefined ? {} : { level: step.level }),
    ...(opens === null ? {} : { opens }),
    due,
    flags,
  };
  if (doneOn !== null) {
    const late = due !== null && doneOn > due;
    return {
      ...base,
      doneOn,
      status: late ? 'done-late' : 'done',
      reason: late
        ? {
            vi: `Xong ngày ${doneOn}, quá hạn ${due}`,
            en: `Done on ${doneOn}, after the due day ${due}`,
          }
        : { vi: `Đã xong ngày ${doneOn}`, en: `Done on ${doneOn}` },
    };
  }
  if (waiting)
    return {
      ...base,
      status: 'waiting',
      reason: {
        vi: 'Chờ bước trước hoàn thành (hạn tính từ bước đó)',
        en: 'Waiting for the earlier step its deadline counts from',
      },
    };
  const daysLeft = due === null ? undefined : daysBetween(asOf, due);
  const left = daysLeft === undefined ? {} : { daysLeft };
  if (due !== null && asOf > due)
    return {
      ...base,
      ...left,
      status: 'late',
      reason: { vi: `Quá hạn ${due}, chưa xong`, en: `Past the due day ${due}, not done` },
    };
  if (opens !== null && asOf < opens)
    return {
      ...base,
      ...left,
      status: 'not-open',
      reason: { vi: `Bắt đầu từ ngày ${opens}`, en: `Opens on ${opens}` },
    };
  return {
    ...base,
    ...left,
    status: 'due',
    reason:
      due === null
        ? { vi: 'Đang thực hiện, không có hạn', en: 'Under way, no deadline' }
        : { vi: `Hạn ${due}, còn ${daysLeft} ngày`, en: `Due ${due}, ${daysLeft} days left` },
  };
}
