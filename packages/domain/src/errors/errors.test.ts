import { describe, expect, it } from 'vitest';
import { DATE_ERRORS } from './catalogue/date.js';
import { INPUT_ERRORS } from './catalogue/input.js';
import { DomainError, fail, isDomainError } from './domain-error.js';
import { formatIssues, formatPath } from './format-issues.js';
import { createIssue, issueOf } from './issue.js';
import { toResult, unwrap } from './result.js';

const issue = issueOf(DATE_ERRORS['date/invalid'], ['tasks', 2, 'deadline'], { value: '"x"' });

describe('DomainError', () => {
  it('is recognised without instanceof, including a structural copy from another bundle', () => {
    const error = new DomainError([issue]);
    expect(isDomainError(error)).toBe(true);
    expect(isDomainError({ kind: 'ntm/domain-error', issues: [] })).toBe(true);
    expect(isDomainError(new Error('x'))).toBe(false);
    expect(isDomainError(null)).toBe(false);
    expect(error.message).toBe(`date/invalid: ${issue.message.en}`);
  });

  it('exposes the first issue’s code and keeps the cause it explains', () => {
    const cause = new TypeError('low level');
    const error = new DomainError([issue, issueOf(INPUT_ERRORS['input/empty'], ['x'])], { cause });
    expect(error.code).toBe('date/invalid');
    expect(error.cause).toBe(cause);
    expect(new DomainError([]).code).toBeUndefined();
    expect(new DomainError([issue]).cause).toBeUndefined();
  });

  it('freezes its issues', () => {
    expect(Object.isFrozen(issue)).toBe(true);
    expect(Object.isFrozen(issue.path)).toBe(true);
    expect(Object.isFrozen(issue.params)).toBe(true);
    expect(Object.isFrozen(new DomainError([issue]).issues)).toBe(true);
  });

  it('freezes the bilingual and list parameters of an issue too (found by fuzzing)', () => {
    const value = { vi: 'một danh sách', en: 'an array' };
    const phrases = ['trước ngày 05/08/2022', 'trong tháng 10/2022'];
    const built = [
      issueOf(DATE_ERRORS['date/invalid'], [], { value }),
      createIssue('date/invalid', [], { vi: 'x', en: 'x' }, { value, phrases }),
    ];
    for (const one of built) {
      expect(Object.isFrozen(one.params?.value)).toBe(true);
      expect(one.params?.value).toEqual(value);
    }
    expect(Object.isFrozen(built[1]?.params?.phrases)).toBe(true);
    expect(built[1]?.params?.phrases).toEqual(phrases);
    // The caller's objects stay theirs: copied, not frozen in place.
    expect(Object.isFrozen(value)).toBe(false);
    expect(Object.isFrozen(phrases)).toBe(false);
  });

  it('fail throws the single issue of a catalogue entry, its message filled in both languages', () => {
    expect(() =>
      fail(INPUT_ERRORS['input/wrong-type'], ['a'], {
        expected: { vi: 'một số', en: 'a number' },
        received: '"x"',
      }),
    ).toThrowDomainError('input/wrong-type', ['a']);
    const result = toResult(() => fail(INPUT_ERRORS['input/empty'], ['name']));
    expect(result).toEqual({
      success: false,
      issues: [
        {
          code: 'input/empty',
          path: ['name'],
          message: { vi: 'Không được để trống', en: 'Must not be empty' },
        },
      ],
    });
  });
});

describe('issueOf', () => {
  it('fills each language with its side of a bilingual parameter and keeps the parameters for apps', () => {
    const built = issueOf(INPUT_ERRORS['input/wrong-type'], [], {
      expected: { vi: 'một số', en: 'a number' },
      received: '"x"',
    });
    expect(built.message).toEqual({ vi: 'Cần một số, nhận "x"', en: 'Expected a number, got "x"' });
    expect(built.params).toEqual({ expected: { vi: 'một số', en: 'a number' }, received: '"x"' });
  });

  it('joins a list parameter and passes data-only parameters through', () => {
    const built = issueOf(INPUT_ERRORS['input/not-allowed'], [], {
      allowed: ['"a"', '"b"'],
      received: '"c"',
    });
    expect(built.message.en).toBe('Expected one of "a"; "b"; got "c"');
  });
});

describe('Result helpers', () => {
  it('turns domain errors into failed results and re-throws bugs', () => {
    expect(toResult(() => 1)).toEqual({ success: true, data: 1 });
    const failed = toResult(() => fail(INPUT_ERRORS['input/empty'], []));
    expect(failed.success).toBe(false);
    expect(() =>
      toResult(() => {
        throw new TypeError('bug');
      }),
    ).toThrowError(TypeError);
    expect(unwrap({ success: true, data: 'ok' })).toBe('ok');
    expect(() => unwrap({ success: false, issues: [issue] })).toThrowDomainError('date/invalid');
  });
});

describe('formatIssues', () => {
  it('renders a path people read, in the chosen language', () => {
    const plain = createIssue('date/invalid', ['tasks', 2, 'deadline'], {
      vi: 'Sai ngày',
      en: 'Bad date',
    });
    expect(formatPath(['tasks', 2, 'deadline'])).toBe('tasks[2].deadline');
    expect(formatIssues([plain])).toBe('tasks[2].deadline: Sai ngày (date/invalid)');
    expect(formatIssues([plain], { locale: 'en' })).toBe(
      'tasks[2].deadline: Bad date (date/invalid)',
    );
  });
});
