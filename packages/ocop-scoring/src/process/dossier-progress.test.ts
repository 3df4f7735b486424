import { describe, expect, it } from 'vitest';
import { type DossierProduct, dossierProgress } from './dossier-progress.js';
import { recognitionPath } from './recognition-path.js';

/**
 * Lai Châu, công văn tháng 5/2020: "Xây dựng biểu tiến độ thực hiện đối với từng sản phẩm cụ thể, đảm bảo từ tháng 6
 * năm 2020, cấp huyện, cấp tỉnh có hồ sơ đề xuất, công nhận sản phẩm OCOP"; districts "chuyển hồ sơ các sản phẩm từ 3
 * đến 5 sao lên UBND cấp tỉnh".
 */
const laiChau = (done: {
  district?: string;
  forward?: string;
  province?: string;
}): DossierProduct => ({
  name: 'Lai Châu 2020 — sản phẩm dự kiến 3 sao',
  steps: [
    {
      id: 'district-evaluation',
      title: 'Hội đồng cấp huyện đánh giá, đề xuất',
      level: 'district',
      opens: '2020-06-01',
      ...(done.district ? { doneOn: done.district } : {}),
    },
    {
      id: 'forward-to-province',
      title: 'Chuyển hồ sơ sản phẩm 3–5 sao lên UBND tỉnh',
      level: 'district',
      due: { after: 'district-evaluation', workingDays: 10 },
      ...(done.forward ? { doneOn: done.forward } : {}),
    },
    {
      id: 'province-recognition',
      title: 'Hội đồng cấp tỉnh đánh giá, UBND tỉnh công nhận',
      level: 'province',
      ...(done.province ? { doneOn: done.province } : {}),
    },
  ],
});

/**
 * Tuần Giáo, công văn 26/7/2022: dossiers "thời gian hoàn thiện trước ngày 01/10/2022"; "hoàn thiện thủ tục tham gia
 * đánh giá sản phẩm cấp huyện trong tháng 10/2022".
 */
const tuanGiao = (done: { dossier?: string; evaluation?: string }): DossierProduct => ({
  name: 'Tuần Giáo 2022 — Phình Sáng',
  steps: [
    {
      id: 'dossier',
      title: 'Hoàn thiện hồ sơ tham gia OCOP',
      level: 'commune',
      due: { before: '2022-10-01' },
      ...(done.dossier ? { doneOn: done.dossier } : {}),
    },
    {
      id: 'district-evaluation',
      title: 'Đánh giá sản phẩm cấp huyện',
      level: 'district',
      due: { withinMonth: '2022-10' },
      ...(done.evaluation ? { doneOn: done.evaluation } : {}),
    },
  ],
});

describe('dossierProgress: Lai Châu 2020 (a province plan from June 2020)', () => {
  it('the route matches the plan: under QĐ 1048 the district forwards 3–5★ dossiers, the province recognises', () => {
    const path = recognitionPath(3, '2020-06-15');
    expect(path.evaluatedBy).toEqual(['district', 'province']);
    expect(path.recognisedBy).toBe('province');
  });

  it('in May 2020 the district step has not opened yet', () => {
    const p = dossierProgress(laiChau({}), '2020-05-20');
    expect(p.steps).toMatchObject([
      { status: 'not-open', opens: '2020-06-01' },
      { status: 'waiting' },
      {},
    ]);
    expect(p.next).toBe('district-evaluation');
  });

  it('from 1 June 2020 the district step is under way; forwarding is due 10 working days after it', () => {
    expect(dossierProgress(laiChau({}), '2020-06-01').steps[0]?.status).toBe('due');
    // District evaluation done Friday 2020-06-12: 10 working days → Friday 2020-06-26.
    const p = dossierProgress(laiChau({ district: '2020-06-12' }), '2020-06-20');
    expect(p.steps).toMatchObject([
      { status: 'done' },
      { due: '2020-06-26', status: 'due', daysLeft: 6 },
      {},
    ]);
    expect(p.next).toBe('forward-to-province');
  });

  it('forwarding after the due day is late, then done late', () => {
    const late = dossierProgress(laiChau({ district: '2020-06-12' }), '2020-06-29');
    expect(late.steps[1]?.status).toBe('late');
    expect(late.late).toEqual(['forward-to-province']);
    const doneLate = dossierProgress(
      laiChau({ district: '2020-06-12', forward: '2020-06-30' }),
      '2020-07-01',
    );
    expect(doneLate.steps[1]?.status).toBe('done-late');
  });

  it('all done → complete, no next step', () => {
    const p = dossierProgress(
      laiChau({ district: '2020-06-12', forward: '2020-06-20', province: '2020-08-15' }),
      '2020-09-01',
    );
    expect(p.complete).toBe(true);
    expect(p.next).toBeNull();
  });
});

describe('dossierProgress: Tuần Giáo 2022 (dossiers before 01/10/2022, district evaluation within 10/2022)', () => {
  it('"trước ngày 01/10/2022" → due 30/09/2022; "trong tháng 10/2022" → 01/10 to 31/10/2022', () => {
    expect(dossierProgress(tuanGiao({}), '2022-08-01').steps).toMatchObject([
      { due: '2022-09-30', status: 'due' },
      { opens: '2022-10-01', due: '2022-10-31', status: 'not-open' },
    ]);
  });

  it('dossier done on 28/09, mid-October: the evaluation is due and next', () => {
    const p = dossierProgress(tuanGiao({ dossier: '2022-09-28' }), '2022-10-15');
    expect(p.steps).toMatchObject([{ status: 'done' }, { status: 'due', daysLeft: 16 }]);
    expect(p.next).toBe('district-evaluation');
  });

  it('a dossier finished on 03/10 is done late; no evaluation by 01/11 is late', () => {
    const p = dossierProgress(tuanGiao({ dossier: '2022-10-03' }), '2022-11-01');
    expect(p.steps).toMatchObject([{ status: 'done-late' }, { status: 'late', daysLeft: -1 }]);
    expect(p.late).toEqual(['district-evaluation']);
  });
});

