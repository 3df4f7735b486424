// Small form helpers shared by the "ntm" and "province" tools: a labelled control (Vietnamese, English beside), a
// JSON file read into a value or issues, and a download. Plain DOM, like ../../ui/dom.ts.
import { CLI_ERRORS, type Result } from '@ntm/domain/core';
import { inputIssue } from '../../../../../packages/cli/src/cli-error.js';
import { el, parseJson } from '../../ui/dom.js';

/** A control with its label: Vietnamese first, English beside, so screen readers read both. */
export function field(id: string, vi: string, en: string, control: HTMLElement): HTMLElement {
  control.id = id;
  return el('div', { class: 'field' }, [
    el('label', { for: id }, [vi, ' ', el('span', { class: 'en' }, [`/ ${en}`])]),
    control,
  ]);
}

/** A `<select>` of values with their labels; the first is chosen. */
export function select(options: readonly (readonly [string, string])[]): HTMLSelectElement {
  return el(
    'select',
    {},
    options.map(([value, label]) => el('option', { value }, [label])),
  ) as HTMLSelectElement;
}

/** A button that runs `onClick`. */
export function button(id: string, label: string, onClick: () => void): HTMLButtonElement {
  const b = el('button', { type: 'button', id }, [label]) as HTMLButtonElement;
  b.addEventListener('click', onClick);
  return b;
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

/** Offers a file to save (the browser's download; nothing leaves the machine). */
export function download(blob: Blob, name: string): void {
  const url = URL.createObjectURL(blob);
  const a = el('a', { href: url, download: name });
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}
