// The province's own outcome levels (đạt chuẩn / cơ bản đạt / chưa đạt), edited as rows instead of JSON: criterion
// levels with how many indicators may be unmet, commune levels with how many criteria each level needs.
import type { ProvinceOutcomeLevels } from '@ntm/domain/core';
import { button, el } from '../../ui/dom.js';

/** A mutable copy of the levels, as the editor changes them. */
export type LevelsDraft = {
  illustrative: boolean;
  note?: { vi: string; en: string };
  criterion: { id: string; name: { vi: string; en: string }; maxIndicatorsNotMet: number }[];
  criterionFallback: { id: string; name: { vi: string; en: string } };
  commune: {
    id: string;
    name: { vi: string; en: string };
    requires: { level: string; min: number }[];
  }[];
  communeFallback: { id: string; name: { vi: string; en: string } };
};

/** Levels to start from: met / not met, every criterion needed (the national rule, which the province then edits). */
export function startingLevels(criteria: number): LevelsDraft {
  return {
    illustrative: false,
    criterion: [{ id: 'dat-chuan', name: { vi: 'Đạt chuẩn', en: 'Met' }, maxIndicatorsNotMet: 0 }],
    criterionFallback: { id: 'chua-dat', name: { vi: 'Chưa đạt', en: 'Not met' } },
    commune: [
      {
        id: 'dat-chuan',
        name: { vi: 'Đạt chuẩn nông thôn mới', en: 'Meets the NTM standard' },
        requires: [{ level: 'dat-chuan', min: criteria }],
      },
    ],
    communeFallback: {
      id: 'chua-dat',
      name: { vi: 'Chưa đạt chuẩn nông thôn mới', en: 'Not yet meeting the NTM standard' },
    },
  };
}

/** A copy the editor may change. */
export function draftOf(levels: ProvinceOutcomeLevels): LevelsDraft {
  return JSON.parse(JSON.stringify(levels)) as LevelsDraft;
}

function text(
  path: string,
  label: string,
  value: string,
  onInput: (value: string) => void,
): HTMLElement {
  const input = el('input', {
    type: 'text',
    value,
    'data-path': path,
    'aria-label': label,
  }) as HTMLInputElement;
  input.addEventListener('input', () => onInput(input.value));
  return input;
}

function whole(
  path: string,
  label: string,
  value: number | undefined,
  onInput: (value: number | undefined) => void,
): HTMLElement {
  const input = el('input', {
    type: 'number',
    min: '0',
    max: '100',
    step: '1',
    inputmode: 'numeric',
    value: value === undefined ? '' : String(value),
    'data-path': path,
    'aria-label': label,
  }) as HTMLInputElement;
  input.addEventListener('input', () =>
    onInput(input.value === '' ? undefined : Number(input.value)),
  );
  return input;
}

/**
 * The editor: `changed` is called after every edit, `rerender` after a row is added or removed (the caller redraws
 * the editor from the draft).
 */
