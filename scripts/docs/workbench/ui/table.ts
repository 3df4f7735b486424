// A plain table with bilingual headers, wrapped so it scrolls sideways on a narrow screen instead of the page.
import { el } from './dom.js';

/** A table of text cells; `headers` are "Tiếng Việt / English". */
export function table(
  id: string,
  headers: readonly string[],
  rows: readonly (readonly (string | Node)[])[],
): HTMLElement {
  return el('div', { class: 'scroll' }, [
    el('table', { id }, [
      el('thead', {}, [
        el(
          'tr',
          {},
          headers.map((h) => el('th', { scope: 'col' }, [h])),
        ),
      ]),
      el(
        'tbody',
        {},
        rows.map((cells) =>
          el(
            'tr',
            {},
            cells.map((c) => el('td', {}, [c])),
          ),
        ),
      ),
    ]),
  ]);
}

/** 2022-08-04 → 04/08/2022, as Vietnamese documents write dates. */
export function viDate(iso: string): string {
  const [y, m, d] = iso.split('-');
  return `${d}/${m}/${y}`;
}
