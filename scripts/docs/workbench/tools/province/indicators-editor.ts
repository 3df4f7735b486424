// The indicators a national supplement defines (a set the SDK holds only as a structure, like XA_2026_2030): one row
// per indicator, typed in from the annex, with its threshold for the key being edited — rows instead of JSON.
import type { NtmCriteriaSet, NtmIndicatorType } from '@ntm/domain/core';
import { button, el } from '../../ui/dom.js';
import { select } from '../../ui/form.js';

/** A mutable indicator of a supplement, as the editor changes it. */
export interface IndicatorDraft {
  code: string;
  criterion: string;
  text: { vi: string; en?: string };
  type: NtmIndicatorType;
  unit?: string;
  direction?: '>=' | '<=';
  optional?: boolean;
  thresholds?: { key?: string; year?: number; value: number }[];
}

const TYPES: readonly (readonly [NtmIndicatorType, string])[] = [
  ['boolean', 'có/không / yes-no'],
  ['percent', 'tỷ lệ % / percentage'],
  ['number', 'số / number'],
  ['absence', 'không xảy ra / absence'],
];

/**
 * The editor of `indicators`: `changed` after every edit, `rerender` after a row is added or removed; `parse` reads a
 * typed value (decimal comma allowed) or `undefined` for an empty box.
 */
export function indicatorsEditor(
  set: NtmCriteriaSet,
  drafts: IndicatorDraft[],
  key: string,
  changed: () => void,
  rerender: () => void,
): HTMLElement {
  const rows = drafts.map((draft, n) => {
    const path = `/indicators/${n}`;
    const who = `Chỉ tiêu ${draft.code || n + 1} / Indicator ${draft.code || n + 1}`;
    const input = (
      name: string,
      label: string,
      value: string,
      onInput: (v: string) => void,
      attrs: Record<string, string> = {},
    ) => {
      const box = el('input', {
        type: 'text',
        value,
        'data-path': `${path}/${name}`,
        'aria-label': `${who}: ${label}`,
        ...attrs,
      }) as HTMLInputElement;
      box.addEventListener('input', () => {
        onInput(box.value);
        changed();
      });
      return box;
    };
    const criterion = select(set.criteria.map((c) => [c.code, `${c.code}. ${c.name.vi}`] as const));
    criterion.value = draft.criterion;
    criterion.setAttribute('aria-label', `${who}: tiêu chí / criterion`);
    criterion.dataset.path = `${path}/criterion`;
    criterion.addEventListener('change', () => {
      draft.criterion = criterion.value;
      changed();
    });
    const type = select(TYPES);
    type.value = draft.type;
    type.setAttribute('aria-label', `${who}: loại / type`);
    type.dataset.path = `${path}/type`;
    type.addEventListener('change', () => {
      draft.type = type.value as NtmIndicatorType;
      if (draft.type === 'percent') draft.unit = '%';
      rerender();
    });
    const direction = select([
      ['', '—'],
      ['>=', '≥ tối thiểu / minimum'],
      ['<=', '≤ tối đa / maximum'],
    ]);
    direction.value = draft.direction ?? '';
    direction.setAttribute('aria-label', `${who}: hướng / direction`);
    direction.dataset.path = `${path}/direction`;
    direction.addEventListener('change', () => {
      if (direction.value === '') delete draft.direction;
      else draft.direction = direction.value as '>=' | '<=';
      changed();
    });
    const at = (draft.thresholds ?? []).findIndex(
      (t) => (t.key ?? '') === key && t.year === undefined,
    );
    const numeric = draft.type === 'percent' || draft.type === 'number';
    return el('tr', {}, [
      el('td', {}, [
        input(
          'code',
          'mã / code',
          draft.code,
          (v) => {
            draft.code = v.trim();
          },
          { size: '6' },
        ),
      ]),
      el('td', {}, [criterion]),
      el('td', {}, [
        input('text/vi', 'nội dung / wording (vi)', draft.text.vi, (v) => {
          draft.text.vi = v;
        }),
        input('text/en', 'nội dung tiếng Anh / wording (en)', draft.text.en ?? '', (v) => {
          if (v === '') delete draft.text.en;
          else draft.text.en = v;
        }),
      ]),
      el('td', {}, [type]),
      el('td', {}, [
        numeric
          ? input(
              'unit',
              'đơn vị / unit',
              draft.unit ?? '',
              (v) => {
                if (v === '') delete draft.unit;
                else draft.unit = v;
              },
              { size: '6' },
            )
          : '',
      ]),
      el('td', {}, [numeric ? direction : '']),
      el('td', {}, [
        numeric
          ? input(
              `thresholds/${at < 0 ? (draft.thresholds ?? []).length : at}/value`,
              `ngưỡng cho ${key || 'mọi nhóm'} / threshold for ${key || 'every key'}`,
              at < 0 ? '' : String(draft.thresholds?.[at]?.value ?? ''),
              (v) => {
                if (draft.thresholds === undefined) draft.thresholds = [];
                const list = draft.thresholds;
                const i = list.findIndex((t) => (t.key ?? '') === key && t.year === undefined);
                const value = v.trim() === '' ? undefined : Number(v.trim().replace(',', '.'));
                if (value === undefined) {
                  if (i >= 0) list.splice(i, 1);
                } else if (i >= 0) (list[i] as { value: number }).value = value;
                else list.push({ ...(key ? { key } : {}), value });
                if (list.length === 0) delete draft.thresholds;
              },
              { inputmode: 'decimal', size: '6' },
            )
          : '',
      ]),
      el('td', {}, [
        button(`indicator-remove-${n}`, 'Xoá', 'Remove', () => {
          drafts.splice(n, 1);
          rerender();
        }),
      ]),
    ]);
  });
  return el('div', { class: 'indicators-editor' }, [
    el('div', { class: 'table-wrap' }, [
      el('table', { id: 'supplement-indicators' }, [
        el('thead', {}, [
          el(
            'tr',
            {},
            [
              'Mã / Code',
              'Tiêu chí / Criterion',
              'Nội dung / Wording (vi, en)',
              'Loại / Type',
              'Đơn vị / Unit',
              'Hướng / Direction',
              `Ngưỡng (${key || 'mọi nhóm'}) / Threshold (${key || 'every key'})`,
              '',
            ].map((h) => el('th', { scope: 'col' }, [h])),
          ),
        ]),
        el('tbody', {}, rows),
      ]),
    ]),
    button('indicator-add', 'Thêm chỉ tiêu', 'Add an indicator', () => {
      const criterion = set.criteria[0]?.code ?? '1';
      const count = drafts.filter((d) => d.criterion === criterion).length;
      drafts.push({
        code: `${criterion}.${count + 1}`,
        criterion,
        text: { vi: '' },
        type: 'boolean',
      });
      rerender();
    }),
  ]);
}
