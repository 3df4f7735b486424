// "Đánh giá xã NTM / Evaluating communes": drop the communes file `ntm init communes` makes, choose the set, date,
// region or group, a province configuration and a national supplement; see each commune's result and download the
// Excel file `ntm criteria evaluate --out` would write. The logic is in evaluate-table.ts (tested without a browser).
import {
  NTM_OUTCOME_LABELS,
  type NtmCommuneEvaluation,
  type NtmOutcome,
  supplyLabel,
} from '@ntm/criteria';
import { NTM_CRITERIA_SETS } from '@ntm/criteria/sets';
import type { DomainIssue, IsoDate, NtmRegion } from '@ntm/domain/core';
import { isDomainError } from '@ntm/domain/core';
import { isCliError } from '../../../../../packages/cli/src/cli-error.js';
import { thresholdKeys } from '../../../../../packages/cli/src/commands/criteria/criteria-set.js';
import { tableRow } from '../../../../../packages/cli/src/commands/criteria/evaluation-rows.js';
import { button, el, issueList } from '../../ui/dom.js';
import { download, todayIso } from '../../ui/files.js';
import { bilingualHead, idField, readJsonFile, select } from '../../ui/form.js';
import {
  type EvaluationChoices,
  evaluateTable,
  resultReport,
  type TableEvaluation,
  VIETNAMESE,
} from './evaluate-table.js';
import { readWorkbookRows, reportBlob } from './excel.js';
import { openCommunes } from './open-communes.js';

/** Rows drawn on the page; the Excel download has them all. */
const SHOWN = 1000;

const REGIONS = thresholdKeys('region') as readonly NtmRegion[];

/** A JSON file chosen for a layer (configuration or supplement), with its name for the page. */
interface Layer {
  readonly name: string;
  readonly data: unknown;
}

