// Placeholder until the tool lands: the page says it is being built.
import { el } from '../../ui/dom.js';

/** Mounts the tool into the page's `<main id="workbench">`. */
export function mount(root: HTMLElement): void {
  root.append(
    el('p', { class: 'notice', role: 'status' }, [
      'Công cụ này đang xây dựng. / This tool is being built.',
    ]),
  );
}
