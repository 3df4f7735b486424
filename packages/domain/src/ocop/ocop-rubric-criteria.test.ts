// The criterion shapes of an OCOP sheet (built lazily, as a criterion may hold criteria): each kind accepted with its
// own fields, and each refusal with its code and path.
import { describe, expect, it } from 'vitest';
import { sheetWith } from '../../test/ocop-sheet.js';
import { safeParseOcopRubric } from './ocop-schemas.js';

const base = { code: '1.1', title: 'T', maxPoints: 2, notes: [] };
const option = { text: 'x', points: 2 };

const AT = ['parts', 0, 'sections', 0, 'items', 0];

function outcome(criterion: unknown) {
  const result = safeParseOcopRubric(sheetWith([criterion]));
  return result.success ? 'ok' : result.issues.map((issue) => [issue.code, issue.path]);
}

describe('criteria of an OCOP sheet', () => {
  it('accepts each kind with its own fields', () => {
    expect(outcome({ kind: 'choice', ...base, options: [option] })).toBe('ok');
    expect(outcome({ kind: 'yes-no', ...base })).toBe('ok');
    const cases = [
      { id: 'a', title: 'A', options: [option] },
      { id: 'b', title: 'B', options: [option] },
    ];
    expect(outcome({ kind: 'cases', ...base, cases })).toBe('ok');
    expect(
      outcome({
        kind: 'group',
        ...base,
        items: [{ kind: 'group', ...base, items: [{ kind: 'yes-no', ...base }] }],
      }),
    ).toBe('ok');
  });

  it('keeps what it accepts', () => {
    const criterion = {
      kind: 'choice',
      ...base,
      options: [{ ...option, minStars: 5, correction: 'c' }],
    };
    const result = safeParseOcopRubric(sheetWith([criterion]));
    expect(result.success && result.data.parts[0]?.sections[0]?.items[0]).toEqual(criterion);
  });

  it('names the kinds there are when the kind is unknown', () => {
    const result = safeParseOcopRubric(sheetWith([{ kind: 'slider', ...base }]));
    expect(result.success ? [] : result.issues).toEqual([
      expect.objectContaining({
        code: 'input/not-allowed',
        path: [...AT, 'kind'],
        params: expect.objectContaining({ allowed: '"choice", "yes-no", "cases", "group"' }),
      }),
    ]);
  });

  it('needs an option, two cases, an item', () => {
    expect(outcome({ kind: 'choice', ...base, options: [] })).toEqual([
      ['input/empty', [...AT, 'options']],
    ]);
    expect(
      outcome({ kind: 'cases', ...base, cases: [{ id: 'a', title: 'A', options: [option] }] }),
    ).toEqual([['input/too-short', [...AT, 'cases']]]);
    expect(
      outcome({
        kind: 'cases',
        ...base,
        cases: [
          { id: 'a', title: 'A', options: [] },
          { id: 'b', title: 'B', options: [option] },
        ],
      }),
    ).toEqual([['input/empty', [...AT, 'cases', 0, 'options']]]);
    expect(outcome({ kind: 'group', ...base, items: [] })).toEqual([
      ['input/empty', [...AT, 'items']],
    ]);
  });

  it('refuses the fields of another kind, and a bad nested criterion at its path', () => {
    expect(outcome({ kind: 'yes-no', ...base, options: [option] })).toEqual([
      ['input/unknown-field', [...AT, 'options']],
    ]);
    expect(
      outcome({
        kind: 'group',
        ...base,
        items: [{ kind: 'choice', ...base, code: 'x', options: [option] }],
      }),
    ).toEqual([['ocop/invalid-criterion-code', [...AT, 'items', 0, 'code']]]);
    expect(
      outcome({
        kind: 'choice',
        ...base,
        maxPoints: 101,
        options: [{ text: 'x', points: -1, minStars: 2 }],
      }),
    ).toEqual([
      ['input/too-big', [...AT, 'maxPoints']],
      ['input/too-small', [...AT, 'options', 0, 'points']],
      ['input/not-allowed', [...AT, 'options', 0, 'minStars']],
    ]);
    expect(outcome({ kind: 'choice', ...base, notes: [' '], options: [option] })).toEqual([
      ['input/empty', [...AT, 'notes', 0]],
    ]);
  });
});
