import type {
  DomainIssue,
  ErrorSpec,
  IssuePath,
  NtmErrorCode,
  ParamsArgument,
} from '@ntm/domain/core';
import { DomainError, issueOf } from '@ntm/domain/core';

/** The problems found in one input, reported together at the end instead of stopping at the first. */
export interface IssueList {
  /** Adds the issue of a catalogue entry. */
  add<S extends ErrorSpec<NtmErrorCode>>(
    spec: S,
    path: IssuePath,
    ...params: ParamsArgument<S>
  ): void;
  /** Number of issues so far. */
  readonly size: number;
  /** Throws one `DomainError` carrying every issue, when there is any. */
  throwIfAny(): void;
}

/** A fresh {@link IssueList}. */
export function issueList(): IssueList {
  const issues: DomainIssue[] = [];
  return {
    add(spec, path, ...params) {
      issues.push(issueOf(spec, path, ...params));
    },
    get size() {
      return issues.length;
    },
    throwIfAny() {
      if (issues.length > 0) throw new DomainError(issues);
    },
  };
}