describe('dossierProgress: deadlines on days off and QĐ 26/2026 limits', () => {
  it('a fixed due day on a Sunday moves to Monday by default, or stays with keep', () => {
    // 2022-10-02 is a Sunday.
    const product: DossierProduct = { steps: [{ id: 'a', due: { by: '2022-10-02' } }] };
    const moved = dossierProgress(product, '2022-09-01');
    expect(moved.steps[0]?.due).toBe('2022-10-03');
    expect(moved.steps[0]?.flags.map((f) => f.code)).toContain('ocop/due-on-day-off');
    expect(dossierProgress(product, '2022-09-01', { onNonWorkingDay: 'keep' }).steps[0]?.due).toBe(
      '2022-10-02',
    );
  });

  it('a fixed due day on National Day 2022 (off 01–04/09) moves to Monday 05/09/2022', () => {
    const product: DossierProduct = { steps: [{ id: 'a', due: { by: '2022-09-02' } }] };
    expect(dossierProgress(product, '2022-08-01').steps[0]?.due).toBe('2022-09-05');
  });

  it('a month window ending on a Saturday (September 2023) ends on the next working day by default', () => {
    const product: DossierProduct = { steps: [{ id: 'a', due: { withinMonth: '2023-09' } }] };
    // 2023-09-30 is a Saturday → Monday 2023-10-02.
    expect(dossierProgress(product, '2023-09-01').steps[0]?.due).toBe('2023-10-02');
  });

  it('chains the QĐ 26/2026 commune check and province round', () => {
    const product: DossierProduct = {
      steps: [
        { id: 'submit', level: 'commune', doneOn: '2026-06-01' },
        {
          id: 'commune-check',
          level: 'commune',
          due: { after: 'submit', limit: 'commune-check' },
          doneOn: '2026-06-15',
        },
        {
          id: 'province-council',
          level: 'province',
          due: { after: 'commune-check', limit: 'province-round' },
        },
        { id: 'recognition', level: 'province', due: { after: 'province-council', days: 30 } },
      ],
    };
    const p = dossierProgress(product, '2026-07-01');
    expect(p.steps[1]?.due).toBe('2026-06-22');
    expect(p.steps[1]?.status).toBe('done');
    expect(p.steps[2]?.due).toBe('2026-12-29');
    expect(p.steps[3]?.status).toBe('waiting');
    expect(p.next).toBe('province-council');
  });

  it('bad input', () => {
    const steps = ['product', 'steps'];
    expect(() => dossierProgress({ steps: [] }, '2022-01-01')).toThrowDomainError(
      'input/empty',
      steps,
    );
    expect(() => dossierProgress({ steps: [{ id: ' ' }] }, '2022-01-01')).toThrowDomainError(
      'input/empty',
      [...steps, 0, 'id'],
    );
    expect(() =>
      dossierProgress({ steps: [{ id: 'a' }, { id: 'a' }] }, '2022-01-01'),
    ).toThrowDomainError('ocop/duplicate-step', [...steps, 1, 'id']);
    expect(() =>
      dossierProgress({ steps: [{ id: 'a', due: { after: 'b', days: 3 } }] }, '2022-01-01'),
    ).toThrowDomainError('ocop/unknown-step-ref', [...steps, 0, 'due', 'after']);
    expect(() =>
      dossierProgress(
        { steps: [{ id: 'x' }, { id: 'a', due: { after: '__proto__', days: 3 } }] },
        '2022-01-01',
      ),
    ).toThrowDomainError('ocop/unknown-step-ref', [...steps, 1, 'due', 'after']);
    expect(() =>
      dossierProgress({ steps: [{ id: 'a', due: { withinMonth: '2022-13' } }] }, '2022-01-01'),
    ).toThrowDomainError('input/invalid-format', [...steps, 0, 'due', 'withinMonth']);
    expect(() =>
      dossierProgress({ steps: [{ id: 'a', doneOn: '2022-02-01' }] }, '2022-01-01'),
    ).toThrowDomainError('ocop/done-after-as-of', [...steps, 0, 'doneOn']);
    expect(() =>
      dossierProgress(
        {
          steps: [
            { id: 'a', doneOn: '2022-01-01' },
            { id: 'b', due: { after: 'a', days: 1e9 } },
          ],
        },
        '2022-01-02',
      ),
    ).toThrowDomainError('input/too-big', [...steps, 1, 'due', 'days']);
    expect(() =>
      dossierProgress({ steps: [{ id: 'a', level: 'ward' as never }] }, '2022-01-01'),
    ).toThrowDomainError('input/not-allowed', [...steps, 0, 'level']);
    expect(() =>
      dossierProgress(
        { steps: [{ id: 'a', opens: '2022-11-01', due: { withinMonth: '2022-10' } }] },
        '2022-01-01',
      ),
    ).toThrowDomainError('ocop/opens-after-due', [...steps, 0, 'opens']);
    expect(() =>
      dossierProgress({ steps: [{ id: 'a', due: {} as never }] }, '2022-01-01'),
    ).toThrowDomainError('ocop/invalid-due', [...steps, 0, 'due']);
  });

  it('accepts "__proto__" as a step id without touching prototypes', () => {
    const p = dossierProgress(
      {
        steps: [
          { id: '__proto__', doneOn: '2022-01-01' },
          { id: 'b', due: { after: '__proto__', days: 5 } },
        ],
      },
      '2022-01-02',
    );
    expect(p.steps[1]?.due).toBe('2022-01-06');
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});
