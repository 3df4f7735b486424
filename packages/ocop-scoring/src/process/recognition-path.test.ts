import { fromDayNumber, type NtmErrorCode, toDayNumber } from '@ntm/domain/core';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { recognitionPath } from './recognition-path.js';

/**
 * The authority by period (QĐ 1048/2019, QĐ 148/2023 Phụ lục II, QĐ 1489/2025, QĐ 26/2026 Điều 4 and 7), written
 * out by hand: for each period, dates at its start, inside it
 * and at its end; who the councils are for each certifiable star level and who recognises it.
 */
const TABLE = [
  {
    period: 'QD1048_2019',
    dates: ['2019-08-21', '2020-06-15', '2023-02-23'],
    entry: 'district',
    route: {
      3: ['district', 'province'],
      4: ['district', 'province'],
      5: ['district', 'province', 'central'],
    },
    recognisedBy: { 3: 'province', 4: 'province', 5: 'central' },
  },
  {
    period: 'QD148_2023',
    dates: ['2023-02-24', '2025-06-16', '2025-06-30'],
    entry: 'district',
    route: { 3: ['district'], 4: ['district', 'province'], 5: ['district', 'province', 'central'] },
    recognisedBy: { 3: 'district', 4: 'province', 5: 'central' },
  },
  {
    period: 'QD148_1489_2025',
    dates: ['2025-07-06', '2025-12-01', '2026-05-21'],
    entry: 'commune',
    route: { 3: ['province'], 4: ['province'], 5: ['province', 'central'] },
    recognisedBy: { 3: 'province', 4: 'province', 5: 'central' },
  },
  {
    period: 'QD26_2026',
    dates: ['2026-05-22', '2027-01-15', '2030-12-31'],
    entry: 'commune',
    route: { 3: ['province'], 4: ['province'], 5: ['province', 'central'] },
    recognisedBy: { 3: 'province', 4: 'province', 5: 'central' },
  },
] as const;

describe('recognitionPath: every row of the authority table', () => {
  for (const row of TABLE) {
    for (const date of row.dates) {
      for (const stars of [3, 4, 5] as const) {
        it(`${row.period} on ${date}: ${stars}★ → ${row.route[stars].join(' → ')}, recognised by ${row.recognisedBy[stars]}`, () => {
          const p = recognitionPath(stars, date);
          expect(p.period.id).toBe(row.period);
          expect(p.status).toBe('determined');
          expect(p.certifiable).toBe(true);
          expect(p.entry).toBe(row.entry);
          expect(p.evaluatedBy).toEqual(row.route[stars]);
          expect(p.recognisedBy).toBe(row.recognisedBy[stars]);
          expect(p.route.at(-1)?.action).toBe('recognise');
          expect(p.basis.length).toBeGreaterThan(0);
        });
      }
    }
  }

  it('QĐ 1048 (the Lai Châu 2020 line): the district forwards 3–5★ products (50–100 points) to the province', () => {
    for (const stars of [3, 4, 5] as const) {
      const first = recognitionPath(stars, '2020-06-15').route[0];
      expect(first?.level).toBe('district');
      expect(first?.action).toBe('forward');
      expect(first?.forwardFrom).toBe(50);
      expect(first?.to).toBe('province');
    }
  });

  it('QĐ 148: the district recognises 3★ itself and forwards 70–100 points', () => {
    const three = recognitionPath(3, '2024-05-10');
    expect(three.route).toHaveLength(1);
    expect(three.route[0]?.action).toBe('recognise');
    const four = recognitionPath(4, '2024-05-10').route[0];
    expect(four?.forwardFrom).toBe(70);
    expect(four?.to).toBe('province');
  });

  it('QĐ 148 + 1489 and QĐ 26/2026: a commune pre-check, then ≥ 90 points go from the province to the Ministry', () => {
    for (const date of ['2025-07-06', '2026-05-22']) {
      const p = recognitionPath(5, date);
      expect(p.route.map((s) => [s.level, s.role, s.action])).toEqual([
        ['commune', 'pre-check', 'forward'],
        ['province', 'council', 'forward'],
        ['central', 'council', 'recognise'],
      ]);
      expect(p.route[1]?.forwardFrom).toBe(90);
    }
  });

  it('1★ and 2★ are evaluated by the first council and never recognised', () => {
    for (const [date, council] of [
      ['2020-06-15', 'district'],
      ['2024-05-10', 'district'],
      ['2026-06-01', 'province'],
    ] as const) {
      for (const stars of [1, 2] as const) {
        const p = recognitionPath(stars, date);
        expect(p.certifiable).toBe(false);
        expect(p.recognisedBy).toBeNull();
        expect(p.evaluatedBy).toEqual([council]);
        expect(p.route.at(-1)?.action).toBe('stop');
      }
    }
  });
});

