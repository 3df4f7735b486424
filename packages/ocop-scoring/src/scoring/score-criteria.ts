import type {
  Bilingual,
  DomainIssue,
  IssuePath,
  OcopAnswer,
  OcopCasesCriterion,
  OcopCriterion,
  OcopOption,
  OcopPart,
  OcopPartKey,
  OcopRubric,
  OcopSection,
} from '@ntm/domain/core';
import {
  expectedKind,
  expectInteger,
  INPUT_ERRORS,
  issueOf,
  OCOP_SCORING_ERRORS,
  received,
  toResult,
} from '@ntm/domain/core';
import {
  attachRemaining,
  type MinimumCursor,
  minimumCursor,
  type ScoredEntry,
  takeMarkers,
} from './minimums.js';
import { chosenReason, EMPTY, NOT_EVALUATED, yesNoReason } from './reasons.js';
import { isPoints, malformed } from './rubric-guard.js';

/** Every criterion of a sheet scored in sheet order, with the part totals. */
export interface ScoredCriteria {
  readonly trace: ScoredEntry[];
  readonly parts: { A: number; B: number; C: number };
}

/** What one walk over a sheet carries from criterion to criterion. */
interface Walk {
  readonly trace: ScoredEntry[];
  readonly issues: DomainIssue[];
  readonly criteria: Readonly<Record<string, OcopAnswer>>;
  /** A disqualifier was reported: unanswered criteria are allowed and score 0. */
  readonly stopped: boolean;
  readonly minimums: MinimumCursor;
}

/**
 * Scores every leaf criterion of `rubric` from `criteria`, attaching each criterion's per-star minimum checks, in
 * one walk over the sheet. Problems with the answers are collected in `issues`, not thrown, so the caller reports
 * them all at once; a sheet value the walk cannot use stops it ({@link malformed}).
 */
export function scoreCriteria(
  rubric: OcopRubric,
  criteria: Readonly<Record<string, OcopAnswer>>,
  stopped: boolean,
  issues: DomainIssue[],
): ScoredCriteria {
  const walk: Walk = {
    trace: [],
    issues,
    criteria,
    stopped,
    minimums: minimumCursor(rubric.minimums),
  };
  const parts = { A: 0, B: 0, C: 0 };
  // Index loops throughout: the sheet is deeply frozen, and on Node 20 (V8 11) for…of over a frozen array costs
  // about twice an indexed read, which itself costs several times a read from a plain array.
  const sheet = rubric.parts;
  for (let p = 0; p < sheet.length; p++) {
    const part = sheet[p] as OcopPart;
    if (part.key !== 'A' && part.key !== 'B' && part.key !== 'C') malformed();
    // Summed in a local and added to its part once: a store keyed by the part letter per criterion cost more than
    // the whole sum.
    let sum = 0;
    const sections = part.sections;
    for (let s = 0; s < sections.length; s++) {
      const section = sections[s] as OcopSection;
      if (typeof section.code !== 'string') malformed();
      sum += scoreItems(walk, section.items, part.key, section.code);
    }
    parts[part.key] += sum;
  }
  attachRemaining(walk.minimums, walk.trace);
  return { trace: walk.trace, parts };
}

/** Scores a list of criteria (a group: each of its sub-criteria), adds them to the trace and returns their points. */
function scoreItems(
  walk: Walk,
  items: readonly OcopCriterion[],
  part: OcopPartKey,
  section: string,
): number {
  let sum = 0;
  for (let i = 0; i < items.length; i++) {
    const item = items[i] as OcopCriterion;
    sum +=
      item.kind === 'group'
        ? scoreItems(walk, item.items, part, section)
        : scoreLeaf(walk, item, part, section);
  }
  return sum;
}

