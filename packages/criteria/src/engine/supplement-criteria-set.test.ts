import type { NationalSupplement } from '@ntm/domain';
import { parseNationalSupplement } from '@ntm/domain';
import { describe, expect, it } from 'vitest';
import { readExample } from '../../../../test/support/examples.js';
import { issuesOf } from '../../../../test/support/issues-of.js';
import {
  fortySeven,
  on2021,
  on2026,
  percent,
  QD51,
  QD318,
  QD1980,
  yesNo,
} from '../../test/supplements.js';
import { XA_2016_2020 } from '../data/sets/xa-2016-2020.js';
import { XA_2021_2025 } from '../data/sets/xa-2021-2025.js';
import { XA_2026_2030 } from '../data/sets/xa-2026-2030.js';
import { evaluateCommune } from './evaluate-commune.js';
import { localizeCriteriaSet } from './localize-criteria-set.js';
import { listMissingThresholds } from './missing-thresholds.js';
import { supplementCriteriaSet } from './supplement-criteria-set.js';

const example = (name: string): NationalSupplement =>
  parseNationalSupplement(readExample(`national-supplement/${name}.json`));

describe('supplementCriteriaSet: indicators of the 2026–2030 set', () => {
  const supplement: NationalSupplement = {
    baseSetId: 'XA_2026_2030',
    source: { ...QD51, page: 4 },
    transcribedBy: 'Văn phòng Điều phối NTM tỉnh',
    transcribedOn: '2026-03-02',
    indicators: fortySeven(),
  };
  const set = supplementCriteriaSet(XA_2026_2030, supplement);

  it('defines all 47 indicators, supplied with their source, and the set becomes full', () => {
    const indicators = set.criteria.flatMap((c) => c.indicators);
    expect(indicators).toHaveLength(47);
    expect(set.detail).toBe('full');
    expect(set.criteria.map((c) => c.indicatorsStatus)).toEqual(Array(10).fill('supplied'));
    for (const indicator of indicators) {
      expect(indicator.textStatus).toBe('supplied');
      expect(indicator.supplied).toEqual({ source: { ...QD51, page: 4 }, illustrative: false });
      expect(indicator.note?.vi).toBe(
        'theo Phụ lục I QĐ 51/2025/QĐ-TTg, tr. 4 — do người dùng nhập',
      );
      expect(indicator.text.en.length).toBeGreaterThan(0);
    }
    expect(set.supplement).toMatchObject({
      transcribedBy: 'Văn phòng Điều phối NTM tỉnh',
      transcribedOn: '2026-03-02',
      illustrative: false,
      cellsSupplied: 20,
      replacements: [],
    });
    expect(set.supplement?.indicatorsAdded).toEqual(
      supplement.indicators?.map((indicator) => indicator.code),
    );
  });

  it('lists exactly the cells still missing: groups 2 and 3 of each percentage', () => {
    const missing = listMissingThresholds(set);
    expect(missing).toHaveLength(20);
    for (const row of missing) expect(row.cells).toEqual(['2', '3']);
    expect(listMissingThresholds(XA_2026_2030).map((row) => row.status)).toEqual(
      Array(10).fill('indicators'),
    );
  });

  it('evaluates a group-1 commune end to end, with the supplied cell in the trace', () => {
    const values = Object.fromEntries(
      set.criteria
        .flatMap((c) => c.indicators)
        .map((i) => [i.code, i.type === 'boolean' ? true : 99]),
    );
    const e = evaluateCommune(
      set,
      { setId: 'XA_2026_2030', values },
      { year: 2026, communeGroup: 1 },
    );
    expect(e.outcome).toBe('met');
    expect(e.criteriaMet).toBe(10);
    const trace = e.criteria[0]?.indicators[1];
    expect(trace?.threshold).toMatchObject({ status: 'supplied', value: 51 });
    expect(trace?.threshold?.note?.en).toBe(
      'per Phụ lục I QĐ 51/2025/QĐ-TTg, p. 4 — entered by the user',
    );
    // Group 2 has no values yet: unknown, never "not met".
    const group2 = evaluateCommune(set, { values }, { year: 2026, communeGroup: 2 });
    expect(group2.outcome).toBe('cannot-evaluate');
    expect(group2.criteriaNotMet).toBe(0);
    expect(group2.missingThresholds).toHaveLength(20);
  });

  it('accepts a partial supplement; the missing list says what is left', () => {
    const partial = supplementCriteriaSet(XA_2026_2030, {
      baseSetId: 'XA_2026_2030',
      source: QD51,
      indicators: fortySeven().filter((i) => ['1', '2'].includes(i.criterion)),
    });
    expect(partial.detail).toBe('structure-only');
    const missing = listMissingThresholds(partial);
    expect(
      missing.filter((row) => row.status === 'indicators').map((row) => row.criterion),
    ).toEqual(['3', '4', '5', '6', '7', '8', '9', '10']);
    expect(missing.find((row) => row.status === 'indicator-count')).toMatchObject({
      criterion: '*',
      count: 37,
    });
  });

  it('the example file supplies 47 indicators for group 1 and says it is illustrative everywhere', () => {
    const supplied = supplementCriteriaSet(XA_2026_2030, example('xa-2026-2030-nhom-1'));
    expect(supplied.supplement?.indicatorsAdded).toHaveLength(47);
    expect(supplied.supplement?.illustrative).toBe(true);
    for (const indicator of supplied.criteria.flatMap((c) => c.indicators)) {
      expect(indicator.text.vi).toMatch(
        /^Chỉ tiêu minh hoạ \d+\.\d+ — nhập từ Phụ lục I QĐ 51\/2025\/QĐ-TTg$/u,
      );
      expect(indicator.note?.vi).toContain('minh hoạ — không phải số liệu pháp lý');
      for (const cell of Object.values(indicator.thresholds))
        if (cell.status === 'supplied')
          expect(cell.note?.en).toContain('illustrative, not legal values');
    }
    expect(supplied.notes.at(-1)?.vi.toLowerCase()).toContain(
      'minh hoạ — không phải số liệu pháp lý',
    );
  });

  it('returns deeply frozen data and never freezes or changes the caller’s objects', () => {
    const input = structuredClone(supplement);
    const copy = structuredClone(input);
    const result = supplementCriteriaSet(XA_2026_2030, input);
    expect(Object.isFrozen(result.criteria[0]?.indicators[0]?.thresholds)).toBe(true);
    expect(Object.isFrozen(input.source)).toBe(false);
    expect(input).toEqual(copy);
    expect(supplementCriteriaSet(XA_2026_2030, input)).toEqual(result);
    expect(XA_2026_2030.criteria[0]?.indicators).toHaveLength(0);
  });
});

