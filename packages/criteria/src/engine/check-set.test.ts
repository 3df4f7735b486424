import type { IssuePath } from '@ntm/domain/core';
import { isDomainError } from '@ntm/domain/core';
import { describe, expect, it } from 'vitest';
import { issuesOf } from '../../../../test/support/issues-of.js';
import { spoilAt } from '../../../../test/support/paths-of.js';
import { badSet, checkSet, checkSetDeep, yearOf } from './check-set.js';

/** A small set with every part `checkSetDeep` reads: overrides, provenance, supplement, a supplied cell. */
const SOURCE = {
  document: 'QĐ 318/QĐ-TTg',
  annex: 'Phụ lục I',
  page: 4,
  url: 'https://example.vn',
};
const VALID = {
  id: 'XA_TEST',
  validity: { validFrom: '2022-03-08', validTo: '2025-12-31' },
  thresholdKey: 'region',
  annex: 'Phụ lục I',
  basis: { number: '318/QĐ-TTg', title: { vi: 'Bộ tiêu chí', en: 'Criteria set' } },
  regionOverrides: [
    {
      id: 'r1',
      region: 'TDMNPB',
      text: { vi: 'a', en: 'a' },
      fromYear: 2024,
      anyOf: [['dbkk', 'atk']],
    },
  ],
  notes: [],
  provenance: {
    nationalSetId: 'XA_2021_2025',
    nationalBasis: '318/QĐ-TTg',
    illustrative: true,
    province: 'Điện Biên',
    decision: { number: '01/QĐ-UBND', title: { vi: 'Quyết định', en: 'Decision' } },
  },
  supplement: { illustrative: false, source: SOURCE },
  indicatorCount: 47,
  levels: {
    illustrative: true,
    note: { vi: 'minh hoạ', en: 'illustrative' },
    criterion: [{ id: 'dat', name: { vi: 'Đạt', en: 'Met' }, maxIndicatorsNotMet: 0 }],
    criterionFallback: { id: 'chua-dat', name: { vi: 'Chưa đạt', en: 'Not met' } },
    commune: [
      { id: 'co-ban', name: { vi: 'Cơ bản', en: 'Basic' }, requires: [{ level: 'dat', min: 1 }] },
    ],
    communeFallback: { id: 'chua', name: { vi: 'Chưa', en: 'Not yet' } },
  },
  criteria: [
    {
      code: '10',
      name: { vi: 'Thu nhập', en: 'Income' },
      indicators: [
        {
          code: '10',
          criterion: '10',
          type: 'number',
          direction: '>=',
          unit: 'triệu đồng',
          thresholds: {
            TDMNPB: {
              status: 'verified',
              value: 0,
              sources: ['S1'],
              note: { vi: 'n', en: 'n' },
              supplied: { illustrative: true, source: SOURCE },
            },
            DBSH: undefined,
          },
        },
      ],
    },
  ],
};

const set = (path: IssuePath, value: unknown) => spoilAt(VALID, path, { how: 'set', value });
const without = (path: IssuePath) => spoilAt(VALID, path, { how: 'delete' });

/** The one issue of a failed check: code, path and the part it names. */
function issueOf(run: () => unknown) {
  const issues = issuesOf(run);
  expect(issues).toHaveLength(1);
  const [issue] = issues;
  return { code: issue?.code, path: issue?.path, part: issue?.params?.part };
}

const cell = ['criteria', 0, 'indicators', 0, 'thresholds', 'TDMNPB'];
const indicator = ['criteria', 0, 'indicators', 0];