export function levelsEditor(
  draft: LevelsDraft,
  changed: () => void,
  rerender: () => void,
): HTMLElement {
  const nameCells = (path: string, name: { vi: string; en: string }, who: string) => [
    el('td', {}, [
      text(`${path}/name/vi`, `${who}: tên (tiếng Việt) / name (Vietnamese)`, name.vi, (v) => {
        name.vi = v;
        changed();
      }),
    ]),
    el('td', {}, [
      text(`${path}/name/en`, `${who}: tên tiếng Anh / English name`, name.en, (v) => {
        name.en = v;
        changed();
      }),
    ]),
  ];
  const idCell = (path: string, holder: { id: string }, who: string) =>
    el('td', {}, [
      text(`${path}/id`, `${who}: mã / id`, holder.id, (v) => {
        holder.id = v;
        changed();
      }),
    ]);

  /** The level given when no other applies ("chưa đạt"). */
  const fallbackRow = (name: 'criterionFallback' | 'communeFallback') =>
    el('tr', {}, [
      idCell(`/levels/${name}`, draft[name], 'Còn lại / Otherwise'),
      ...nameCells(`/levels/${name}`, draft[name].name, 'Còn lại / Otherwise'),
      el('td', { colspan: '2' }, ['còn lại / otherwise']),
    ]);

  const criterionRows = draft.criterion.map((level, n) => {
    const path = `/levels/criterion/${n}`;
    const who = `Mức tiêu chí ${n + 1} / Criterion level ${n + 1}`;
    return el('tr', {}, [
      idCell(path, level, who),
      ...nameCells(path, level.name, who),
      el('td', {}, [
        whole(
          `${path}/maxIndicatorsNotMet`,
          `${who}: số chỉ tiêu được chưa đạt tối đa / most indicators not met`,
          level.maxIndicatorsNotMet,
          (v) => {
            level.maxIndicatorsNotMet = v ?? 0;
            changed();
          },
        ),
      ]),
      el('td', {}, [
        button(`level-criterion-remove-${n}`, 'Xoá', 'Remove', () => {
          draft.criterion.splice(n, 1);
          rerender();
        }),
      ]),
    ]);
  });
  const communeRows = draft.commune.map((level, n) => {
    const path = `/levels/commune/${n}`;
    const who = `Mức xã ${n + 1} / Commune level ${n + 1}`;
    const needs = draft.criterion.map((c) => {
      const at = level.requires.findIndex((r) => r.level === c.id);
      return el('label', { class: 'requires' }, [
        `≥ `,
        whole(
          `${path}/requires/${at < 0 ? level.requires.length : at}/min`,
          `${who}: số tiêu chí ở mức ${c.id} / criteria at level ${c.id}`,
          at < 0 ? undefined : level.requires[at]?.min,
          (v) => {
            const i = level.requires.findIndex((r) => r.level === c.id);
            if (v === undefined) {
              if (i >= 0) level.requires.splice(i, 1);
            } else if (i >= 0) (level.requires[i] as { min: number }).min = v;
            else level.requires.push({ level: c.id, min: v });
            changed();
          },
        ),
        ` × ${c.id}`,
      ]);
    });
    return el('tr', {}, [
      idCell(path, level, who),
      ...nameCells(path, level.name, who),
      el('td', {}, needs),
      el('td', {}, [
        button(`level-commune-remove-${n}`, 'Xoá', 'Remove', () => {
          draft.commune.splice(n, 1);
          rerender();
        }),
      ]),
    ]);
  });
  const head = (cells: readonly string[]) =>
    el('thead', {}, [
      el(
        'tr',
        {},
        cells.map((c) => el('th', { scope: 'col' }, [c])),
      ),
    ]);
  const illustrative = el('input', {
    type: 'checkbox',
    id: 'levels-illustrative',
  }) as HTMLInputElement;
  illustrative.checked = draft.illustrative;
  illustrative.addEventListener('change', () => {
    draft.illustrative = illustrative.checked;
    changed();
  });
  return el('div', { class: 'levels-editor' }, [
    el('label', { for: 'levels-illustrative' }, [
      illustrative,
      ' Các mức này là minh hoạ / These levels are illustrative',
    ]),
    el('h4', {}, ['Mức của một tiêu chí / Levels of a criterion']),
    el('div', { class: 'table-wrap' }, [
      el('table', {}, [
        head([
          'Mã / Id',
          'Tên / Name (vi)',
          'Tên / Name (en)',
          'Chỉ tiêu chưa đạt tối đa / Most indicators not met',
          '',
        ]),
        el('tbody', {}, [...criterionRows, fallbackRow('criterionFallback')]),
      ]),
    ]),
    button('level-criterion-add', 'Thêm mức tiêu chí', 'Add a criterion level', () => {
      draft.criterion.push({
        id: `muc-${draft.criterion.length + 1}`,
        name: { vi: '', en: '' },
        maxIndicatorsNotMet: 1,
      });
      rerender();
    }),
    el('h4', {}, ['Mức của xã / Levels of a commune']),
    el('div', { class: 'table-wrap' }, [
      el('table', {}, [
        head(['Mã / Id', 'Tên / Name (vi)', 'Tên / Name (en)', 'Cần / Needs', '']),
        el('tbody', {}, [...communeRows, fallbackRow('communeFallback')]),
      ]),
    ]),
    button('level-commune-add', 'Thêm mức xã', 'Add a commune level', () => {
      draft.commune.push({
        id: `muc-xa-${draft.commune.length + 1}`,
        name: { vi: '', en: '' },
        requires: [],
      });
      rerender();
    }),
  ]);
}