describe('supplementCriteriaSet: thresholds the SDK lacks', () => {
  it('fills missing cells; the example file completes the TDMNPB column of 2021–2025', () => {
    const set = supplementCriteriaSet(XA_2021_2025, example('xa-2021-2025-tdmnpb'));
    const tdmnpb = listMissingThresholds(set).filter((row) =>
      row.cells.some((cell) => cell === 'TDMNPB' || cell.endsWith(':TDMNPB')),
    );
    expect(tdmnpb).toEqual([]);
    const before = listMissingThresholds(XA_2021_2025).reduce((n, row) => n + row.cells.length, 0);
    const after = listMissingThresholds(set).reduce((n, row) => n + row.cells.length, 0);
    expect(before - after).toBe(set.supplement?.cellsSupplied);
    const income = set.criteria[9]?.indicators[0]?.thresholds['2023:TDMNPB'];
    expect(income).toMatchObject({
      status: 'supplied',
      value: 30,
      supplied: { illustrative: true },
    });
    // The reported cells stay as shipped.
    expect(set.criteria[14]?.indicators[2]?.thresholds.TDMNPB).toEqual(
      XA_2021_2025.criteria[14]?.indicators[2]?.thresholds.TDMNPB,
    );
  });

  it('applies a value without key to every key, and an entry source over the supplement’s', () => {
    const set = supplementCriteriaSet(XA_2021_2025, {
      baseSetId: 'XA_2021_2025',
      source: QD318,
      thresholds: [{ indicator: '11', value: 5, source: { page: 12 } }],
    });
    const cells = set.criteria[10]?.indicators[0]?.thresholds ?? {};
    for (const key of ['TDMNPB', 'DBSH', 'BTB', 'DHNTB', 'TN', 'DNB', 'DBSCL'])
      expect(cells[key]).toMatchObject({
        status: 'supplied',
        value: 5,
        supplied: { source: { ...QD318, page: 12 } },
      });
    expect(cells.chung?.status).toBe('missing');
  });
});