describe('recognitionPath: 01–05/07/2025, districts ceased but QĐ 148 still in force', () => {
  for (const date of ['2025-07-01', '2025-07-03', '2025-07-05']) {
    it(`${date}: flagged, no guessed 3★ recogniser`, () => {
      const p = recognitionPath(3, date);
      expect(p.status).toBe('flagged');
      expect(p.period.id).toBe('DISTRICTS_CEASED_2025');
      expect(p.recognisedBy).toBeNull();
      expect(p.entry).toBeNull();
      expect(p.route).toEqual([]);
      expect(p.flags.map((f) => f.code)).toContain('ocop/district-gap');
      expect(p.reason.vi).toContain('01/07/2025');
      expect(p.reason.en).toContain('2025-07-01');
    });
  }

  it('1★ and 2★ on those days are flagged too, with the reason', () => {
    const p = recognitionPath(2, '2025-07-02');
    expect(p.status).toBe('flagged');
    expect(p.evaluatedBy).toEqual([]);
    expect(p.reason.en).toContain('2025-07-01');
  });

  it('keeps what both regimes agree on (4★ province, 5★ central) but still flags the day', () => {
    const four = recognitionPath(4, '2025-07-03');
    expect(four.status).toBe('flagged');
    expect(four.recognisedBy).toBe('province');
    expect(recognitionPath(5, '2025-07-03').recognisedBy).toBe('central');
  });

  it('the days either side are determined', () => {
    expect(recognitionPath(3, '2025-06-30').status).toBe('determined');
    expect(recognitionPath(3, '2025-07-06').status).toBe('determined');
  });
});

describe('recognitionPath: transitional dossiers (QĐ 26/2026 Điều 12.2)', () => {
  it('a dossier submitted before 22/05/2026 and evaluated after finishes under QĐ 148 + 1489', () => {
    const p = recognitionPath(4, '2026-06-10', { submittedOn: '2026-05-10' });
    expect(p.period.id).toBe('QD148_1489_2025');
    expect(p.rulesDate).toBe('2026-05-10');
    expect(p.flags.map((f) => f.code)).toContain('ocop/transitional-dossier');
  });

  it('a submission on 22/05/2026 is under QĐ 26/2026', () => {
    expect(recognitionPath(4, '2026-06-10', { submittedOn: '2026-05-22' }).period.id).toBe(
      'QD26_2026',
    );
  });

  it('rejects a submission after the date asked about', () => {
    expect(() =>
      recognitionPath(4, '2026-06-10', { submittedOn: '2026-06-11' }),
    ).toThrowDomainError('ocop/submitted-after-date', ['options', 'submittedOn']);
  });
});

describe('recognitionPath: bad input', () => {
  it.each<[unknown, NtmErrorCode]>([
    [0, 'input/too-small'],
    [6, 'input/too-big'],
    [3.5, 'input/not-integer'],
    [Number.NaN, 'number/not-finite'],
    ['3', 'input/wrong-type'],
    [null, 'input/wrong-type'],
  ])('stars %s → %s', (stars, code) => {
    expect(() => recognitionPath(stars as never, '2024-01-01')).toThrowDomainError(code, ['stars']);
  });

  it('objects without a prototype or with a hostile toString still get a typed error', () => {
    expect(() => recognitionPath(Object.create(null), '2024-01-01')).toThrowDomainError(
      'input/wrong-type',
      ['stars'],
    );
    const hostile = { toString: 'x', valueOf: 1 } as never;
    expect(() => recognitionPath(hostile, '2024-01-01')).toThrowDomainError('input/wrong-type', [
      'stars',
    ]);
    expect(() => recognitionPath(3, '2024-01-01', null as never)).toThrowDomainError(
      'input/wrong-type',
      ['options'],
    );
  });

  it('dates before QĐ 1048 (21/08/2019) → ocop/before-ocop', () => {
    expect(() => recognitionPath(3, '2019-08-20')).toThrowDomainError('ocop/before-ocop', ['date']);
    expect(() => recognitionPath(3, '2010-01-01')).toThrowDomainError('ocop/before-ocop', ['date']);
  });

  it('impossible dates → date/invalid', () => {
    expect(() => recognitionPath(3, '2023-02-29')).toThrowDomainError('date/invalid', ['date']);
  });
});

describe('recognitionPath: properties', () => {
  const day = fc
    .integer({ min: toDayNumber('2019-08-21'), max: toDayNumber('2029-12-31') })
    .map((n) => fromDayNumber(n));
  const stars = fc.constantFrom(1 as const, 2 as const, 3 as const, 4 as const, 5 as const);

  it('a determined certifiable result ends with its recogniser, which evaluated it', () => {
    fc.assert(
      fc.property(day, stars, (d, s) => {
        const p = recognitionPath(s, d);
        if (p.status !== 'determined' || !p.certifiable) return;
        expect(p.route.at(-1)?.level).toBe(p.recognisedBy);
        expect(p.evaluatedBy).toContain(p.recognisedBy);
      }),
    );
  });

  it('more stars never mean a shorter route', () => {
    fc.assert(
      fc.property(day, (d) => {
        const lengths = ([1, 2, 3, 4, 5] as const).map(
          (s) => recognitionPath(s, d).evaluatedBy.length,
        );
        const determined = recognitionPath(3, d).status === 'determined';
        if (determined)
          for (let i = 1; i < 5; i++)
            expect(lengths[i]).toBeGreaterThanOrEqual(lengths[i - 1] ?? 0);
      }),
    );
  });
});