describe('checkSetDeep: a whole valid set passes, every damaged part is named', () => {
  it('passes the valid set and its optional parts left out, and returns it as it is', () => {
    expect(checkSetDeep(VALID)).toBe(VALID);
    for (const optional of [
      ['validity', 'validTo'],
      ['regionOverrides', 0, 'fromYear'],
      ['provenance'],
      ['provenance', 'province'],
      ['provenance', 'decision'],
      ['supplement'],
      ['indicatorCount'],
      ['levels'],
      ['levels', 'note'],
      [...indicator, 'direction'],
      [...indicator, 'unit'],
      [...cell, 'value'],
      [...cell, 'sources'],
      [...cell, 'note'],
      [...cell, 'supplied'],
      [...cell, 'supplied', 'source', 'annex'],
      [...cell, 'supplied', 'source', 'url'],
      [...cell, 'supplied', 'source', 'page'],
    ]) {
      expect(() => checkSetDeep(without(optional)), optional.join('.')).not.toThrow();
    }
    expect(() => checkSetDeep(set([...cell, 'supplied', 'source', 'page'], '4–5'))).not.toThrow();
    expect(() => checkSetDeep(set(['basis', 'title'], 'plain title'))).not.toThrow();
    expect(() => checkSetDeep(set(['regionOverrides'], []))).not.toThrow();
    expect(() => checkSetDeep(set(['criteria', 0, 'indicators'], []))).not.toThrow();
    expect(() => checkSetDeep(set([...cell, 'value'], 1e9))).not.toThrow();
  });

  it('calls anything but a set object an unknown set, at the path given', () => {
    for (const value of [
      undefined,
      null,
      'XA_2021_2025',
      [],
      set(['id'], 7),
      without(['criteria']),
      set(['validity'], '2022'),
    ])
      expect(issueOf(() => checkSet(value))).toEqual({
        code: 'criteria/unknown-set',
        path: ['set'],
        part: undefined,
      });
    expect(issueOf(() => checkSet(undefined, ['sets', 2]))).toMatchObject({ path: ['sets', 2] });
  });

  /** Damaged copies of a set, each with the path and the part the one issue must name. */
  const damagedIn = (path: IssuePath, part: string, cases: readonly [string, unknown][]) =>
    cases.map(([name, value]) => [name, value, path, part] as const);
  const damaged: readonly (readonly [string, unknown, IssuePath, string])[] = [
    ...damagedIn(['set', 'validity'], 'validity', [
      ['validFrom not a date', set(['validity', 'validFrom'], '2022-13-01')],
      ['validTo not a date', set(['validity', 'validTo'], 'soon')],
    ]),
    ...damagedIn(['set', 'thresholdKey'], 'thresholdKey', [
      ['thresholdKey unknown', set(['thresholdKey'], 'province')],
    ]),
    ...damagedIn(['set'], 'annex, basis', [
      ['annex missing', without(['annex'])],
      ['basis not a record', set(['basis'], '318/QĐ-TTg')],
      ['basis number missing', without(['basis', 'number'])],
    ]),
    ...damagedIn(['set', 'regionOverrides'], 'regionOverrides, notes', [
      ['regionOverrides not an array', set(['regionOverrides'], {})],
      ['notes not an array', without(['notes'])],
    ]),
    ...damagedIn(['set', 'regionOverrides', 0], 'regionOverrides', [
      ['an override not a record', set(['regionOverrides', 0], 'r1')],
      ['an override without id', without(['regionOverrides', 0, 'id'])],
      ['an override without region', without(['regionOverrides', 0, 'region'])],
      ['an override without text', without(['regionOverrides', 0, 'text'])],
      ['an override from a text year', set(['regionOverrides', 0, 'fromYear'], '2024')],
      ['an override without anyOf', without(['regionOverrides', 0, 'anyOf'])],
      [
        'an override whose anyOf holds a flag',
        set(['regionOverrides', 0, 'anyOf'], [['dbkk'], 'atk']),
      ],
      [
        'an override whose flags hold a number',
        set(['regionOverrides', 0, 'anyOf', 0], ['dbkk', 1]),
      ],
    ]),
    ...damagedIn(['set', 'basis'], 'basis', [
      ['basis with a number field', set(['basis', 'signed'], 2022)],
      ['basis title not bilingual', set(['basis', 'title'], { vi: 'a' })],
      [
        'basis title with an extra language',
        set(['basis', 'title'], { vi: 'a', en: 'a', fr: 'a' }),
      ],
      ['basis other field bilingual', set(['basis', 'annex'], { vi: 'a', en: 'a' })],
    ]),
    ...damagedIn(['set', 'provenance'], 'provenance', [
      ['provenance not a record', set(['provenance'], 'XA')],
      ['provenance with an extra field', set(['provenance', 'extra'], 'x')],
      ['provenance without nationalSetId', without(['provenance', 'nationalSetId'])],
      ['provenance without nationalBasis', without(['provenance', 'nationalBasis'])],
      ['provenance illustrative as text', set(['provenance', 'illustrative'], 'yes')],
      ['provenance province a number', set(['provenance', 'province'], 11)],
      ['provenance decision with a number', set(['provenance', 'decision', 'number'], 1)],
    ]),
    ...damagedIn(['set', 'supplement'], 'supplement', [
      ['supplement not a record', set(['supplement'], 'QĐ 51')],
      ['supplement illustrative as text', set(['supplement', 'illustrative'], 'no')],
      ['supplement without source', without(['supplement', 'source'])],
      ['supplement source with an extra field', set(['supplement', 'source', 'extra'], 'x')],
      ['supplement source without document', without(['supplement', 'source', 'document'])],
      ['supplement source annex a number', set(['supplement', 'source', 'annex'], 1)],
      ['supplement source url a number', set(['supplement', 'source', 'url'], 1)],
      [
        'supplement source page infinite',
        set(['supplement', 'source', 'page'], Number.POSITIVE_INFINITY),
      ],
      ['supplement source page a list', set(['supplement', 'source', 'page'], [4])],
    ]),
    ...damagedIn(['set', 'indicatorCount'], 'indicatorCount', [
      ['indicatorCount as text', set(['indicatorCount'], '47')],
      ['indicatorCount zero', set(['indicatorCount'], 0)],
      ['indicatorCount a fraction', set(['indicatorCount'], 46.5)],
      ['indicatorCount infinite', set(['indicatorCount'], Number.POSITIVE_INFINITY)],
      // Found by fuzzing: compared with a count, this threw "Cannot convert object to primitive value".
      [
        'indicatorCount an object with a broken valueOf',
        set(['indicatorCount'], { toString: 'x', valueOf: 1 }),
      ],
    ]),
    ...damagedIn(['set', 'criteria', 0], 'criteria', [
      ['a criterion not a record', set(['criteria', 0], '10')],
      ['a criterion without code', without(['criteria', 0, 'code'])],
      ['a criterion name not bilingual', set(['criteria', 0, 'name'], 'Thu nhập')],
      ['a criterion name without en', without(['criteria', 0, 'name', 'en'])],
      ['a criterion name without vi', without(['criteria', 0, 'name', 'vi'])],
      ['a criterion without indicators', without(['criteria', 0, 'indicators'])],
    ]),
    ...damagedIn(['set', ...indicator], 'indicators', [
      ['an indicator not a record', set(indicator, '10')],
      ['an indicator without code', without([...indicator, 'code'])],
      ['an indicator without criterion', without([...indicator, 'criterion'])],
      ['an indicator of unknown type', set([...indicator, 'type'], 'text')],
      ['an indicator without thresholds', without([...indicator, 'thresholds'])],
      ['an indicator of unknown direction', set([...indicator, 'direction'], '>')],
      ['an indicator unit a number', set([...indicator, 'unit'], 1)],
    ]),
    ...damagedIn(['set', ...cell], 'thresholds', [
      ['a cell not a record', set(cell, 24)],
      ['a cell with an extra field', set([...cell, 'extra'], 1)],
      ['a cell without status', without([...cell, 'status'])],
      ['a cell value as text', set([...cell, 'value'], '24')],
      ['a cell value below zero', set([...cell, 'value'], -0.5)],
      ['a cell value NaN', set([...cell, 'value'], Number.NaN)],
      ['a cell value infinite', set([...cell, 'value'], Number.POSITIVE_INFINITY)],
      ['cell sources not a list', set([...cell, 'sources'], 'S1')],
      ['cell sources holding a number', set([...cell, 'sources'], ['S1', 5])],
      ['a cell note not bilingual', set([...cell, 'note'], 'n')],
      ['a supplied mark not a record', set([...cell, 'supplied'], true)],
      ['a supplied mark with an extra field', set([...cell, 'supplied', 'extra'], 1)],
      ['a supplied mark illustrative as text', set([...cell, 'supplied', 'illustrative'], 'yes')],
      ['a supplied mark without source', without([...cell, 'supplied', 'source'])],
    ]),
  ];
  it.each(damaged)('%s', (_, value, path, part) => {
    expect(issueOf(() => checkSetDeep(value))).toEqual({
      code: 'criteria/invalid-set',
      path,
      part,
    });
  });

  it('checks the outcome levels an evaluation copies, as a province configuration must have them (fuzzing)', () => {
    const levels = ['set', 'levels'];
    expect(() => checkSetDeep(set(['levels', 'commune', 0, 'id'], Number.NaN))).toThrowDomainError(
      'input/wrong-type',
      [...levels, 'commune', 0, 'id'],
    );
    expect(() => checkSetDeep(set(['levels', 'criterion'], {}))).toThrowDomainError(
      'input/wrong-type',
      [...levels, 'criterion'],
    );
    expect(() =>
      checkSetDeep(set(['levels', 'criterion', 0, 'maxIndicatorsNotMet'], 101)),
    ).toThrowDomainError('input/too-big', [...levels, 'criterion', 0, 'maxIndicatorsNotMet']);
    expect(() => checkSetDeep(set(['levels', 'extra'], 1))).toThrowDomainError(
      'input/unknown-field',
      [...levels, 'extra'],
    );
    expect(() => checkSetDeep(set(['levels'], 'cơ bản'), ['s'])).toThrowDomainError(
      'input/wrong-type',
      ['s', 'levels'],
    );
  });

  it('reports the path it is given, not the default one', () => {
    expect(issueOf(() => checkSetDeep(set(['thresholdKey'], 'x'), ['sets', 1]))).toMatchObject({
      path: ['sets', 1, 'thresholdKey'],
    });
    expect(issueOf(() => checkSetDeep(set([...cell, 'value'], -1), ['s']))).toMatchObject({
      path: ['s', ...cell],
    });
  });

  it('checkSet alone reads only the top level', () => {
    expect(checkSet(set([...cell, 'value'], -1))).toBeTypeOf('object');
    expect(() => checkSet(set(['basis', 'signed'], 2022))).not.toThrow();
  });
});

describe('badSet', () => {
  it('keeps the error that revealed the damage as the cause, and no cause when there is none', () => {
    const reason = new Error('deep');
    const caught = (run: () => unknown): unknown => {
      try {
        run();
      } catch (error) {
        return error;
      }
      return undefined;
    };
    const withCause = caught(() => badSet(['set'], 'criteria', reason));
    expect(isDomainError(withCause) && withCause.cause).toBe(reason);
    const withoutCause = caught(() => badSet(['set'], 'criteria'));
    expect(isDomainError(withoutCause)).toBe(true);
    expect(withoutCause).not.toHaveProperty('cause');
  });
});

describe('yearOf', () => {
  it('is the year of an ISO date', () => {
    expect(yearOf('2026-01-01')).toBe(2026);
  });
});