describe('supplementCriteriaSet: values the SDK ships', () => {
  it('refuses to contradict a verified value, naming both values and both sources', () => {
    const issues = issuesOf(() =>
      supplementCriteriaSet(XA_2016_2020, {
        baseSetId: 'XA_2016_2020',
        source: QD1980,
        thresholds: [{ indicator: '15.1', key: 'TDMNPB', value: 80 }],
      }),
    );
    expect(issues).toHaveLength(1);
    expect(issues[0]).toMatchObject({
      code: 'criteria/contradicts-verified',
      path: ['supplement', 'thresholds', 0, 'value'],
      params: {
        indicator: '15.1',
        cell: 'TDMNPB',
        value: 80,
        verified: 85,
        source: 'QĐ 1980/QĐ-TTg',
        verifiedSources: 'S10, S13',
      },
    });
    expect(issues[0]?.message.vi).toContain('80');
    expect(issues[0]?.message.vi).toContain('85');
    expect(issues[0]?.message.en).toContain('QĐ 1980/QĐ-TTg');
    expect(issues[0]?.message.en).toContain('S10, S13');
  });

  it('accepts the verified value itself and keeps the cell verified', () => {
    const set = supplementCriteriaSet(XA_2016_2020, {
      baseSetId: 'XA_2016_2020',
      source: QD1980,
      thresholds: [{ indicator: '15.1', key: 'DBSH', value: 85 }],
    });
    expect(set.criteria[14]?.indicators[0]?.thresholds.DBSH?.status).toBe('verified');
    expect(set.supplement?.cellsSupplied).toBe(0);
  });

  it('replaces a reported value only when "replaces" states it, and records the replacement', () => {
    const replace = (extra: object): NationalSupplement => ({
      baseSetId: 'XA_2021_2025',
      source: QD318,
      thresholds: [{ indicator: '15.3', key: 'TDMNPB', value: 25, ...extra }],
    });
    expect(() => supplementCriteriaSet(XA_2021_2025, replace({}))).toThrowDomainError(
      'criteria/replaces-required',
      ['supplement', 'thresholds', 0, 'value'],
    );
    expect(() => supplementCriteriaSet(XA_2021_2025, replace({ replaces: 23 }))).toThrowDomainError(
      'criteria/replaces-mismatch',
      ['supplement', 'thresholds', 0, 'replaces'],
    );
    const set = supplementCriteriaSet(XA_2021_2025, replace({ replaces: 24 }));
    expect(set.criteria[14]?.indicators[2]?.thresholds.TDMNPB).toMatchObject({
      status: 'supplied',
      value: 25,
    });
    expect(set.supplement?.replacements).toEqual([
      {
        indicator: '15.3',
        cell: 'TDMNPB',
        value: 25,
        previous: { status: 'reported', value: 24, sources: ['S5'] },
      },
    ]);
  });

  it('confirms a reported value with the same value (recorded), and refuses "replaces" on an empty cell', () => {
    const set = supplementCriteriaSet(XA_2021_2025, {
      baseSetId: 'XA_2021_2025',
      source: QD318,
      thresholds: [{ indicator: '15.4', key: 'TDMNPB', value: 50 }],
    });
    expect(set.supplement?.replacements[0]).toMatchObject({
      cell: 'TDMNPB',
      value: 50,
      previous: { value: 50 },
    });
    expect(() =>
      supplementCriteriaSet(XA_2021_2025, {
        baseSetId: 'XA_2021_2025',
        source: QD318,
        thresholds: [{ indicator: '11', key: 'TDMNPB', value: 5, replaces: 6 }],
      }),
    ).toThrowDomainError('criteria/nothing-to-replace', [
      'supplement',
      'thresholds',
      0,
      'replaces',
    ]);
  });
});

