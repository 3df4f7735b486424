import type { IssuePath, NtmErrorCode, NtmFactValue } from '@ntm/domain/core';
import { describe, expect, it } from 'vitest';
import { XA_2016_2020 } from '../data/sets/xa-2016-2020.js';
import { XA_2021_2025 } from '../data/sets/xa-2021-2025.js';
import { XA_2026_2030 } from '../data/sets/xa-2026-2030.js';
import { evaluateCommune } from './evaluate-commune.js';

const TDMNPB = { year: 2022, region: 'TDMNPB' } as const;

const indicatorOf = (e: ReturnType<typeof evaluateCommune>, code: string) =>
  e.criteria.flatMap((c) => c.indicators).find((i) => i.code === code);

describe('evaluateCommune', () => {
  it('golden: 15.3 stunting is a maximum per region (QĐ 318, TDMNPB 24 %, DBSH 16.5 %)', () => {
    const facts = { setId: 'XA_2021_2025', values: { '15.3': 20 } };
    expect(indicatorOf(evaluateCommune(XA_2021_2025, facts, TDMNPB), '15.3')).toMatchObject({
      status: 'met',
      cell: 'TDMNPB',
      direction: '<=',
      threshold: { value: 24, status: 'reported', sources: ['S5'] },
    });
    const dbsh = evaluateCommune(XA_2021_2025, facts, { year: 2022, region: 'DBSH' });
    expect(indicatorOf(dbsh, '15.3')).toMatchObject({ status: 'not-met', gap: 3.5 });
    expect(dbsh.gaps).toEqual([
      {
        criterion: '15',
        indicator: '15.3',
        value: 20,
        needed: 16.5,
        direction: '<=',
        difference: 3.5,
        unit: '%',
      },
    ]);
  });

  it('golden: QĐ 1980 income 2020 by region (TDMNPB 36, DNB 59 million)', () => {
    const facts = { values: { '10': 40 } };
    expect(
      indicatorOf(evaluateCommune(XA_2016_2020, facts, { year: 2020, region: 'TDMNPB' }), '10')
        ?.status,
    ).toBe('met');
    expect(
      indicatorOf(evaluateCommune(XA_2016_2020, facts, { year: 2020, region: 'DNB' }), '10'),
    ).toMatchObject({
      status: 'not-met',
      gap: 19,
    });
  });

  it('reports a missing threshold as cannot-evaluate naming the annex, never a guess', () => {
    const e = evaluateCommune(XA_2021_2025, { values: { '10': 60, '11': 1 } }, TDMNPB);
    expect(indicatorOf(e, '10')).toMatchObject({ status: 'cannot-evaluate', value: 60 });
    expect(e.missingThresholds).toContainEqual({
      indicator: '10',
      cell: '2022:TDMNPB',
      annex: 'QĐ 318/QĐ-TTg Phụ lục I',
    });
    expect(e.missingThresholds).toContainEqual({
      indicator: '11',
      cell: 'TDMNPB',
      annex: 'QĐ 318/QĐ-TTg Phụ lục I',
    });
    expect(e.criteria[9]?.status).toBe('cannot-evaluate');
  });

  it('counts criteria ("đạt x/19") and keeps the national outcome all-or-nothing', () => {
    const values: Record<string, NtmFactValue> = {};
    for (const c of XA_2021_2025.criteria) {
      for (const i of c.indicators) if (i.type === 'boolean') values[i.code] = true;
    }
    values['9.1'] = 0;
    const e = evaluateCommune(XA_2021_2025, { values }, TDMNPB);
    // Criteria whose indicators are all yes/no: 1, 4? (no: 4.2 is a percent) … counted from the data.
    const allJudgement = XA_2021_2025.criteria.filter((c) =>
      c.indicators.every((i) => i.type === 'boolean' || i.type === 'absence'),
    ).length;
    expect(e.criteriaMet).toBe(allJudgement);
    expect(e.label.vi).toBe(`đạt ${allJudgement}/19 tiêu chí`);
    expect(e.outcome).toBe('cannot-evaluate');
    const failed = evaluateCommune(XA_2021_2025, { values: { ...values, '7': false } }, TDMNPB);
    expect(failed.outcome).toBe('not-met');
    expect(failed.criteriaMet).toBe(allJudgement - 1);
    expect(failed.gaps).toContainEqual({
      criterion: '7',
      indicator: '7',
      value: false,
      needed: true,
    });
  });

  it('puts qualifying communes on the TDMNPB column (QĐ 318 Điều 1; 2024 amendment from data year 2024)', () => {
    const facts = { values: { '15.3': 20 } };
    const dbkk = evaluateCommune(XA_2021_2025, facts, {
      year: 2022,
      region: 'DBSH',
      flags: { dbkk: true, poorDistrict2018_2020: true },
    });
    expect(dbkk.thresholds).toMatchObject({ key: 'TDMNPB', rule: 'qd318-dieu-1' });
    expect(indicatorOf(dbkk, '15.3')?.status).toBe('met');
    const kv3in2023 = evaluateCommune(XA_2021_2025, facts, {
      year: 2023,
      region: 'DBSH',
      flags: { khuVucIII: true },
    });
    expect(kv3in2023.thresholds.key).toBe('DBSH');
    const kv3in2024 = evaluateCommune(XA_2021_2025, facts, {
      year: 2024,
      region: 'DBSH',
      flags: { khuVucIII: true },
    });
    expect(kv3in2024.thresholds).toMatchObject({ key: 'TDMNPB', rule: 'sua-doi-01-03-2024' });
  });

  it('handles "nếu có" indicators as not applicable, and refuses it for others', () => {
    const e = evaluateCommune(XA_2021_2025, { values: {}, notApplicable: ['13.4'] }, TDMNPB);
    expect(indicatorOf(e, '13.4')?.status).toBe('not-applicable');
    expect(() =>
      evaluateCommune(XA_2021_2025, { values: {}, notApplicable: ['13.1'] }, TDMNPB),
    ).toThrowDomainError('criteria/not-optional', ['facts', 'notApplicable', 0]);
  });

  it('evaluates a structure-only set (QĐ 51/2025) as cannot-evaluate per criterion, by commune group', () => {
    const e = evaluateCommune(XA_2026_2030, { values: {} }, { year: 2026, communeGroup: 3 });
    expect(e.criteria.every((c) => c.status === 'cannot-evaluate')).toBe(true);
    expect(e.thresholds).toMatchObject({ kind: 'communeGroup', key: '3' });
    expect(e.missingThresholds).toHaveLength(10);
    expect(e.label.en).toBe('0 of 10 criteria met');
    expect(() => evaluateCommune(XA_2026_2030, { values: {} }, { year: 2026 })).toThrowDomainError(
      'criteria/missing-commune-group',
      ['context', 'communeGroup'],
    );
  });

  it('accepts a value with its unit and rejects a wrong unit', () => {
    const unit = 'triệu đồng/người/năm';
    const ok = evaluateCommune(
      XA_2016_2020,
      { values: { '10': { value: 37, unit } } },
      { year: 2020, region: 'BTB' },
    );
    expect(indicatorOf(ok, '10')?.status).toBe('met');
    expect(() =>
      evaluateCommune(
        XA_2016_2020,
        { values: { '10': { value: 37, unit: 'nghìn đồng' } } },
        { year: 2020, region: 'BTB' },
      ),
    ).toThrowDomainError('criteria/wrong-unit', ['values', '10', 'unit']);
  });

  it('treats an explicit undefined value as no value (no crash, no guess)', () => {
    const e = evaluateCommune(XA_2021_2025, { values: { '1.1': undefined as never } }, TDMNPB);
    expect(indicatorOf(e, '1.1')).toMatchObject({
      status: 'cannot-evaluate',
      reason: { en: 'No value given for the indicator' },
    });
  });

  it('checks a set that is not frozen in full before reading it', () => {
    const damaged = JSON.parse(JSON.stringify(XA_2021_2025));
    damaged.criteria[0].indicators[0] = null;
    expect(() => evaluateCommune(damaged, { values: {} }, TDMNPB)).toThrowDomainError(
      'criteria/invalid-set',
      ['set', 'criteria', 0, 'indicators', 0],
    );
    damaged.criteria[0].indicators[0] = XA_2021_2025.criteria[0]?.indicators[0];
    damaged.criteria[14].indicators[2].thresholds.TDMNPB.value = Number.NaN;
    expect(() => evaluateCommune(damaged, { values: { '15.3': 1 } }, TDMNPB)).toThrowDomainError(
      'criteria/invalid-set',
      ['set', 'criteria', 14, 'indicators', 2, 'thresholds', 'TDMNPB'],
    );
    // Found by fuzzing: a damage that does not crash the hot path was read into the result (a NaN code in
    // missingThresholds of a structure-only set).
    const nanCode = JSON.parse(JSON.stringify(XA_2026_2030));
    nanCode.criteria[7].code = Number.NaN;
    expect(() =>
      evaluateCommune(nanCode, { values: {} }, { year: 2026, communeGroup: 1 }),
    ).toThrowDomainError('criteria/invalid-set', ['set', 'criteria', 7]);
    // … and a threshold cell is shown as it is: its note must be text (found by fuzzing: a NaN note was shown).
    const nanNote = JSON.parse(JSON.stringify(XA_2021_2025));
    nanNote.criteria[14].indicators[2].thresholds.TDMNPB.note = { vi: 'x', en: Number.NaN };
    expect(() => evaluateCommune(nanNote, { values: {} }, TDMNPB)).toThrowDomainError(
      'criteria/invalid-set',
      ['set', 'criteria', 14, 'indicators', 2, 'thresholds', 'TDMNPB'],
    );
    // … and nothing else rides along in it (found by fuzzing: an extra field of a supplied value's source was shown).
    const extra = JSON.parse(JSON.stringify(XA_2021_2025));
    extra.criteria[14].indicators[2].thresholds.TDMNPB.remark = Number.NaN;
    expect(() => evaluateCommune(extra, { values: {} }, TDMNPB)).toThrowDomainError(
      'criteria/invalid-set',
      ['set', 'criteria', 14, 'indicators', 2, 'thresholds', 'TDMNPB'],
    );
  });

  it('diagnoses a damaged frozen set instead of crashing, keeping what revealed it as the cause', () => {
    const damaged = JSON.parse(JSON.stringify(XA_2021_2025));
    damaged.criteria[0].indicators[0] = null;
    const run = () => evaluateCommune(Object.freeze(damaged), { values: {} }, TDMNPB);
    expect(run).toThrowDomainError('criteria/invalid-set', ['set', 'criteria', 0, 'indicators', 0]);
    expect(run).toThrow(expect.objectContaining({ cause: expect.any(TypeError) }));
  });

  describe('bad input → DomainError with a path', () => {
    const facts = (values: Record<string, unknown>) => ({ values }) as never;
    const cases: [string, () => unknown, NtmErrorCode, IssuePath][] = [
      [
        'NaN',
        () => evaluateCommune(XA_2021_2025, { values: { '15.1': Number.NaN } }, TDMNPB),
        'number/not-finite',
        ['values', '15.1'],
      ],
      [
        'Infinity',
        () => evaluateCommune(XA_2021_2025, { values: { '10': Number.POSITIVE_INFINITY } }, TDMNPB),
        'number/not-finite',
        ['values', '10'],
      ],
      [
        'negative',
        () => evaluateCommune(XA_2021_2025, { values: { '15.1': -1 } }, TDMNPB),
        'input/too-small',
        ['values', '15.1'],
      ],
      [
        '> 100 %',
        () => evaluateCommune(XA_2021_2025, { values: { '15.1': 100.5 } }, TDMNPB),
        'input/too-big',
        ['values', '15.1'],
      ],
      [
        'wrong type',
        () => evaluateCommune(XA_2021_2025, { values: { '1.1': 1 } }, TDMNPB),
        'input/wrong-type',
        ['values', '1.1'],
      ],
      [
        'a count that is not whole',
        () => evaluateCommune(XA_2021_2025, { values: { '9.1': 1.5 } }, TDMNPB),
        'input/not-integer',
        ['values', '9.1'],
      ],
      [
        'a count that is text',
        () => evaluateCommune(XA_2021_2025, facts({ '9.1': 'none' }), TDMNPB),
        'input/wrong-type',
        ['values', '9.1'],
      ],
      [
        'a value object without its value',
        () => evaluateCommune(XA_2021_2025, facts({ '10': { unit: 'triệu đồng' } }), TDMNPB),
        'input/missing',
        ['values', '10', 'value'],
      ],
      [
        'a unit that is not text',
        () => evaluateCommune(XA_2021_2025, facts({ '10': { value: 40, unit: 3 } }), TDMNPB),
        'input/wrong-type',
        ['values', '10', 'unit'],
      ],
      [
        'unknown indicator',
        () => evaluateCommune(XA_2021_2025, { values: { '20.1': true } }, TDMNPB),
        'criteria/unknown-indicator',
        ['values', '20.1'],
      ],
      [
        '__proto__ key',
        () => evaluateCommune(XA_2021_2025, { values: JSON.parse('{"__proto__": true}') }, TDMNPB),
        'key/forbidden',
        ['values', '__proto__'],
      ],
      [
        'constructor key',
        () => evaluateCommune(XA_2021_2025, { values: { constructor: true } }, TDMNPB),
        'key/forbidden',
        ['values', 'constructor'],
      ],
      [
        'NFD key',
        () =>
          evaluateCommune(XA_2021_2025, { values: { ['Thu nhập'.normalize('NFD')]: 40 } }, TDMNPB),
        'key/not-nfc',
        ['values', 'Thu nhập'.normalize('NFD')],
      ],
      [
        'facts that are not an object',
        () => evaluateCommune(XA_2021_2025, null as never, TDMNPB),
        'input/wrong-type',
        ['facts'],
      ],
      [
        'facts without values',
        () => evaluateCommune(XA_2021_2025, {} as never, TDMNPB),
        'input/missing',
        ['facts', 'values'],
      ],
      [
        'facts for another version',
        () => evaluateCommune(XA_2021_2025, { setId: 'XA_2016_2020', values: {} }, TDMNPB),
        'criteria/set-mismatch',
        ['facts', 'setId'],
      ],
      [
        'unknown set',
        () => evaluateCommune(undefined as never, { values: {} }, TDMNPB),
        'criteria/unknown-set',
        ['set'],
      ],
      [
        'year outside the set',
        () => evaluateCommune(XA_2021_2025, { values: {} }, { year: 2019, region: 'TDMNPB' }),
        'criteria/year-outside-set',
        ['context', 'year'],
      ],
      [
        'year that is not whole',
        () => evaluateCommune(XA_2021_2025, { values: {} }, { year: 2022.5, region: 'TDMNPB' }),
        'input/not-integer',
        ['context', 'year'],
      ],
      [
        'missing region',
        () => evaluateCommune(XA_2021_2025, { values: {} }, { year: 2022 }),
        'criteria/missing-region',
        ['context', 'region'],
      ],
      [
        'unknown flag',
        () =>
          evaluateCommune(
            XA_2021_2025,
            { values: {} },
            { ...TDMNPB, flags: { poor: true } as never },
          ),
        'input/unknown-field',
        ['context', 'flags', 'poor'],
      ],
      [
        'a flag that is not true or false (it counted as unset)',
        () =>
          evaluateCommune(
            XA_2021_2025,
            { values: {} },
            { ...TDMNPB, flags: { dbkk: 'yes' } as never },
          ),
        'input/wrong-type',
        ['context', 'flags', 'dbkk'],
      ],
      [
        'a hole in notApplicable (forEach skipped it)',
        () =>
          evaluateCommune(
            XA_2021_2025,
            // biome-ignore lint/suspicious/noSparseArray: the hole is the point
            { values: {}, notApplicable: [, '13.4'] } as never,
            TDMNPB,
          ),
        'input/hole',
        ['facts', 'notApplicable', 0],
      ],
    ];
    it.each(cases)('%s', (_name, run, code, path) => {
      expect(run).toThrowDomainError(code, path);
    });
  });
});
