// Small form helpers shared by the "ntm" and "province" tools: a labelled control with an id, a select, a JSON
// file read into a value or issues. Plain DOM, on ./dom.ts.
import { CLI_ERRORS, type Result } from '@ntm/domain/core';
import { inputIssue } from '../../../../packages/cli/src/cli-error.js';
import { el, field, parseJson } from './dom.js';

/** A control given an id, with its label (Vietnamese, English beside), as ./dom.ts lays fields out. */
export function idField(id: string, vi: string, en: string, control: HTMLElement): HTMLElement {
  control.id = id;
  return field(vi, en, control);
}

/** A `<select>` of values with their labels; the first is chosen. */
export function select(options: readonly (readonly [string, string])[]): HTMLSelectElement {
  return el(
    'select',
    {},
    options.map(([value, label]) => el('option', { value }, [label])),
  ) as HTMLSelectElement;
}

/** The JSON of a chosen file, or why it cannot be read, in both languages. */
export async function readJsonFile(file: File): Promise<Result<unknown>> {
  if (!/\.json$/i.test(file.name))
    return {
      success: false,
      issues: [
        inputIssue(
          CLI_ERRORS['cli/unsupported-format'],
          { file: file.name },
          { formats: { vi: '.json', en: '.json' } },
        ),
      ],
    };
  return parseJson(await file.text());
}

/** A table head whose columns are named in Vietnamese with the English name under it. */
export function bilingualHead(columns: readonly (readonly [string, string])[]): HTMLElement {
  return el('thead', {}, [
    el(
      'tr',
      {},
      columns.map(([vi, en]) =>
        el('th', { scope: 'col' }, [vi, el('br'), el('span', { class: 'en' }, [en])]),
      ),
    ),
  ]);
}
