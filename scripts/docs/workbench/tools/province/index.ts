// "Cấu hình tiêu chí của tỉnh / Province configuration": a form generated from the national set — every indicator with
// its national value and legal basis, a box for the province's value, the province's own outcome levels — checked live
// against the national floor with the engine's vi/en messages; the same editor for a national supplement. Loads and
// saves the JSON `ntm criteria check-config` and the JSON Schemas accept; no JSON is typed by hand.
import { NTM_CRITERIA_SETS } from '@ntm/criteria/sets';
import type { DomainIssue, NtmCriteriaSet, NtmIndicator } from '@ntm/domain/core';
import { isCliError } from '../../../../../packages/cli/src/cli-error.js';
import { cellNumber } from '../../../../../packages/cli/src/io/cells.js';
import { button, el, issueList } from '../../ui/dom.js';
import { download } from '../../ui/files.js';
import { bilingualHead, idField, readJsonFile, select } from '../../ui/form.js';
import { type IndicatorDraft, indicatorsEditor } from './indicators-editor.js';
import { draftOf, type LevelsDraft, levelsEditor, startingLevels } from './levels-editor.js';
import {
  basisText,
  type Check,
  checkConfig,
  checkSupplement,
  type DocumentKind,
  entryId,
  hasThreshold,
  keysOf,
  nationalText,
  pointer,
  type Slot,
  slotsOf,
  type ThresholdEntry,
  thresholdEntries,
} from './model.js';
import { changes, levels as levelsView, missingList, suppliedTable } from './views.js';

/** The option of the set completed by the supplement checked in this page (national → supplement → province). */
const SUPPLEMENTED = 'supplemented';

type Head = Record<string, unknown>;

/** The examples shipped in the repository, loaded only when asked for (tool data is its own chunk). */
const SAMPLES = {
  'dien-bien': () => import('../../../../../examples/province-config/dien-bien.json'),
  'xa-2021-2025-tdmnpb': () =>
    import('../../../../../examples/national-supplement/xa-2021-2025-tdmnpb.json'),
  'xa-2026-2030-nhom-1': () =>
    import('../../../../../examples/national-supplement/xa-2026-2030-nhom-1.json'),
} as const;