describe('supplementCriteriaSet: every rule has its code, and all problems come at once', () => {
  // One call per code is in test/error-examples.ts (run by error-examples.test.ts); these are the further cases,
  // each on the set its supplement names, with the path inside the supplement.
  const onItsSet = (supplement: NationalSupplement) =>
    supplementCriteriaSet(
      supplement.baseSetId === 'XA_2021_2025' ? XA_2021_2025 : XA_2026_2030,
      supplement,
    );
  /** The one issue a case must raise: its code and its path inside the supplement. */
  const issueAt = (code: string, ...path: (string | number)[]) => ({ code, path });
  it.each<[string, NationalSupplement, ReturnType<typeof issueAt>]>([
    [
      'an indicator twice',
      on2026({ indicators: [yesNo('1.1'), yesNo('1.1')] }),
      issueAt('criteria/duplicate-indicator', 'indicators', 1, 'code'),
    ],
    [
      'a yes/no indicator with a direction',
      on2026({ indicators: [{ ...yesNo('1.1'), direction: '>=' }] }),
      issueAt('criteria/judgement-with-measure', 'indicators', 0, 'direction'),
    ],
    [
      'a threshold on a supplied yes/no indicator',
      on2026({ indicators: [yesNo('1.1')], thresholds: [{ indicator: '1.1', value: 1 }] }),
      issueAt('criteria/threshold-on-judgement', 'thresholds', 0, 'value'),
    ],
    [
      'a percentage above 100',
      on2021([{ indicator: '11', key: 'TDMNPB', value: 100.5 }]),
      issueAt('input/too-big', 'thresholds', 0, 'value'),
    ],
    [
      'an inline percentage above 100',
      on2026({ indicators: [percent('1.1', 120)] }),
      issueAt('input/too-big', 'indicators', 0, 'thresholds', 0, 'value'),
    ],
    [
      'a region in a group-keyed set',
      on2026({
        indicators: [percent('1.1')],
        thresholds: [{ indicator: '1.1', key: 'TDMNPB', value: 1 }],
      }),
      issueAt('criteria/unknown-key', 'thresholds', 0, 'key'),
    ],
    [
      'the informative column',
      on2021([{ indicator: '11', key: 'chung', value: 1 }]),
      issueAt('criteria/unknown-key', 'thresholds', 0, 'key'),
    ],
    [
      'a year before the 2026 set',
      on2026({
        indicators: [
          {
            ...percent('3.1'),
            type: 'number',
            unit: 'triệu đồng/người/năm',
            perYear: true,
            thresholds: [{ key: '1', year: 2025, value: 1 }],
          },
        ],
      }),
      issueAt('criteria/year-outside-set', 'indicators', 0, 'thresholds', 0, 'year'),
    ],
  ])('refuses %s', (_name, supplement, { code, path }) => {
    expect(() => onItsSet(supplement)).toThrowDomainError(code as never, ['supplement', ...path]);
  });

  it('reports every problem of a file in one error', () => {
    const issues = issuesOf(() =>
      supplementCriteriaSet(
        XA_2026_2030,
        on2026({
          indicators: [yesNo('11.1'), { ...percent('1.1'), unit: 'kg' }, percent('1.2', 130)],
          thresholds: [{ indicator: '9.9', value: 1 }],
        }),
      ),
    );
    expect(issues.map((issue) => issue.code)).toEqual([
      'criteria/unknown-criterion',
      'criteria/wrong-unit',
      'input/too-big',
      'criteria/unknown-indicator',
    ]);
  });

  it('comes before the province: refuses a localised or an already supplemented set', () => {
    const local = localizeCriteriaSet(XA_2021_2025, { province: 'Điện Biên' });
    expect(() => supplementCriteriaSet(local, on2021([]))).toThrowDomainError(
      'criteria/supplement-after-localisation',
      ['set'],
    );
    const once = supplementCriteriaSet(XA_2021_2025, on2021([{ indicator: '11', value: 5 }]));
    expect(() => supplementCriteriaSet(once, on2021([]))).toThrowDomainError(
      'criteria/already-supplemented',
      ['set'],
    );
  });

  it('then the province tightens the supplied floor and may not loosen it', () => {
    const national = supplementCriteriaSet(
      XA_2021_2025,
      on2021([{ indicator: '11', key: 'TDMNPB', value: 10 }]),
    );
    const tighter = localizeCriteriaSet(national, {
      thresholds: [{ indicator: '11', key: 'TDMNPB', value: 8 }],
    });
    expect(tighter.criteria[10]?.indicators[0]?.thresholds.TDMNPB).toMatchObject({
      status: 'provincial',
      value: 8,
    });
    expect(tighter.supplement?.cellsSupplied).toBe(1);
    expect(() =>
      localizeCriteriaSet(national, {
        thresholds: [{ indicator: '11', key: 'TDMNPB', value: 12 }],
      }),
    ).toThrowDomainError('criteria/loosens-national', ['config', 'thresholds', 0, 'value']);
  });

  it.each([
    ['not an object', 42, 'input/wrong-type', ['supplement']],
    ['no source', { baseSetId: 'XA_2026_2030' }, 'input/missing', ['supplement', 'source']],
    [
      'a misspelt field',
      { ...on2026({}), thresold: [] },
      'input/unknown-field',
      ['supplement', 'thresold'],
    ],
    [
      'NaN',
      on2021([{ indicator: '11', value: Number.NaN }]),
      'number/not-finite',
      ['supplement', 'thresholds', 0, 'value'],
    ],
    [
      'NFD text',
      on2026({ indicators: [{ ...yesNo('1.1'), text: { vi: 'Chỉ tiêu'.normalize('NFD') } }] }),
      'text/not-nfc',
      ['supplement', 'indicators', 0, 'text', 'vi'],
    ],
    [
      'a prototype key',
      JSON.parse('{"baseSetId":"XA_2026_2030","source":{"document":"QĐ"},"__proto__":{}}'),
      'key/forbidden',
      ['supplement', '__proto__'],
    ],
    [
      'an impossible date',
      on2026({ transcribedOn: '2026-02-30' }),
      'date/invalid',
      ['supplement', 'transcribedOn'],
    ],
  ])('refuses the shape of %s', (_name, input, code, path) => {
    expect(() => supplementCriteriaSet(XA_2026_2030, input as never)).toThrowDomainError(
      code as never,
      path,
    );
  });
});
