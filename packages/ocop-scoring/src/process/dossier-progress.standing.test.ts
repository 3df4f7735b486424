// Whole results of dossierProgress: every standing with its exact reason, the optional fields present only when
// given, the flags of days off, the boundaries (done on the due day, due today, opens on the due day) and the path
// of every input error.
import { describe, expect, it } from 'vitest';
import { issuesOf } from '../../../../test/support/issues-of.js';
import { flag } from '../../test/process-flags.js';
import { type DossierProduct, dossierProgress } from './dossier-progress.js';

const steps = ['product', 'steps'];
const kept = (day: string) =>
  flag(
    'ocop/due-on-day-off',
    `Hạn ${day} là ngày nghỉ (giữ nguyên)`,
    `The due day ${day} is a day off (kept)`,
  );

describe('dossierProgress: each standing, whole', () => {
  it('done, done late, late, not open, due and waiting, with their reasons', () => {
    // 2022-10-02 is a Sunday; 2022-10-03 a Monday.
    const product: DossierProduct = {
      name: 'Chè Shan tuyết',
      steps: [
        {
          id: 'a',
          title: 'Hồ sơ',
          level: 'commune',
          due: { by: '2022-10-03' },
          doneOn: '2022-10-03',
        },
        { id: 'b', due: { before: '2022-10-04' }, doneOn: '2022-10-04' },
        { id: 'c', due: { by: '2022-10-03' } },
        { id: 'd', opens: '2022-10-05', due: { by: '2022-10-07' } },
        { id: 'e', due: { by: '2022-10-04' } },
        { id: 'f' },
        { id: 'g', due: { after: 'f', days: 3 } },
      ],
    };
    expect(dossierProgress(product, '2022-10-04')).toStrictEqual({
      name: 'Chè Shan tuyết',
      asOf: '2022-10-04',
      steps: [
        {
          id: 'a',
          title: 'Hồ sơ',
          level: 'commune',
          due: '2022-10-03',
          flags: [],
          doneOn: '2022-10-03',
          status: 'done',
          reason: { vi: 'Đã xong ngày 2022-10-03', en: 'Done on 2022-10-03' },
        },
        {
          id: 'b',
          due: '2022-10-03',
          flags: [],
          doneOn: '2022-10-04',
          status: 'done-late',
          reason: {
            vi: 'Xong ngày 2022-10-04, quá hạn 2022-10-03',
            en: 'Done on 2022-10-04, after the due day 2022-10-03',
          },
        },
        {
          id: 'c',
          due: '2022-10-03',
          flags: [],
          daysLeft: -1,
          status: 'late',
          reason: {
            vi: 'Quá hạn 2022-10-03, chưa xong',
            en: 'Past the due day 2022-10-03, not done',
          },
        },
        {
          id: 'd',
          opens: '2022-10-05',
          due: '2022-10-07',
          flags: [],
          daysLeft: 3,
          status: 'not-open',
          reason: { vi: 'Bắt đầu từ ngày 2022-10-05', en: 'Opens on 2022-10-05' },
        },
        {
          id: 'e',
          due: '2022-10-04',
          flags: [],
          daysLeft: 0,
          status: 'due',
          reason: { vi: 'Hạn 2022-10-04, còn 0 ngày', en: 'Due 2022-10-04, 0 days left' },
        },
        {
          id: 'f',
          due: null,
          flags: [],
          status: 'due',
          reason: { vi: 'Đang thực hiện, không có hạn', en: 'Under way, no deadline' },
        },
        {
          id: 'g',
          due: null,
          flags: [],
          status: 'waiting',
          reason: {
            vi: 'Chờ bước trước hoàn thành (hạn tính từ bước đó)',
            en: 'Waiting for the earlier step its deadline counts from',
          },
        },
      ],
      next: 'c',
      late: ['c'],
      complete: false,
    });
  });

  it('no name, no title, no level: the fields are absent, not undefined', () => {
    const p = dossierProgress({ steps: [{ id: 'a', doneOn: '2022-01-03' }] }, '2022-01-03');
    expect(p).toStrictEqual({
      asOf: '2022-01-03',
      steps: [
        {
          id: 'a',
          due: null,
          flags: [],
          doneOn: '2022-01-03',
          status: 'done',
          reason: { vi: 'Đã xong ngày 2022-01-03', en: 'Done on 2022-01-03' },
        },
      ],
      next: null,
      late: [],
      complete: true,
    });
  });

  it('a title that is not a string is left out of the row', () => {
    const p = dossierProgress({ steps: [{ id: 'a', title: 7 as never }] }, '2022-01-03');
    expect(Object.keys(p.steps[0] ?? {})).toEqual(['id', 'due', 'flags', 'status', 'reason']);
  });

  it('a step may be done on the asOf day, and may open on its due day', () => {
    const p = dossierProgress(
      {
        steps: [
          { id: 'a', doneOn: '2022-10-04' },
          { id: 'b', opens: '2022-10-07', due: { by: '2022-10-07' } },
        ],
      },
      '2022-10-04',
    );
    expect(p.steps.map((s) => s.status)).toEqual(['done', 'not-open']);
    expect(p.steps[1]?.opens).toBe('2022-10-07');
  });
});