/** Mounts the tool into the page's `<main id="workbench">`. */
export function mount(root: HTMLElement): void {
  let communes: File | undefined;
  let config: Layer | undefined;
  let supplement: Layer | undefined;
  let last: TableEvaluation | undefined;
  let runs = 0;

  const fileInput = el('input', { type: 'file', accept: '.xlsx,.csv,.txt' }) as HTMLInputElement;
  const setSelect = select([
    ['auto', 'Bộ có hiệu lực theo ngày / The set in force on the date'],
    ...NTM_CRITERIA_SETS.filter((s) => s.level !== 'huyen').map(
      (s) => [s.id, `${s.id} — ${s.title.vi}`] as const,
    ),
  ]);
  const dateInput = el('input', { type: 'date' }) as HTMLInputElement;
  const regionSelect = select([
    ['', '— theo tệp / from the file —'],
    ...REGIONS.map((r) => [r, r] as const),
  ]);
  const groupSelect = select([
    ['', '— theo tệp / from the file —'],
    ['1', 'Nhóm 1 / Group 1'],
    ['2', 'Nhóm 2 / Group 2'],
    ['3', 'Nhóm 3 / Group 3'],
  ]);
  const configInput = el('input', { type: 'file', accept: '.json' }) as HTMLInputElement;
  const supplementInput = el('input', { type: 'file', accept: '.json' }) as HTMLInputElement;
  const status = el('div', { id: 'ntm-status', role: 'status', 'aria-live': 'polite' });
  const output = el('div', { id: 'ntm-result' });
  const downloadButton = button(
    'ntm-download',
    'Tải kết quả Excel',
    'Download results (XLSX)',
    () => {
      if (last) void saveExcel(last);
    },
  );
  downloadButton.disabled = true;

  const drop = el('div', { class: 'drop-zone', id: 'ntm-drop' }, [
    idField(
      'ntm-file',
      'Tệp các xã (.xlsx hoặc .csv, mẫu: ntm init communes)',
      'Communes file (.xlsx or .csv, template: ntm init communes)',
      fileInput,
    ),
    el('p', { class: 'meta' }, [
      'Kéo thả tệp vào đây. Tệp không rời khỏi máy. / Drop the file here. It never leaves your machine.',
    ]),
  ]);
  drop.addEventListener('dragover', (event) => event.preventDefault());
  drop.addEventListener('drop', (event) => {
    event.preventDefault();
    const file = event.dataTransfer?.files[0];
    if (file) {
      communes = file;
      void run();
    }
  });

  const choices = (): EvaluationChoices => ({
    setId: setSelect.value,
    ...(dateInput.value ? { date: dateInput.value as IsoDate } : {}),
    ...(regionSelect.value ? { region: regionSelect.value as NtmRegion } : {}),
    ...(groupSelect.value ? { communeGroup: Number(groupSelect.value) as 1 | 2 | 3 } : {}),
    ...(config ? { provinceConfig: config.data } : {}),
    ...(supplement ? { supplement: supplement.data } : {}),
  });

  const fail = (title: string, issues: readonly DomainIssue[]) => {
    last = undefined;
    downloadButton.disabled = true;
    output.dataset.state = 'error';
    status.replaceChildren(el('p', { role: 'alert' }, [title]));
    output.replaceChildren(issueList(issues.slice(0, 50), issues.length));
  };

  async function run(): Promise<void> {
    if (!communes) return;
    // A choice changed while a file was being read starts a new run; only the latest one shows its results.
    const run = ++runs;
    status.replaceChildren(el('p', {}, ['Đang đánh giá… / Evaluating…']));
    output.dataset.state = 'busy';
    try {
      const opened = performance.now();
      const table = await openCommunes(communes, readWorkbookRows);
      const result = await evaluateTable(table, choices(), todayIso() as IsoDate, () =>
        performance.now(),
      );
      if (run !== runs) return;
      last = result;
      // The whole time from the file to the results (a workbook is unzipped before its rows are read), for the test.
      output.dataset.totalMs = (performance.now() - opened).toFixed(1);
      show(result);
    } catch (error) {
      if (run !== runs) return;
      if (isCliError(error) || isDomainError(error))
        fail('Không đánh giá được / Cannot evaluate', error.issues);
      else throw error;
    }
  }

  function show(result: TableEvaluation): void {
    downloadButton.disabled = result.rows.length === 0;
    output.dataset.state = 'done';
    output.dataset.rows = String(result.rows.length);
    output.dataset.ms = result.ms.toFixed(1);
    const supplied = result.set.supplement;
    status.replaceChildren(
      el('p', { class: 'ok' }, [
        `${result.rows.length} xã đã đánh giá trong ${Math.round(result.ms)} ms / ${result.rows.length} communes evaluated in ${Math.round(result.ms)} ms`,
        result.badRows > 0 ? ` — ${result.badRows} dòng lỗi / rows with errors` : '',
      ]),
      el('p', { id: 'ntm-outcomes' }, [outcomeCounts(result)]),
    );
    output.replaceChildren(
      el('p', { class: 'meta', id: 'ntm-set' }, [
        `${result.set.id} — ${result.set.title.vi} (${result.set.basis.number})`,
        supplied ? ` · ${supplyLabel(supplied).vi} / ${supplyLabel(supplied).en}` : '',
        result.set.provenance?.province
          ? ` · tỉnh / province: ${result.set.provenance.province}`
          : '',
      ]),
      ...(result.illustrative
        ? [
            el('p', { class: 'illustrative', id: 'ntm-illustrative' }, [
              'Có kết quả dùng số liệu hoặc quy tắc minh hoạ, không phải kết quả chính thức. / Some results use illustrative data or rules, not official results.',
            ]),
          ]
        : []),
      ...(result.missing.size > 0
        ? [
            el('p', { class: 'missing-note' }, [
              `Chỉ tiêu chưa có ngưỡng quốc gia (không đoán; bổ sung hoặc điền trong cấu hình tỉnh) / Indicators without a national threshold (never guessed; supply them): ${[...result.missing].join(', ')}`,
            ]),
          ]
        : []),
      ...(result.problems.length > 0
        ? [
            el('p', {}, [
              `${result.badRows} dòng có lỗi không được đánh giá / rows with errors were not evaluated:`,
            ]),
            issueList(result.problems),
          ]
        : []),
      table(result),
    );
  }

  /** How many communes reached each national outcome: "đạt chuẩn 3 · chưa đạt chuẩn 8 · chưa đủ dữ liệu 1". */
  function outcomeCounts(result: TableEvaluation): string {
    const counts = new Map<NtmOutcome, number>();
    for (const { evaluation } of result.rows)
      counts.set(evaluation.outcome, (counts.get(evaluation.outcome) ?? 0) + 1);
    return (Object.keys(NTM_OUTCOME_LABELS) as NtmOutcome[])
      .map(
        (o) => `${NTM_OUTCOME_LABELS[o].vi} / ${NTM_OUTCOME_LABELS[o].en}: ${counts.get(o) ?? 0}`,
      )
      .join(' · ');
  }

  function table(result: TableEvaluation): HTMLElement {
    const head: [string, string][] = [
      ['Xã', 'Commune'],
      ['Năm', 'Year'],
      ['Đạt', 'Met'],
      ['Kết quả', 'Outcome'],
      ['Mức của tỉnh', 'Provincial level'],
      ['Còn thiếu', 'Gaps'],
      ['Chưa có ngưỡng', 'Missing thresholds'],
      ['Minh hoạ', 'Illustrative'],
    ];
    const rows = result.rows.slice(0, SHOWN).map(({ evaluation: e }) => row(e));
    return el('div', { class: 'table-wrap' }, [
      el('table', { id: 'ntm-table' }, [bilingualHead(head), el('tbody', {}, rows)]),
      ...(result.rows.length > SHOWN
        ? [
            el('p', { class: 'meta' }, [
              `Hiển thị ${SHOWN} dòng đầu; tệp Excel có đủ ${result.rows.length} dòng. / The first ${SHOWN} rows are shown; the Excel file has all ${result.rows.length}.`,
            ]),
          ]
        : []),
    ]);
  }

  function row(e: NtmCommuneEvaluation): HTMLElement {
    const cells = tableRow(VIETNAMESE, e).map((c) => (c === null ? '' : String(c)));
    const missing = [...new Set(e.missingThresholds.map((m) => m.indicator))];
    return el('tr', { 'data-outcome': e.outcome }, [
      ...cells.map((c) => el('td', {}, [c])),
      el('td', {}, [missing.join(', ')]),
      el('td', {}, [e.illustrative ? 'minh hoạ / illustrative' : '']),
    ]);
  }

  async function saveExcel(result: TableEvaluation): Promise<void> {
    const blob = await reportBlob(resultReport(result, VIETNAMESE), 'vi');
    download(blob, 'ket-qua-danh-gia.xlsx');
  }

  const layerInput = (
    input: HTMLInputElement,
    what: string,
    set: (layer: Layer | undefined) => void,
  ) => {
    input.addEventListener('change', async () => {
      const file = input.files?.[0];
      if (!file) {
        set(undefined);
        void run();
        return;
      }
      const json = await readJsonFile(file);
      if (!json.success) {
        set(undefined);
        fail(`${what}: không đọc được / cannot be read`, json.issues);
        return;
      }
      set({ name: file.name, data: json.data });
      void run();
    });
  };
  layerInput(configInput, 'Cấu hình tỉnh / Province configuration', (l) => {
    config = l;
  });
  layerInput(supplementInput, 'Bổ sung quốc gia / National supplement', (l) => {
    supplement = l;
  });
  fileInput.addEventListener('change', () => {
    communes = fileInput.files?.[0];
    void run();
  });
  for (const control of [setSelect, dateInput, regionSelect, groupSelect])
    control.addEventListener('change', () => void run());

  root.append(
    el('section', { class: 'tool ntm' }, [
      drop,
      el('fieldset', {}, [
        el('legend', {}, ['Lựa chọn / Choices']),
        el('div', { class: 'controls' }, [
          idField('ntm-set-select', 'Bộ tiêu chí', 'Criteria set', setSelect),
          idField('ntm-date', 'Ngày chọn bộ tiêu chí', 'Date that picks the set', dateInput),
          idField(
            'ntm-region',
            'Vùng (dòng không ghi vùng)',
            'Region (rows without one)',
            regionSelect,
          ),
          idField(
            'ntm-group',
            'Nhóm xã (dòng không ghi nhóm)',
            'Commune group (rows without one)',
            groupSelect,
          ),
        ]),
        el('div', { class: 'controls' }, [
          idField(
            'ntm-config',
            'Cấu hình tiêu chí của tỉnh (JSON, tuỳ chọn)',
            'Province configuration (JSON, optional)',
            configInput,
          ),
          idField(
            'ntm-supplement',
            'Bổ sung số liệu quốc gia (JSON, tuỳ chọn)',
            'National supplement (JSON, optional)',
            supplementInput,
          ),
        ]),
      ]),
      el('div', { class: 'controls' }, [downloadButton]),
      status,
      output,
    ]),
  );
}
