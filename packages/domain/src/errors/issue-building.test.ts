// How issues are built, rendered and carried: the exact texts, paths and shapes apps read.
import { describe, expect, it } from 'vitest';
import { DATE_ERRORS } from './catalogue/date.js';
import { INPUT_ERRORS } from './catalogue/input.js';
import { defineErrors, fillTemplate, placeholdersOf } from './define-errors.js';
import { DomainError, isDomainError } from './domain-error.js';
import { formatIssues, formatPath } from './format-issues.js';
import { createIssue, issueOf } from './issue.js';
import { toResult, unwrap } from './result.js';

describe('placeholdersOf and defineErrors', () => {
  it('lists each parameter once, in order of first use', () => {
    expect(placeholdersOf('{b} {a} {b} {c1}')).toEqual(['b', 'a', 'c1']);
    expect(placeholdersOf('no parameter { here }')).toEqual([]);
  });

  it('reads the parameters from the English template, then the data-only ones', () => {
    const area = defineErrors({
      'x/one': { vi: 'Có {count}', en: '{count} of {total}', data: ['candidates'] },
      'x/two': { vi: 'Trống', en: 'Empty' },
    });
    expect(area['x/one']).toEqual({
      code: 'x/one',
      vi: 'Có {count}',
      en: '{count} of {total}',
      params: ['count', 'total', 'candidates'],
    });
    expect(area['x/two'].params).toEqual([]);
    expect(Object.isFrozen(area)).toBe(true);
    expect(Object.isFrozen(area['x/one'])).toBe(true);
    expect(Object.isFrozen(area['x/one'].params)).toBe(true);
  });
});

describe('fillTemplate', () => {
  it('returns the template itself without parameters', () => {
    expect(fillTemplate('Cần {expected}', undefined, 'vi')).toBe('Cần {expected}');
  });

  it('writes numbers, booleans, lists and each side of a pair', () => {
    const params = { n: 0, b: false, list: ['a', 'b'], pair: { vi: 'một số', en: 'a number' } };
    expect(fillTemplate('{n}|{b}|{list}|{pair}', params, 'vi')).toBe('0|false|a; b|một số');
    expect(fillTemplate('{n}|{b}|{list}|{pair}', params, 'en')).toBe('0|false|a; b|a number');
  });

  it('leaves a missing parameter showing, and never reads one from the prototype', () => {
    expect(fillTemplate('{a} {b}', { a: 1 }, 'en')).toBe('1 {b}');
    expect(fillTemplate('{toString}', {}, 'en')).toBe('{toString}');
  });
});

describe('createIssue and issueOf', () => {
  it('builds an issue without params when none are given', () => {
    const plain = createIssue('date/invalid', ['a', 0], { vi: 'Sai', en: 'Bad' });
    expect(plain).toEqual({
      code: 'date/invalid',
      path: ['a', 0],
      message: { vi: 'Sai', en: 'Bad' },
    });
    expect('params' in plain).toBe(false);
    expect(Object.isFrozen(plain.message)).toBe(true);
  });

  it('copies the path and the message it is given', () => {
    const path = ['a'];
    const message = { vi: 'Sai', en: 'Bad' };
    const built = createIssue('date/invalid', path, message, { n: 1 });
    path.push('b');
    message.en = 'changed';
    expect(built.path).toEqual(['a']);
    expect(built.message.en).toBe('Bad');
    expect(built.params).toEqual({ n: 1 });
    expect(Object.isFrozen(built.message)).toBe(true);
  });

  it('keeps no params for an entry without parameters, and the filled ones otherwise', () => {
    const empty = issueOf(INPUT_ERRORS['input/empty'], ['name']);
    expect('params' in empty).toBe(false);
    expect(empty.message).toEqual({ vi: 'Không được để trống', en: 'Must not be empty' });
    const day = issueOf(DATE_ERRORS['date/no-such-day'], ['signed'], {
      year: 2023,
      month: 2,
      day: 29,
    });
    expect(day.message).toEqual({
      vi: 'Tháng 2/2023 không có ngày 29.',
      en: 'Month 2/2023 has no day 29.',
    });
    expect(day.params).toEqual({ year: 2023, month: 2, day: 29 });
  });
});

describe('formatPath and formatIssues', () => {
  it('writes keys with dots and indexes in brackets, from any start', () => {
    expect(formatPath([])).toBe('');
    expect(formatPath(['a'])).toBe('a');
    expect(formatPath([0, 'a', 1, 2, 'b'])).toBe('[0].a[1][2].b');
  });

  it('leaves out the path of a root issue and puts one issue on each line', () => {
    const root = createIssue('input/empty', [], { vi: 'Trống', en: 'Empty' });
    const deep = createIssue('date/invalid', ['x', 1], { vi: 'Sai ngày', en: 'Bad date' });
    expect(formatIssues([root, deep])).toBe('Trống (input/empty)\nx[1]: Sai ngày (date/invalid)');
    expect(formatIssues([root, deep], { locale: 'en' })).toBe(
      'Empty (input/empty)\nx[1]: Bad date (date/invalid)',
    );
    expect(formatIssues([root], { locale: 'vi' })).toBe('Trống (input/empty)');
    expect(formatIssues([])).toBe('');
  });
});

describe('DomainError and results', () => {
  it('has a name, a kind, and a message for no issue at all', () => {
    const error = new DomainError([]);
    expect(error.name).toBe('DomainError');
    expect(error.kind).toBe('ntm/domain-error');
    expect(error.message).toBe('Invalid input');
    expect(error.issues).toEqual([]);
    expect(error).toBeInstanceOf(Error);
  });

  it('copies the issues it is given', () => {
    const issues = [issueOf(INPUT_ERRORS['input/empty'], [])];
    const error = new DomainError(issues);
    issues.push(issueOf(INPUT_ERRORS['input/empty'], ['x']));
    expect(error.issues).toHaveLength(1);
  });

  it('is recognised by its kind and a list of issues, nothing less', () => {
    expect(isDomainError({ kind: 'ntm/domain-error', issues: {} })).toBe(false);
    expect(isDomainError({ kind: 'other', issues: [] })).toBe(false);
    expect(isDomainError({ issues: [] })).toBe(false);
    expect(isDomainError('ntm/domain-error')).toBe(false);
    expect(isDomainError(undefined)).toBe(false);
  });

  it('gives the issues of a failed result back as a DomainError', () => {
    const issue = issueOf(INPUT_ERRORS['input/empty'], ['name']);
    const failed = toResult(() => unwrap({ success: false, issues: [issue] }));
    expect(failed).toEqual({ success: false, issues: [issue] });
    const other = new RangeError('bug');
    expect(() =>
      toResult(() => {
        throw other;
      }),
    ).toThrow(other);
  });
});
