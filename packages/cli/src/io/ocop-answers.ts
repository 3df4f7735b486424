import type { OcopAnswer, OcopOption } from '@ntm/domain';
import { CLI_ERRORS, type MessageParam, received, searchKey } from '@ntm/domain/core';
import { inputFail, type Where } from '../cli-error.js';
import { cellBoolean } from './cells.js';
import { answerChoices, type LeafCriterion, optionLabel, pointsText } from './ocop-sheet.js';
import type { Cell } from './table.js';

type Criterion = LeafCriterion['criterion'];

/**
 * Reads one answer the way the paper sheet is filled in: the option's words or its points ("2 điểm", "2đ", or the
 * number 2 in an Excel cell), the label picked from the Excel drop-down, `có`/`không` for a yes/no criterion, and for
 * a criterion with cases the case letter first ("a) 2 điểm"). The JSON format's own forms (`true`, a 0-based option
 * index, `{ "case": "a", "option": 0 }`) are accepted from JSON files. A wrong answer is an error that lists the
 * criterion's options as the sheet prints them.
 *
 * @example
 * ```ts
 * readAnswer(criterion, '2 điểm', { file: 'phieu.xlsx', row: 3 }, 'sheet'); // 1 (the option worth 2 points)
 * ```
 */
export function readAnswer(
  criterion: Criterion,
  raw: unknown,
  where: Where,
  source: 'sheet' | 'json',
): OcopAnswer {
  if (criterion.kind === 'yes-no') {
    if (typeof raw === 'boolean') return raw;
    const value =
      typeof raw === 'string' || typeof raw === 'number'
        ? safeBoolean(raw as Cell, where)
        : undefined;
    if (value !== undefined) return value;
    return wrong(criterion, raw, where);
  }
  if (source === 'json' && typeof raw === 'number') return jsonIndex(criterion, raw, where);
  if (source === 'json' && typeof raw === 'object' && raw !== null && criterion.kind === 'cases')
    return jsonCase(criterion, raw as Record<string, unknown>, where);
  if (typeof raw === 'number') return fromText(criterion, String(raw), raw, where);
  if (typeof raw === 'string') return fromText(criterion, raw, raw, where);
  return wrong(criterion, raw, where);
}

function safeBoolean(cell: Cell, where: Where): boolean | undefined {
  try {
    return cellBoolean(cell, where);
  } catch {
    return undefined;
  }
}

/** A text answer: a drop-down label, points, or the option's words; with a case letter first for cases. */
function fromText(criterion: Criterion, text: string, raw: unknown, where: Where): OcopAnswer {
  if (criterion.kind === 'yes-no') return wrong(criterion, raw, where);
  if (criterion.kind === 'choice') {
    const index = matchOption(criterion.options, text, (o) => optionLabel(o));
    if (typeof index === 'number') return index;
    return index === 'ambiguous' ? ambiguous(criterion, text, where) : wrong(criterion, raw, where);
  }
  const m = /^\s*([a-zA-Z])\s*[).:–-]?\s*(.*)$/s.exec(text);
  const chosen = m ? criterion.cases.find((c) => c.id === m[1]?.toLowerCase()) : undefined;
  if (!m || !chosen) return wrong(criterion, raw, where);
  const rest = m[2] ?? '';
  const index = matchOption(chosen.options, rest, (o) => optionLabel(o));
  if (typeof index === 'number') return { case: chosen.id, option: index };
  const labelled = matchOption(chosen.options, text, (o) => optionLabel(o, chosen));
  if (typeof labelled === 'number') return { case: chosen.id, option: labelled };
  return index === 'ambiguous' ? ambiguous(criterion, text, where) : wrong(criterion, raw, where);
}

/** The option a text names: its label, its points (when no other option has them) or its words. */
function matchOption(
  options: readonly OcopOption[],
  text: string,
  label: (o: OcopOption) => string,
): number | 'ambiguous' | undefined {
  const key = searchKey(text);
  if (key === '') return undefined;
  const byLabel = options.findIndex((o) => searchKey(label(o)) === key);
  if (byLabel >= 0) return byLabel;
  const points = /^(\d+(?:[.,]\d+)?)\s*(?:đ|d|diem|điểm)?\.?$/iu.exec(text.trim());
  if (points) {
    const value = Number(points[1]?.replace(',', '.'));
    const hits = options.flatMap((o, i) => (o.points === value ? [i] : []));
    if (hits.length === 1) return hits[0];
    return hits.length > 1 ? 'ambiguous' : undefined;
  }
  const byWords = options.flatMap((o, i) => (searchKey(o.text).startsWith(key) ? [i] : []));
  if (byWords.length === 1) return byWords[0];
  return byWords.length > 1 ? 'ambiguous' : undefined;
}

function jsonIndex(criterion: Criterion, index: number, where: Where): OcopAnswer {
  if (
    criterion.kind === 'choice' &&
    Number.isInteger(index) &&
    index >= 0 &&
    index < criterion.options.length
  )
    return index;
  return wrong(criterion, index, where);
}

function jsonCase(
  criterion: Extract<Criterion, { kind: 'cases' }>,
  raw: Record<string, unknown>,
  where: Where,
): OcopAnswer {
  const chosen = criterion.cases.find((c) => c.id === raw.case);
  const option = raw.option;
  if (
    chosen &&
    typeof option === 'number' &&
    Number.isInteger(option) &&
    option >= 0 &&
    option < chosen.options.length
  )
    return { case: chosen.id, option };
  return wrong(criterion, raw, where);
}

function listed(criterion: Criterion): string {
  return answerChoices(criterion)
    .map((c) => (c.length > 70 ? `${c.slice(0, 69)}…` : c))
    .join('; ');
}

function shownAnswer(raw: unknown): MessageParam {
  if (typeof raw === 'string') return `"${raw.length > 60 ? `${raw.slice(0, 59)}…` : raw}"`;
  if (typeof raw === 'number' || typeof raw === 'boolean') return String(raw);
  if (raw === null) return 'null';
  try {
    const json = JSON.stringify(raw);
    if (json !== undefined) return json.slice(0, 60);
  } catch {
    // Nested deeper than the stack goes (a hostile JSON file), or not JSON at all: say what kind of value it is.
  }
  return received(raw);
}

function wrong(criterion: Criterion, raw: unknown, where: Where): never {
  const how =
    criterion.kind === 'yes-no'
      ? { vi: 'ghi "có" hoặc "không"', en: 'write "có" (yes) or "không" (no)' }
      : criterion.kind === 'cases'
        ? {
            vi: 'ghi chữ trường hợp rồi số điểm hoặc nội dung lựa chọn, ví dụ "a) 2 điểm"',
            en: 'write the case letter, then the points or the words of the option, e.g. "a) 2 điểm"',
          }
        : {
            vi: `ghi số điểm (ví dụ "${pointsText(criterion.options[0]?.points ?? 1)}") hoặc nội dung lựa chọn`,
            en: `write the points (e.g. "${pointsText(criterion.options[0]?.points ?? 1)}") or the words of the option`,
          };
  return inputFail(CLI_ERRORS['cli/bad-answer'], where, {
    criterion: criterion.code,
    title: criterion.title,
    received: shownAnswer(raw),
    how,
    options: listed(criterion),
  });
}

function ambiguous(criterion: Criterion, text: string, where: Where): never {
  return inputFail(CLI_ERRORS['cli/ambiguous-answer'], where, {
    criterion: criterion.code,
    title: criterion.title,
    received: `"${text}"`,
    options: listed(criterion),
  });
}
