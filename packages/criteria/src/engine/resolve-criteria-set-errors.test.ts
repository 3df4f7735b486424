// The parameters and paths of resolveCriteriaSet's errors.
import type { NationalSupplement } from '@ntm/domain';
import { isDomainError } from '@ntm/domain/core';
import { describe, expect, it } from 'vitest';
import { issuesOf } from '../../../../test/support/issues-of.js';
import { NTM_CRITERIA_SETS } from '../data/sets/all-sets.js';
import { XA_2021_2025 } from '../data/sets/xa-2021-2025.js';
import { resolveCriteriaSet } from './resolve-criteria-set.js';

const FOR_2021: NationalSupplement = {
  baseSetId: 'XA_2021_2025',
  source: { document: 'QĐ 318/QĐ-TTg', annex: 'Phụ lục I' },
};
const xa2022 = { level: 'xa', date: '2022-07-26' } as const;

describe('resolveCriteriaSet: errors', () => {
  it('names both sets in force on the date', () => {
    expect(
      issuesOf(() =>
        resolveCriteriaSet(xa2022, [XA_2021_2025, { ...XA_2021_2025, id: 'XA_COPY' }]),
      ),
    ).toMatchObject([
      {
        code: 'criteria/ambiguous-set',
        path: ['sets'],
        params: { date: '2022-07-26', sets: ['XA_2021_2025', 'XA_COPY'] },
      },
    ]);
  });

  it('names the options and a supplement’s set at their paths', () => {
    expect(() => resolveCriteriaSet(xa2022, NTM_CRITERIA_SETS, 'x' as never)).toThrowDomainError(
      'input/wrong-type',
      ['options'],
    );
    expect(() =>
      resolveCriteriaSet(xa2022, NTM_CRITERIA_SETS, {
        supplements: [{ ...FOR_2021, baseSetId: 7 }] as never,
      }),
    ).toThrowDomainError('input/wrong-type', ['options', 'supplements', 0, 'baseSetId']);
    expect(
      issuesOf(() =>
        resolveCriteriaSet(xa2022, NTM_CRITERIA_SETS, { supplements: [FOR_2021, FOR_2021] }),
      ),
    ).toMatchObject([
      {
        code: 'criteria/already-supplemented',
        params: { set: 'XA_2021_2025', source: 'options.supplements[0]' },
      },
    ]);
  });

  it('keeps an error of the set itself where it is, and the supplement’s error as the cause', () => {
    const localised = {
      ...XA_2021_2025,
      provenance: {
        nationalSetId: 'XA_2021_2025',
        nationalBasis: '318/QĐ-TTg',
        illustrative: false,
      },
    };
    let thrown: unknown;
    try {
      resolveCriteriaSet(xa2022, [localised], { supplements: [FOR_2021] });
    } catch (error) {
      thrown = error;
    }
    expect(isDomainError(thrown) && thrown.issues.map((i) => [i.code, i.path])).toEqual([
      ['criteria/supplement-after-localisation', ['set']],
    ]);
    expect(isDomainError((thrown as { cause?: unknown }).cause)).toBe(true);
  });
});
