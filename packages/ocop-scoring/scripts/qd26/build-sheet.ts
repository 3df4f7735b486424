/*
 * One source sheet → the OcopRubric fields the SDK ships (without basis, validity and dataAsOf, which the renderer
 * writes as references to the decision's constants). Checks the arithmetic of the sheet as it goes: a criterion's
 * cap is its best option, a section's cap the sum of its criteria, a part's cap the sum of its sections.
 */
import type { SourceItem, SourceOption, SourceSheet } from './source.js';

export interface Option {
  text: string;
  points: number;
  minStars?: 3 | 4 | 5;
  correction?: string;
}
export interface Criterion {
  kind: 'choice' | 'yes-no' | 'cases' | 'group';
  code: string;
  title: string;
  maxPoints: number;
  notes: readonly string[];
  options?: Option[];
  cases?: { id: string; title: string; options: Option[] }[];
  items?: Criterion[];
}
export interface Minimum {
  stars: 3 | 4 | 5;
  criterion: string;
  case?: string;
  option: number;
  points: number;
}
export interface Disqualifier {
  id: string;
  scope: 'sheet' | 'criterion';
  criterion?: string;
  effect: 'excluded' | 'not-evaluated';
  whenZeroIn?: string[];
  text: string;
}
/** The rubric fields taken from the sheet, in the order they are written. */
export interface SheetRubric {
  id: string;
  version: 'QD26_2026';
  productSet: string;
  title: string;
  classification: string;
  parts: {
    key: 'A' | 'B' | 'C';
    title: string;
    maxPoints: number;
    sections: {
      code: string;
      title: string;
      maxPoints: number;
      notes: readonly string[];
      items: Criterion[];
    }[];
  }[];
  minimums: Minimum[];
  disqualifiers: Disqualifier[];
  notes: string[];
}

/** Notes that stop the evaluation: the dossier is rejected, or the remaining steps are not evaluated. */
const EXCLUDED = /Bị loại nếu|sẽ bị loại/iu;
const STOPS =
  /không đánh giá các bước tiếp theo|không xem xét các chỉ tiêu khác|không đánh giá những sản phẩm/iu;
/** "If 0 points in one of the criteria above, the next steps are not evaluated." */
export const ZERO_RULE = /Nếu được 0 điểm tại một trong các chỉ tiêu trên/u;

export const isStopNote = (note: string): boolean => EXCLUDED.test(note) || STOPS.test(note);

/** The source option as shipped: the star marker, and the correction text of the anomaly that covers it. */
function toOption(o: SourceOption, correction: string | undefined): Option {
  const option: Option = { text: o.text, points: o.points };
  if (o.stars) option.minStars = o.stars;
  if (o.printedPoints !== undefined && correction) option.correction = correction;
  return option;
}

/** Case titles come from the notes "a. Trường hợp 1: …" printed under the criterion. */
function caseTitle(notes: readonly string[], id: string): string | undefined {
  const pattern = new RegExp(`^${id}\\. Trường hợp \\d+: (.*)$`, 'u');
  for (const note of notes) {
    const match = pattern.exec(note);
    if (match) return match[1];
  }
  return undefined;
}

const best = (c: Criterion): number => {
  switch (c.kind) {
    case 'choice':
      return Math.max(...(c.options ?? []).map((o) => o.points));
    case 'yes-no':
      return c.maxPoints;
    case 'cases':
      return Math.max(...(c.cases ?? []).flatMap((k) => k.options.map((o) => o.points)));
    case 'group':
      return (c.items ?? []).reduce((sum, item) => sum + item.maxPoints, 0);
  }
};

export const leavesOf = (c: Criterion): Criterion[] =>
  c.kind === 'group' ? (c.items ?? []).flatMap(leavesOf) : [c];

/**
 * Builds the rubric fields of one sheet. `correctionFor(sheet, code)` gives the correction text for an option printed
 * differently; `notesFor(sheet)` the anomaly notes added before the sheet's footnotes. Problems go to `problem`.
 */