describe('dossierProgress: days off met by a due day', () => {
  it('a fixed due day on a Sunday: moved to Monday, or kept, and said so', () => {
    const product: DossierProduct = { steps: [{ id: 'a', due: { by: '2022-10-02' } }] };
    expect(dossierProgress(product, '2022-09-01').steps[0]?.flags).toEqual([
      flag(
        'ocop/due-on-day-off',
        'Hạn 2022-10-02 là ngày nghỉ: chuyển sang 2022-10-03',
        'The due day 2022-10-02 is a day off: moved to 2022-10-03',
      ),
    ]);
    expect(
      dossierProgress(product, '2022-09-01', { onNonWorkingDay: 'keep' }).steps[0]?.flags,
    ).toEqual([kept('2022-10-02')]);
    expect(
      dossierProgress(product, '2022-09-01', { onNonWorkingDay: 'previous' }).steps[0]?.due,
    ).toBe('2022-09-30');
  });

  it('a period of days ending on a Sunday moves to Monday with a flag; ending on a working day, no flag', () => {
    // Done Friday 2022-09-23: 9 days → Sunday 2022-10-02 → Monday 2022-10-03; 10 days → Monday, no flag.
    const p = dossierProgress(
      {
        steps: [
          { id: 'a', doneOn: '2022-09-23' },
          { id: 'b', due: { after: 'a', days: 9 } },
          { id: 'c', due: { after: 'a', days: 10 } },
        ],
      },
      '2022-09-24',
    );
    expect(p.steps[1]?.due).toBe('2022-10-03');
    expect(p.steps[1]?.opens).toBe('2022-09-23');
    expect(p.steps[1]?.flags.map((f) => f.code)).toEqual(['ocop/due-on-day-off']);
    expect(p.steps[1]?.flags[0]?.message.en).toContain('2022-10-02');
    expect(p.steps[2]?.due).toBe('2022-10-03');
    expect(p.steps[2]?.flags).toEqual([]);
    const keep = dossierProgress(
      {
        steps: [
          { id: 'a', doneOn: '2022-09-23' },
          { id: 'b', due: { after: 'a', days: 9 } },
        ],
      },
      '2022-09-24',
      { onNonWorkingDay: 'keep' },
    );
    expect(keep.steps[1]?.due).toBe('2022-10-02');
    expect(keep.steps[1]?.flags).toEqual([]);
  });
});

describe('dossierProgress: where each input error points', () => {
  it('the product, its steps, asOf and options', () => {
    expect(() => dossierProgress(null as never, '2022-01-01')).toThrowDomainError(
      'input/wrong-type',
      ['product'],
    );
    expect(() => dossierProgress({ steps: 'a' } as never, '2022-01-01')).toThrowDomainError(
      'input/wrong-type',
      steps,
    );
    expect(() => dossierProgress({ steps: [{ id: 'a' }] }, '2022-02-30')).toThrowDomainError(
      'date/invalid',
      ['asOf'],
    );
    expect(() =>
      dossierProgress({ steps: [{ id: 'a' }] }, '2022-01-01', null as never),
    ).toThrowDomainError('input/wrong-type', ['options']);
  });

  it('the dates of a step and of its due rule', () => {
    const one = (step: object) => () =>
      dossierProgress({ steps: [step as DossierProduct['steps'][number]] }, '2022-01-01');
    expect(one({ id: 'a', doneOn: '2021-02-30' })).toThrowDomainError('date/invalid', [
      ...steps,
      0,
      'doneOn',
    ]);
    expect(one({ id: 'a', opens: '2021-02-30' })).toThrowDomainError('date/invalid', [
      ...steps,
      0,
      'opens',
    ]);
    expect(one({ id: 'a', due: { by: '2021-02-30' } })).toThrowDomainError('date/invalid', [
      ...steps,
      0,
      'due',
      'by',
    ]);
    expect(one({ id: 'a', due: { before: '2021-02-30' } })).toThrowDomainError('date/invalid', [
      ...steps,
      0,
      'due',
      'before',
    ]);
  });

  it('a month that is not a YYYY-MM string, even one that prints as one', () => {
    const within = (withinMonth: unknown) =>
      issuesOf(() =>
        dossierProgress({ steps: [{ id: 'a', due: { withinMonth } as never }] }, '2022-01-01'),
      );
    expect(within(['2022-10'])[0]).toMatchObject({
      code: 'input/invalid-format',
      path: [...steps, 0, 'due', 'withinMonth'],
      params: { format: 'YYYY-MM' },
    });
    expect(within('October')[0]?.params).toMatchObject({ format: 'YYYY-MM' });
  });

  it('an `after` that is not a string, even one naming an existing id', () => {
    expect(() =>
      dossierProgress(
        {
          steps: [
            { id: '5', doneOn: '2022-01-01' },
            { id: 'b', due: { after: 5, days: 1 } as never },
          ],
        },
        '2022-01-02',
      ),
    ).toThrowDomainError('ocop/unknown-step-ref', [...steps, 1, 'due', 'after']);
  });
});