/** Mounts the tool into the page's `<main id="workbench">`. */
export function mount(root: HTMLElement): void {
  let kind: DocumentKind = 'config';
  let setId = 'XA_2021_2025';
  let key = '';
  let head: Head = {};
  let values = new Map<string, ThresholdEntry>();
  let levels: LevelsDraft | undefined;
  let indicators: IndicatorDraft[] = [];
  let supplemented: NtmCriteriaSet | undefined;
  const unreadable = new Map<string, DomainIssue>();
  let written: ThresholdEntry[] = [];
  let lastCheck: Check | undefined;

  const form = el('div', { id: 'province-form' });
  const result = el('div', { id: 'province-result', 'aria-live': 'polite' });
  const loadInput = el('input', { type: 'file', accept: '.json' }) as HTMLInputElement;
  const saveButton = button('province-save', 'Lưu tệp JSON', 'Save the JSON file', () => save());

  const setsFor = (k: DocumentKind) =>
    NTM_CRITERIA_SETS.filter((s) =>
      k === 'config' ? s.detail === 'full' : s.level === 'xa' || s.level === 'xa-nang-cao',
    );
  const national = (): NtmCriteriaSet => {
    if (kind === 'config' && setId === SUPPLEMENTED && supplemented) return supplemented;
    return NTM_CRITERIA_SETS.find((s) => s.id === setId) ?? (setsFor(kind)[0] as NtmCriteriaSet);
  };

  function document(): Head {
    const set = national();
    const thresholds = thresholdEntries(set, values);
    written = thresholds;
    if (kind === 'config')
      return { ...head, baseSetId: set.id, thresholds, ...(levels ? { levels } : {}) };
    return {
      ...head,
      baseSetId: set.id,
      ...(indicators.length > 0 ? { indicators } : {}),
      ...(thresholds.length > 0 ? { thresholds } : {}),
    };
  }

  /** A text box bound to a field of the document's head (`['decision', 'number']`); empty removes the field. */
  function headField(
    path: readonly string[],
    vi: string,
    en: string,
    attrs: Record<string, string> = {},
    parse: (text: string) => unknown = (text) => text,
  ): HTMLElement {
    let holder: Head | undefined = head;
    for (const p of path.slice(0, -1)) holder = holder?.[p] as Head | undefined;
    const last = path[path.length - 1] as string;
    const current = holder?.[last];
    const input = el('input', {
      type: 'text',
      value: current === undefined ? '' : String(current),
      'data-path': pointer(path),
      ...attrs,
    }) as HTMLInputElement;
    input.addEventListener('input', () => {
      let target = head;
      for (const p of path.slice(0, -1)) {
        if (typeof target[p] !== 'object' || target[p] === null) target[p] = {};
        target = target[p] as Head;
      }
      if (input.value.trim() === '') delete target[last];
      else target[last] = parse(input.value.trim());
      // An object left empty (a decision with no field) is left out rather than refused.
      let parent = head;
      for (const p of path.slice(0, -1)) {
        const child = parent[p] as Head | undefined;
        if (child && Object.keys(child).length === 0) delete parent[p];
        else if (child) parent = child;
      }
      update();
    });
    return idField(`f-${path.join('-')}`, vi, en, input);
  }

  function headCheckbox(name: string, vi: string, en: string): HTMLElement {
    const box = el('input', { type: 'checkbox', 'data-path': pointer([name]) }) as HTMLInputElement;
    box.checked = head[name] === true;
    box.addEventListener('change', () => {
      if (box.checked) head[name] = true;
      else delete head[name];
      update();
    });
    return idField(`f-${name}`, vi, en, box);
  }

  function headerFields(): HTMLElement {
    const note = [
      headField(['note', 'vi'], 'Ghi chú (tiếng Việt)', 'Note (Vietnamese)'),
      headField(['note', 'en'], 'Ghi chú (tiếng Anh)', 'Note (English)'),
    ];
    if (kind === 'config')
      return el('fieldset', {}, [
        el('legend', {}, ['Tỉnh và quyết định / Province and decision']),
        el('div', { class: 'controls' }, [
          headField(['province'], 'Tỉnh', 'Province'),
          headField(['decision', 'number'], 'Số quyết định', 'Decision number', {
            placeholder: '12/2022/QĐ-UBND',
          }),
          headField(['decision', 'type'], 'Loại văn bản', 'Document type', {
            placeholder: 'Quyết định',
          }),
          headField(['decision', 'issuer'], 'Cơ quan ban hành', 'Issuer', {
            placeholder: 'UBND tỉnh',
          }),
          headField(['decision', 'signed'], 'Ngày ký (yyyy-mm-dd)', 'Signed (yyyy-mm-dd)'),
          headField(['decision', 'effective'], 'Ngày hiệu lực', 'In force from'),
          headCheckbox('illustrative', 'Cấu hình minh hoạ', 'Illustrative configuration'),
          ...note,
        ]),
      ]);
    return el('fieldset', {}, [
      el('legend', {}, ['Nguồn số liệu / Source of the values']),
      el('div', { class: 'controls' }, [
        headField(['source', 'document'], 'Văn bản', 'Document', {
          placeholder: 'QĐ 51/2025/QĐ-TTg',
        }),
        headField(['source', 'annex'], 'Phụ lục', 'Annex', { placeholder: 'Phụ lục I' }),
        headField(['source', 'page'], 'Trang', 'Page', { inputmode: 'numeric' }, Number),
        headField(['source', 'url'], 'Đường dẫn', 'URL'),
        headField(['transcribedBy'], 'Người nhập', 'Transcribed by'),
        headField(['transcribedOn'], 'Ngày nhập (yyyy-mm-dd)', 'Transcribed on (yyyy-mm-dd)'),
        headCheckbox('illustrative', 'Số liệu minh hoạ', 'Illustrative values'),
        ...note,
      ]),
    ]);
  }

  function valueInput(slot: Slot): HTMLElement {
    const entry = values.get(slot.id);
    const where = `${slot.indicator.code}${slot.key ? ` (${slot.key})` : ''}${slot.year ? ` ${slot.year}` : ''}`;
    const input = el('input', {
      type: 'text',
      inputmode: 'decimal',
      size: '7',
      value: entry === undefined ? '' : String(entry.value),
      'data-slot': slot.id,
      'aria-label': `Giá trị của ${kind === 'config' ? 'tỉnh' : 'phụ lục'} cho ${where} / ${kind === 'config' ? "Province's" : "The annex's"} value for ${where}`,
      'aria-describedby': `msg-${slot.id}`,
    }) as HTMLInputElement;
    const replaceable =
      kind === 'supplement' &&
      slot.national?.value !== undefined &&
      slot.national.status !== 'verified' &&
      slot.national.status !== 'missing';
    const replaces = el('input', {
      type: 'checkbox',
      'data-replaces': slot.id,
    }) as HTMLInputElement;
    replaces.checked = entry?.replaces !== undefined;
    const write = () => {
      unreadable.delete(slot.id);
      const text = input.value.trim();
      if (text === '') values.delete(slot.id);
      else
        try {
          const value = cellNumber(text, { column: where });
          if (value === undefined) values.delete(slot.id);
          else {
            // A loaded entry keeps what the form does not show (its source, its note).
            const { replaces: _old, ...kept } = values.get(slot.id) ?? {};
            values.set(slot.id, {
              ...kept,
              indicator: slot.indicator.code,
              ...(slot.key ? { key: slot.key } : {}),
              ...(slot.year === undefined ? {} : { year: slot.year }),
              value,
              ...(replaceable && replaces.checked && slot.national?.value !== undefined
                ? { replaces: slot.national.value }
                : {}),
            });
          }
        } catch (error) {
          if (!isCliError(error)) throw error;
          values.delete(slot.id);
          if (error.issues[0]) unreadable.set(slot.id, error.issues[0]);
        }
      update();
    };
    input.addEventListener('input', write);
    replaces.addEventListener('change', write);
    return el('div', { class: 'slot' }, [
      input,
      replaceable
        ? el('label', {}, [
            replaces,
            ` thay ${slot.national?.value} / replaces ${slot.national?.value}`,
          ])
        : '',
      el('div', { class: 'field-issue', id: `msg-${slot.id}` }),
    ]);
  }

  function indicatorText(indicator: NtmIndicator): HTMLElement {
    return el('td', {}, [
      indicator.text.vi,
      el('br'),
      el('span', { class: 'en' }, [indicator.text.en]),
      indicator.delegatedToProvince
        ? el('div', { class: 'meta' }, ['Giao tỉnh quy định / Left to the province'])
        : '',
    ]);
  }

  function thresholdTable(): HTMLElement {
    const set = national();
    const slots = slotsOf(set, key);
    const rows: HTMLElement[] = [];
    for (const criterion of set.criteria) {
      rows.push(
        el('tr', { class: 'criterion-row' }, [
          el('th', { colspan: '6', scope: 'rowgroup' }, [
            `${criterion.code}. ${criterion.name.vi} / ${criterion.name.en}`,
          ]),
        ]),
      );
      for (const indicator of criterion.indicators) {
        const own = slots.filter((s) => s.indicator === indicator);
        const unit =
          indicator.type === 'boolean' || indicator.type === 'absence'
            ? 'có/không / yes-no'
            : `${indicator.unit ?? ''} ${indicator.direction ?? ''}`.trim();
        if (!hasThreshold(indicator) || own.length === 0) {
          rows.push(
            el('tr', { 'data-indicator': indicator.code }, [
              el('td', {}, [el('code', {}, [indicator.code])]),
              indicatorText(indicator),
              el('td', {}, [unit]),
              el('td', {}, ['Có / Yes']),
              el('td', { class: 'meta' }, [basisText(set, undefined)]),
              el('td', {}, ['— (không có ngưỡng số / no number to set)']),
            ]),
          );
          continue;
        }
        for (const slot of own)
          rows.push(
            el('tr', { 'data-indicator': indicator.code }, [
              el('td', {}, [el('code', {}, [indicator.code]), slot.year ? ` (${slot.year})` : '']),
              indicatorText(indicator),
              el('td', {}, [unit]),
              el('td', { class: slot.national ? `status-${slot.national.status}` : 'missing' }, [
                key === ''
                  ? 'theo từng vùng/nhóm / per key'
                  : nationalText(indicator, slot.national),
                slot.national?.value !== undefined
                  ? el('div', { class: 'meta' }, [slot.national.status])
                  : '',
              ]),
              el('td', { class: 'meta' }, [basisText(set, slot.national)]),
              el('td', {}, [valueInput(slot)]),
            ]),
          );
      }
    }
    const head: [string, string][] = [
      ['Mã', 'Code'],
      ['Chỉ tiêu', 'Indicator'],
      ['Đơn vị, hướng', 'Unit, direction'],
      ['Mức quốc gia', 'National value'],
      ['Căn cứ', 'Legal basis'],
      [
        kind === 'config' ? 'Giá trị của tỉnh' : 'Giá trị theo phụ lục',
        kind === 'config' ? "Province's value" : "Annex's value",
      ],
    ];
    return el('div', { class: 'table-wrap' }, [
      el('table', { id: 'province-thresholds', class: 'thresholds' }, [
        bilingualHead(head),
        el('tbody', {}, rows),
      ]),
    ]);
  }

  function levelsSection(): HTMLElement {
    const toggle = el('input', { type: 'checkbox', id: 'province-levels-on' }) as HTMLInputElement;
    toggle.checked = levels !== undefined;
    toggle.addEventListener('change', () => {
      levels = toggle.checked ? startingLevels(national().criteria.length) : undefined;
      render();
    });
    return el('fieldset', { id: 'province-levels' }, [
      el('legend', {}, ['Mức đánh giá của tỉnh / The province’s outcome levels']),
      el('label', { for: 'province-levels-on' }, [
        toggle,
        ' Tỉnh có mức đánh giá riêng (đạt chuẩn / cơ bản đạt / chưa đạt) / The province has its own levels',
      ]),
      levels ? levelsEditor(levels, update, render) : '',
    ]);
  }

  function render(): void {
    const sets = setsFor(kind);
    const setSelect = select([
      ...sets.map(
        (s) =>
          [
            s.id,
            `${s.id} — ${s.title.vi}${s.detail === 'structure-only' ? ' (chưa có chỉ tiêu / no indicators yet)' : ''}`,
          ] as const,
      ),
      ...(kind === 'config' && supplemented
        ? [
            [
              SUPPLEMENTED,
              `${supplemented.id} + bổ sung / supplement${supplemented.supplement?.illustrative ? ' (minh hoạ / illustrative)' : ''}`,
            ] as const,
          ]
        : []),
    ]);
    setSelect.value = setId;
    setSelect.addEventListener('change', () => {
      setId = setSelect.value;
      values = new Map();
      key = keysOf(national())[0] ?? '';
      render();
    });
    const keys = keysOf(national());
    const keySelect = select([
      ...keys.map(
        (k) => [k, national().thresholdKey === 'communeGroup' ? `Nhóm / Group ${k}` : k] as const,
      ),
      ['', 'Mọi vùng, nhóm / Every region or group'],
    ]);
    keySelect.value = key;
    keySelect.addEventListener('change', () => {
      key = keySelect.value;
      render();
    });
    const kindSelect = select([
      ['config', 'Cấu hình tiêu chí của tỉnh / Province configuration'],
      ['supplement', 'Bổ sung số liệu quốc gia / National supplement'],
    ]);
    kindSelect.value = kind;
    kindSelect.addEventListener('change', () => {
      start(kindSelect.value as DocumentKind);
    });
    const structureOnly = national().criteria.every((c) => c.indicators.length === 0);
    form.replaceChildren(
      el('div', { class: 'controls' }, [
        idField('province-kind', 'Loại tệp', 'Kind of file', kindSelect),
        idField('province-set', 'Bộ tiêu chí quốc gia', 'National set', setSelect),
        idField(
          'province-key',
          'Vùng hoặc nhóm đang nhập',
          'Region or group being edited',
          keySelect,
        ),
      ]),
      headerFields(),
      kind === 'supplement'
        ? el('fieldset', {}, [
            el('legend', {}, ['Chỉ tiêu nhập từ phụ lục / Indicators typed from the annex']),
            el('p', { class: 'meta' }, [
              structureOnly
                ? `${national().id} chưa có chỉ tiêu trong SDK (${national().indicatorCount ?? '?'} chỉ tiêu theo ${national().annex}): thêm từng chỉ tiêu. / ${national().id} has no indicators in the SDK yet: add each one.`
                : 'Chỉ tiêu SDK chưa có (nếu có). / Indicators the SDK lacks (if any).',
            ]),
            indicatorsEditor(national(), indicators, key, update, render),
          ])
        : '',
      structureOnly
        ? ''
        : el('fieldset', {}, [
            el('legend', {}, [
              kind === 'config'
                ? 'Ngưỡng của tỉnh (không lỏng hơn mức quốc gia) / The province’s thresholds (never looser than the national floor)'
                : 'Ngưỡng còn thiếu hoặc cần thay / Missing or replaced thresholds',
            ]),
            thresholdTable(),
          ]),
      kind === 'config' ? levelsSection() : '',
    );
    update();
  }

  function update(): void {
    const set = national();
    const doc = document();
    lastCheck = kind === 'config' ? checkConfig(set, doc) : checkSupplement(set, doc);
    const typed = [...unreadable.values()];
    for (const box of form.querySelectorAll<HTMLElement>('[aria-invalid]'))
      box.removeAttribute('aria-invalid');
    for (const box of form.querySelectorAll<HTMLElement>('.field-issue.shown')) {
      box.classList.remove('shown');
      box.replaceChildren();
    }
    const issues = [...typed, ...(lastCheck.ok ? [] : lastCheck.issues)];
    for (const [id, issue] of unreadable)
      mark(form.querySelector(`[data-slot="${CSS.escape(id)}"]`), issue);
    if (!lastCheck.ok) for (const issue of lastCheck.issues) mark(placeOf(issue), issue);
    const valid = lastCheck.ok && typed.length === 0;
    result.dataset.valid = String(valid);
    saveButton.disabled = !valid;
    if (!valid) {
      result.replaceChildren(
        el('p', { role: 'alert' }, [
          `Chưa lưu được: ${issues.length} lỗi / Cannot be saved yet: ${issues.length} problems`,
        ]),
        issueList(issues, issues.length, pointer),
      );
      return;
    }
    const built = (lastCheck as { set: NtmCriteriaSet }).set;
    if (kind === 'supplement') supplemented = built;
    result.replaceChildren(
      el('p', { class: 'ok' }, [
        kind === 'config'
          ? 'Hợp lệ: không lỏng hơn mức quốc gia / Valid: nothing is looser than the national floor'
          : `Hợp lệ / Valid: ${built.supplement?.cellsSupplied ?? 0} giá trị / values, ${built.supplement?.indicatorsAdded.length ?? 0} chỉ tiêu / indicators`,
      ]),
      ...(kind === 'config'
        ? [changes(set, built), levelsView(built)]
        : [suppliedTable(built), missingList(built)]),
    );
  }

  /** The input an issue is about: a threshold's box by its entry, or the field at the issue's path (or above it). */
  function placeOf(issue: DomainIssue): HTMLElement | null {
    const [first, index] = issue.path;
    if (first === 'thresholds' && typeof index === 'number') {
      const entry = written[index];
      if (entry) return form.querySelector(`[data-slot="${CSS.escape(entryId(entry))}"]`);
    }
    for (let n = issue.path.length; n > 0; n -= 1) {
      const found = form.querySelector<HTMLElement>(
        `[data-path="${CSS.escape(pointer(issue.path.slice(0, n)))}"]`,
      );
      if (found) return found;
    }
    return null;
  }

  function mark(input: Element | null, issue: DomainIssue): void {
    if (!input) return;
    input.setAttribute('aria-invalid', 'true');
    const id = input.getAttribute('aria-describedby');
    const box = id ? form.querySelector(`#${CSS.escape(id)}`) : null;
    if (!box) return;
    box.classList.add('shown');
    box.append(
      el('span', { 'data-code': issue.code }, [
        issue.message.vi,
        el('br'),
        el('span', { class: 'en' }, [issue.message.en]),
      ]),
    );
  }

  function start(next: DocumentKind): void {
    kind = next;
    head = next === 'supplement' ? { source: { document: '' } } : {};
    values = new Map();
    levels = undefined;
    indicators = [];
    unreadable.clear();
    const sets = setsFor(kind);
    if (!sets.some((s) => s.id === setId)) setId = sets[0]?.id ?? setId;
    key = keysOf(national())[0] ?? '';
    render();
  }

  /** Opens a configuration or supplement: the form takes every value; fields it does not show are kept as they are. */
  function open(data: unknown, name: string): void {
    const doc = data as Head;
    const isSupplement = typeof doc === 'object' && doc !== null && 'source' in doc;
    const base = NTM_CRITERIA_SETS.find((s) => s.id === doc?.baseSetId);
    const check = isSupplement
      ? base
        ? checkSupplement(base, doc)
        : undefined
      : base && base.detail === 'full'
        ? checkConfig(base, doc)
        : undefined;
    const shapeIssues =
      check && !check.ok ? check.issues.filter((i) => i.code.startsWith('input/')) : [];
    if (!base || shapeIssues.length > 0) {
      result.dataset.valid = 'false';
      result.replaceChildren(
        el('p', { role: 'alert' }, [`${name}: không mở được / cannot be opened`]),
        issueList(shapeIssues, shapeIssues.length, pointer),
        base
          ? ''
          : el('p', {}, [
              `baseSetId "${String(doc?.baseSetId)}": ${NTM_CRITERIA_SETS.map((s) => s.id).join(', ')}`,
            ]),
      );
      return;
    }
    kind = isSupplement ? 'supplement' : 'config';
    // A configuration of a set the SDK holds only as a structure builds on the supplement checked in this page.
    const onSupplement = !isSupplement && base.detail !== 'full';
    if (onSupplement && supplemented?.id !== base.id) {
      result.dataset.valid = 'false';
      result.replaceChildren(
        el('p', { role: 'alert' }, [
          `${name}: ${base.id} chưa có chỉ tiêu — mở trước tệp bổ sung số liệu quốc gia của bộ này. / ${base.id} has no indicators yet — open its national supplement first.`,
        ]),
      );
      return;
    }
    setId = onSupplement ? SUPPLEMENTED : base.id;
    const {
      thresholds,
      levels: ownLevels,
      indicators: ownIndicators,
      ...rest
    } = structuredClone(doc);
    head = rest;
    delete head.baseSetId;
    values = new Map(
      ((thresholds as ThresholdEntry[] | undefined) ?? []).map((e) => [entryId(e), e] as const),
    );
    levels = ownLevels ? draftOf(ownLevels as never) : undefined;
    indicators = (ownIndicators as IndicatorDraft[] | undefined) ?? [];
    unreadable.clear();
    const keys = keysOf(national());
    key =
      [...values.values()].map((e) => e.key ?? '').find((k) => k === '' || keys.includes(k)) ??
      keys[0] ??
      '';
    render();
  }

  function save(): void {
    if (!lastCheck?.ok) return;
    const text = `${JSON.stringify(document(), null, 2)}\n`;
    download(
      new Blob([text], { type: 'application/json' }),
      kind === 'config' ? 'cau-hinh-tinh.json' : 'bo-sung-quoc-gia.json',
    );
  }

  loadInput.addEventListener('change', async () => {
    const file = loadInput.files?.[0];
    if (!file) return;
    const json = await readJsonFile(file);
    if (json.success) open(json.data, file.name);
    else {
      result.dataset.valid = 'false';
      result.replaceChildren(issueList(json.issues));
    }
  });
  const sample = (id: keyof typeof SAMPLES, vi: string, en: string) =>
    button(`sample-${id}`, vi, en, async () => {
      const module = await SAMPLES[id]();
      open(module.default, `${id}.json`);
    });

  root.append(
    el('section', { class: 'tool province' }, [
      el('div', { class: 'controls' }, [
        idField('province-load', 'Mở tệp JSON', 'Open a JSON file', loadInput),
        saveButton,
      ]),
      el('div', { class: 'controls' }, [
        el('span', {}, ['Mẫu / Examples:']),
        sample('dien-bien', 'Điện Biên (minh hoạ)', 'illustrative'),
        sample('xa-2021-2025-tdmnpb', 'Bổ sung XA_2021_2025 TDMNPB (minh hoạ)', 'illustrative'),
        sample('xa-2026-2030-nhom-1', 'Bổ sung XA_2026_2030 nhóm 1 (minh hoạ)', 'illustrative'),
      ]),
      el('h3', {}, ['Kết quả kiểm tra / Check']),
      result,
      form,
    ]),
  );
  start('config');
}