export function buildSheet(
  sheet: SourceSheet,
  correctionFor: (sheet: string, code: string) => string | undefined,
  notesFor: (sheet: string) => readonly string[],
  problem: (message: string) => void,
): SheetRubric {
  const id = `QD26_2026-${sheet.sheet}`;
  const criterion = (item: SourceItem): Criterion => {
    const base = {
      code: item.code,
      title: item.title,
      maxPoints: item.maxPoints,
      notes: item.notes,
    };
    const forms = [item.options, item.criteria, item.yesNo].filter((f) => f !== undefined).length;
    if (forms !== 1) problem(`${id} ${item.code}: needs exactly one of options, criteria, yesNo`);
    if (item.yesNo) return { kind: 'yes-no', ...base };
    if (item.criteria) return { kind: 'group', ...base, items: item.criteria.map(criterion) };
    const correction = correctionFor(sheet.sheet, item.code);
    const options = item.options ?? [];
    if (!options.some((o) => o.case !== undefined))
      return { kind: 'choice', ...base, options: options.map((o) => toOption(o, correction)) };
    if (!options.every((o) => o.case !== undefined))
      problem(`${id} ${item.code}: options with and without a case`);
    const ids = [...new Set(options.map((o) => o.case ?? ''))];
    const cases = ids.map((caseId) => {
      const title = caseTitle(item.notes, caseId);
      if (!title) problem(`${id} ${item.code}: no title for case ${caseId}`);
      return {
        id: caseId,
        title: title ?? caseId,
        options: options.filter((o) => o.case === caseId).map((o) => toOption(o, correction)),
      };
    });
    return { kind: 'cases', ...base, cases };
  };

  const parts = sheet.parts.map((part) => {
    const sections = part.sections.map((section) => {
      // A section printed with options is scored directly: it becomes its own criterion, with its notes.
      const direct = section.options !== undefined || section.yesNo !== undefined;
      const items = direct ? [criterion(section)] : (section.criteria ?? []).map(criterion);
      if (!direct && section.notes.some(isStopNote))
        problem(`${id} §${section.code}: a stop note on a section with criteria`);
      for (const item of items) {
        if (item.kind !== 'yes-no' && best(item) !== item.maxPoints)
          problem(`${id} ${item.code}: cap ${item.maxPoints} but best ${best(item)}`);
        for (const leaf of leavesOf(item))
          if (leaf.kind !== 'yes-no' && best(leaf) !== leaf.maxPoints)
            problem(`${id} ${leaf.code}: cap ${leaf.maxPoints} but best option ${best(leaf)}`);
      }
      const sum = items.reduce((total, item) => total + item.maxPoints, 0);
      if (sum !== section.maxPoints)
        problem(`${id} §${section.code}: cap ${section.maxPoints} but criteria sum to ${sum}`);
      return {
        code: section.code,
        title: section.title,
        maxPoints: section.maxPoints,
        notes: direct ? [] : section.notes,
        items,
      };
    });
    const sum = sections.reduce((total, s) => total + s.maxPoints, 0);
    if (sum !== part.maxPoints)
      problem(`${id} part ${part.part}: cap ${part.maxPoints} but sections sum to ${sum}`);
    return { key: part.part, title: part.title, maxPoints: part.maxPoints, sections };
  });

  const minimums: Minimum[] = [];
  const disqualifiers: Disqualifier[] = sheet.exclusion
    ? [{ id: 'sheet', scope: 'sheet', effect: 'excluded', text: sheet.exclusion }]
    : [];
  for (const part of parts)
    for (const section of part.sections)
      for (const item of section.items) {
        for (const leaf of leavesOf(item)) collectMinimums(leaf, minimums);
        collectDisqualifiers(item, section.items, disqualifiers);
      }
  return {
    id,
    version: 'QD26_2026',
    productSet: sheet.sheet,
    title: sheet.title,
    classification: sheet.classification,
    parts,
    minimums,
    disqualifiers,
    notes: [...notesFor(sheet.sheet), ...sheet.footnotes],
  };
}

function collectMinimums(leaf: Criterion, out: Minimum[]): void {
  const scan = (options: readonly Option[], caseId?: string): void => {
    for (const [index, o] of options.entries())
      if (o.minStars)
        out.push({
          stars: o.minStars,
          criterion: leaf.code,
          ...(caseId === undefined ? {} : { case: caseId }),
          option: index,
          points: o.points,
        });
  };
  if (leaf.options) scan(leaf.options);
  for (const c of leaf.cases ?? []) scan(c.options, c.id);
}

function collectDisqualifiers(
  item: Criterion,
  siblings: readonly Criterion[],
  out: Disqualifier[],
): void {
  for (const leaf of [item, ...(item.kind === 'group' ? (item.items ?? []) : [])]) {
    for (const note of leaf.notes) {
      if (!isStopNote(note)) continue;
      const taken = out.filter((d) => d.criterion === leaf.code).length;
      const d: Disqualifier = {
        id: taken === 0 ? leaf.code : `${leaf.code}#${taken + 1}`,
        scope: 'criterion',
        criterion: leaf.code,
        effect: EXCLUDED.test(note) ? 'excluded' : 'not-evaluated',
        text: note,
      };
      if (ZERO_RULE.test(note)) {
        // "The criteria above" = this section's criteria up to and including this one (anomaly
        // b16-6.4-criteria-above in decision.json).
        d.whenZeroIn = siblings
          .slice(0, siblings.indexOf(item) + 1)
          .flatMap(leavesOf)
          .map((c) => c.code);
      }
      out.push(d);
    }
  }
}
