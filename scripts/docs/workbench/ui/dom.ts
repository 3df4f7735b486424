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
