// Tiny DOM helpers shared by the workbench and the playground: no framework, so pages ship only the SDK and these lines.
import type { OcopStarLevel } from '@ntm/domain';
import { createIssue, type DomainIssue, formatPath, type Result } from '@ntm/domain/core';

/** Creates an element with attributes and children (strings become text nodes, never HTML). */
export function el(
  tag: string,
  attrs: Record<string, string> = {},
  children: readonly (Node | string)[] = [],
): HTMLElement {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(attrs)) node.setAttribute(name, value);
  node.append(...children);
  return node;
}

/** ★★★☆☆ (3★), or a dash when no stars are awarded. */
export function starLine(stars: OcopStarLevel | null): string {
  return stars === null
    ? '— không xếp sao / no stars'
    : `${'★'.repeat(stars)}${'☆'.repeat(5 - stars)} ${stars} sao / stars`;
}

/** Issues as a list, each with its code, place (a path, or as `place` writes it) and both messages. */
export function issueList(
  issues: readonly DomainIssue[],
  total = issues.length,
  place: (path: readonly (string | number)[]) => string = formatPath,
): HTMLElement {
  const items = issues.map((issue) =>
    el('li', { 'data-code': issue.code }, [
      el('code', {}, [issue.code]),
      issue.path.length > 0 ? ` ${place(issue.path)}` : '',
      el('br'),
      `vi: ${issue.message.vi}`,
      el('br'),
      el('span', { class: 'en' }, [`en: ${issue.message.en}`]),
    ]),
  );
  if (total > issues.length) items.push(el('li', {}, [`… +${total - issues.length}`]));
  return el('ul', { class: 'issues' }, items);
}

/** The pasted text read as JSON, or the parser's complaint as an issue in both languages. */
export function parseJson(text: string): Result<unknown> {
  try {
    return { success: true, data: JSON.parse(text) };
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    return {
      success: false,
      issues: [
        createIssue('input/invalid', [], {
          vi: `JSON không hợp lệ: ${message}`,
          en: `Invalid JSON: ${message}`,
        }),
      ],
    };
  }
}

/** A labelled field: the Vietnamese label, the English one beside it, then the control (its `id` ties them). */
export function field(vi: string, en: string, control: HTMLElement): HTMLElement {
  const id = control.id;
  return el('label', { class: 'field', ...(id ? { for: id } : {}) }, [
    el('span', { class: 'label' }, [vi, ' ', el('span', { class: 'en' }, [`/ ${en}`])]),
    control,
  ]);
}

/** A button with a Vietnamese and an English label that runs `onClick`, when given (else the caller listens). */
export function button(
  id: string,
  vi: string,
  en: string,
  onClick?: () => void,
): HTMLButtonElement {
  const b = el('button', { type: 'button', id }, [`${vi} / ${en}`]) as HTMLButtonElement;
  if (onClick) b.addEventListener('click', onClick);
  return b;
}

/** An input with the same `id` and `name` (so a `field` label and a form both find it). */
export function input(id: string, attrs: Record<string, string> = {}): HTMLInputElement {
  return el('input', { id, name: id, ...attrs }) as HTMLInputElement;
}
