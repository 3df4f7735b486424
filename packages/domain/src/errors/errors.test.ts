import { describe, expect, it } from 'vitest';
import { DomainError, fail, isDomainError } from './domain-error.js';
import { formatIssues, formatPath } from './format-issues.js';
import { createIssue } from './issue.js';
import { toResult, unwrap } from './result.js';

const issue = createIssue(
  'date/invalid',
  ['tasks', 2, 'deadline'],
  { vi: 'Sai ngày', en: 'Bad date' },
  { value: 'x' },
);

describe('DomainError', () => {
  it('is recognised without instanceof, including a structural copy from another bundle', () => {
    const error = new DomainError([issue]);
    expect(isDomainError(error)).toBe(true);
    expect(isDomainError({ kind: 'ntm/domain-error', issues: [] })).toBe(true);
    expect(isDomainError(new Error('x'))).toBe(false);
    expect(isDomainError(null)).toBe(false);
    expect(error.message).toBe('date/invalid: Bad date');
  });

  it('freezes its issues', () => {
    expect(Object.isFrozen(issue)).toBe(true);
    expect(Object.isFrozen(issue.path)).toBe(true);
    expect(Object.isFrozen(new DomainError([issue]).issues)).toBe(true);
  });

  it('fail throws a single-issue error', () => {
    expect(() => fail('x/y', ['a'], { vi: 'v', en: 'e' })).toThrowError(DomainError);
  });
});

describe('Result helpers', () => {
  it('turns domain errors into failed results and re-throws bugs', () => {
    expect(toResult(() => 1)).toEqual({ success: true, data: 1 });
    const failed = toResult(() => fail('x/y', [], { vi: 'v', en: 'e' }));
    expect(failed.success).toBe(false);
    expect(() =>
      toResult(() => {
        throw new TypeError('bug');
      }),
    ).toThrowError(TypeError);
    expect(unwrap({ success: true, data: 'ok' })).toBe('ok');
    expect(() => unwrap({ success: false, issues: [issue] })).toThrowError(/date\/invalid/);
  });
});

describe('formatIssues', () => {
  it('renders a path people read, in the chosen language', () => {
    expect(formatPath(['tasks', 2, 'deadline'])).toBe('tasks[2].deadline');
    expect(formatIssues([issue])).toBe('tasks[2].deadline: Sai ngày (date/invalid)');
    expect(formatIssues([issue], { locale: 'en' })).toBe(
      'tasks[2].deadline: Bad date (date/invalid)',
    );
  });
});