/** Scores one leaf criterion, adds it to the trace and returns its points. */
function scoreLeaf(
  walk: Walk,
  item: Exclude<OcopCriterion, { kind: 'group' }>,
  part: OcopPartKey,
  section: string,
): number {
  const code = item.code;
  if (typeof code !== 'string' || typeof item.title !== 'string' || !isPoints(item.maxPoints))
    malformed();
  // One lookup: an absent code and an explicit `undefined` both count as unanswered. Codes are digits and dots, so
  // nothing inherited from Object.prototype can answer for them.
  const raw = walk.criteria[code];
  const answered = raw !== undefined;
  const answer = answered ? raw : null;
  let points = 0;
  let option: number | null = null;
  let caseId: string | null = null;
  let chosen: OcopOption | undefined;
  let reason: Bilingual = EMPTY;
  if (!answered) {
    if (!walk.stopped)
      walk.issues.push(
        issueOf(OCOP_SCORING_ERRORS['ocop/missing-answer'], ['criteria', code], {
          criterion: code,
          title: item.title,
        }),
      );
    reason = NOT_EVALUATED;
  } else if (item.kind === 'yes-no') {
    if (typeof answer !== 'boolean') walk.issues.push(wrongType(answer, 'boolean', code));
    else {
      points = answer ? item.maxPoints : 0;
      reason = yesNoReason(answer, item.maxPoints);
    }
  } else if (item.kind === 'choice') {
    if (typeof answer !== 'number') walk.issues.push(wrongType(answer, 'number', code));
    else {
      chosen = pick(item.options, answer, false, code, walk.issues);
      option = answer;
      points = chosen?.points ?? 0;
      reason = chosenReason(chosen, points, item.maxPoints);
    }
  } else {
    const value = answer as { case?: unknown; option?: unknown } | null;
    const match =
      typeof value === 'object' && value !== null && typeof value.case === 'string'
        ? item.cases.find((c) => c.id === value.case)
        : undefined;
    if (!match || typeof value?.option !== 'number') {
      walk.issues.push(caseIssue(item, value, code));
    } else {
      caseId = match.id;
      option = value.option;
      chosen = pick(match.options, value.option, true, code, walk.issues);
      points = chosen?.points ?? 0;
      const base = chosenReason(chosen, points, item.maxPoints);
      reason = { vi: `Trường hợp ${match.id}: ${base.vi}`, en: `Case ${match.id}: ${base.en}` };
    }
  }
  walk.trace.push({
    criterion: code,
    part,
    section,
    title: item.title,
    // A case answer is copied with its two fields only, so nothing else from the input reaches the result.
    answer: caseId === null ? answer : { case: caseId, option: option ?? 0 },
    case: caseId,
    option,
    optionText: chosen?.text ?? null,
    points,
    maxPoints: item.maxPoints,
    markers: takeMarkers(walk.minimums, code, points),
    reason,
  });
  return points;
}

/** The option at `index`, its points and text checked; an issue (and `undefined`) when the criterion has none there. */
function pick(
  options: readonly OcopOption[],
  index: number,
  inCase: boolean,
  code: string,
  issues: DomainIssue[],
): OcopOption | undefined {
  // A sheet whose options are not a list is the sheet's problem, not an answer naming no option.
  if (!Array.isArray(options)) malformed();
  const option = Number.isInteger(index) ? options[index] : undefined;
  if (option) {
    if (!isPoints(option.points) || typeof option.text !== 'string') malformed();
  } else issues.push(noSuchOption(options, index, code, inCase));
  return option;
}

/** An index that is not a whole number from 0 is refused as such (`input/*`); else it names no option here. */
function noSuchOption(
  options: readonly OcopOption[],
  index: number,
  code: string,
  inCase: boolean,
): DomainIssue {
  const path: IssuePath = inCase ? ['criteria', code, 'option'] : ['criteria', code];
  const shape = toResult(() => expectInteger(index, path, { min: 0 }));
  if (!shape.success) return shape.issues[0] as DomainIssue;
  return issueOf(OCOP_SCORING_ERRORS['ocop/invalid-option'], path, {
    criterion: code,
    count: options.length,
    last: options.length - 1,
    received: received(index),
  });
}

/** The problem with the answer to a criterion with cases: not an object, no such case, or an option not a number. */
function caseIssue(
  item: OcopCasesCriterion,
  value: { case?: unknown; option?: unknown } | null,
  code: string,
): DomainIssue {
  if (typeof value !== 'object' || value === null) return wrongType(value, 'object', code);
  if (!item.cases.some((c) => c.id === value.case)) {
    const cases = item.cases.map((c) => c.id);
    // The message lists the sheet's case letters: a case without one is the sheet's problem, not the answer's.
    if (!cases.every((id) => typeof id === 'string')) malformed();
    return issueOf(OCOP_SCORING_ERRORS['ocop/invalid-case'], ['criteria', code, 'case'], {
      criterion: code,
      cases,
      received: received(value.case),
    });
  }
  return issueOf(INPUT_ERRORS['input/wrong-type'], ['criteria', code, 'option'], {
    expected: expectedKind('number'),
    received: received(value.option),
  });
}

/** An answer of the wrong type for its criterion: `true`/`false`, an option index, or `{ case, option }`. */
function wrongType(
  answer: unknown,
  expected: 'boolean' | 'number' | 'object',
  code: string,
): DomainIssue {
  return issueOf(INPUT_ERRORS['input/wrong-type'], ['criteria', code], {
    expected: expectedKind(expected),
    received: received(answer),
  });
}
