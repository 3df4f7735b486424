// What a valid province configuration or national supplement does to its set, shown under the editor of the
// workbench's province tool and under the playground's checkers: thresholds changed, the province's levels, values
// supplied, what is still missing.
import { listMissingThresholds } from '@ntm/criteria';
import type { NtmCriteriaSet } from '@ntm/domain/core';
import { el } from '../../ui/dom.js';

const MAX_ROWS = 60;

/** The thresholds a province configuration changed, national value beside the province's. */
export function changes(national: NtmCriteriaSet, local: NtmCriteriaSet): HTMLElement {
  const rows: HTMLElement[] = [];
  const before = new Map(
    national.criteria.flatMap((c) => c.indicators).map((i) => [i.code, i] as const),
  );
  for (const c of local.criteria)
    for (const indicator of c.indicators) {
      const old = before.get(indicator.code);
      for (const [key, cell] of Object.entries(indicator.thresholds)) {
        const was = old?.thresholds[key];
        if (old && was?.value === cell.value && was?.status === cell.status) continue;
        rows.push(
          el('tr', {}, [
            el('td', {}, [el('code', {}, [indicator.code])]),
            el('td', {}, [key]),
            el('td', {}, [old ? String(was?.value ?? was?.status ?? '—') : 'mới / new']),
            el('td', {}, [String(cell.value ?? cell.status)]),
          ]),
        );
      }
    }
  if (rows.length === 0) return el('p', {}, ['Không thay đổi ngưỡng nào / No threshold changed']);
  return el('table', {}, [
    el('thead', {}, [
      el('tr', {}, [
        el('th', {}, ['Chỉ tiêu / Indicator']),
        el('th', {}, ['Ô / Cell']),
        el('th', {}, ['Quốc gia / National']),
        el('th', {}, ['Tỉnh / Province']),
      ]),
    ]),
    el('tbody', {}, rows),
  ]);
}

/** The province's own outcome levels, when the configuration defines them. */
export function levels(local: NtmCriteriaSet): HTMLElement {
  const l = local.levels;
  if (!l) return el('span');
  const name = (n: { vi: string; en: string }) => `${n.vi} / ${n.en}`;
  return el('div', { class: 'levels' }, [
    el('p', {}, [
      `Mức đánh giá của tỉnh / Provincial levels${l.illustrative ? ' (minh hoạ / illustrative)' : ''}:`,
    ]),
    el('ul', {}, [
      ...l.criterion.map((c) =>
        el('li', {}, [
          `Tiêu chí / criterion: ${name(c.name)} — tối đa / at most ${c.maxIndicatorsNotMet} chỉ tiêu chưa đạt / indicators not met`,
        ]),
      ),
      el('li', {}, [`Tiêu chí, còn lại / criterion, otherwise: ${name(l.criterionFallback.name)}`]),
      ...l.commune.map((c) =>
        el('li', {}, [
          `Xã / commune: ${name(c.name)} — ${c.requires.map((r) => `≥ ${r.min} × ${r.level}`).join(', ')}`,
        ]),
      ),
      el('li', {}, [`Xã, còn lại / commune, otherwise: ${name(l.communeFallback.name)}`]),
    ]),
    l.note ? el('p', { class: 'meta' }, [l.note.vi, el('br'), l.note.en]) : el('span'),
  ]);
}

/** The values a supplement supplied, with their source. */
export function suppliedTable(set: NtmCriteriaSet): HTMLElement {
  const rows: HTMLElement[] = [];
  for (const c of set.criteria)
    for (const indicator of c.indicators)
      for (const [key, cell] of Object.entries(indicator.thresholds)) {
        if (cell.status !== 'supplied' || cell.value === undefined) continue;
        rows.push(
          el('tr', {}, [
            el('td', {}, [el('code', {}, [indicator.code])]),
            el('td', {}, [key]),
            el('td', {}, [
              `${indicator.direction ?? ''} ${cell.value}${indicator.unit === '%' ? '%' : ` ${indicator.unit ?? ''}`}`,
            ]),
            el('td', {}, [cell.note?.vi ?? '']),
          ]),
        );
      }
  if (rows.length === 0)
    return el('p', {}, ['Không có giá trị số nào được nhập / No value supplied']);
  return el('table', { class: 'supplied' }, [
    el('thead', {}, [
      el('tr', {}, [
        el('th', {}, ['Chỉ tiêu / Indicator']),
        el('th', {}, ['Ô / Cell']),
        el('th', {}, ['Ngưỡng / Threshold']),
        el('th', {}, ['Nguồn / Source']),
      ]),
    ]),
    el('tbody', {}, rows.slice(0, MAX_ROWS)),
  ]);
}

/** What the supplemented set still lacks (`listMissingThresholds`). */
export function missingList(set: NtmCriteriaSet): HTMLElement {
  const rows = listMissingThresholds(set);
  if (rows.length === 0) return el('p', { class: 'ok' }, ['Không còn thiếu gì / Nothing missing']);
  const cells = rows.reduce((n, row) => n + Math.max(1, row.cells.length), 0);
  return el('details', { id: 'supplement-missing', 'data-rows': String(rows.length) }, [
    el('summary', {}, [
      `Còn thiếu / still missing: ${rows.length} dòng / rows, ${cells} ô hoặc danh sách / cells or lists`,
    ]),
    el(
      'ul',
      {},
      rows
        .slice(0, MAX_ROWS)
        .map((row) =>
          el('li', {}, [
            row.status === 'indicator-count'
              ? `${row.count} chỉ tiêu chưa nhập / indicators not typed yet`
              : row.status === 'indicators'
                ? `Tiêu chí ${row.criterion}: danh sách chỉ tiêu / indicator list`
                : `${row.indicator}: ${row.cells.join(', ')}`,
          ]),
        ),
    ),
  ]);
}
