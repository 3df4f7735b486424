// Chấm điểm OCOP / OCOP scoring: find the product set, pick the rules in force for the submission date, answer the
// sheet as numbered on paper and see the score change as you go; print it on A4 for the council's signatures; save and
// load the answers in the files `ntm ocop score` reads. The sheets (rubric data) are their own lazy chunk.
import type { OcopEvaluationKind, OcopRubric } from '@ntm/domain';
import { isDomainError } from '@ntm/domain/core';
import {
  OCOP_EVALUATION_KIND_LABELS,
  type OcopMarkerPolicy,
  type OcopRubricResolution,
  resolveRubric,
  scoreAssessment,
  scoreParts,
} from '@ntm/ocop-scoring';
import { button, el, field, input, issueList, starLine } from '../../ui/dom.js';
import { todayIso } from '../../ui/files.js';
import type { SavedForm } from './files.js';
import { renderResult, signatures } from './result.js';
import { bestAnswers, readAnswers, readDisqualifiers, sheetFields, writeAnswers } from './sheet.js';

type Rubrics = typeof import('@ntm/ocop-scoring/rubrics');

function select(id: string, options: readonly [string, string][]): HTMLSelectElement {
  return el(
    'select',
    { id, name: id },
    options.map(([value, label]) => el('option', { value }, [label])),
  ) as HTMLSelectElement;
}

/** Mounts the tool into the page's `<main id="workbench">`. */
export async function mount(root: HTMLElement): Promise<void> {
  const status = el('p', { id: 'ocop-loading', role: 'status' }, ['Đang tải phiếu… / Loading…']);
  root.append(status);
  const rubrics = await import('@ntm/ocop-scoring/rubrics');
  status.remove();
  build(root, rubrics);
}

function build(root: HTMLElement, { QD26_RUBRICS, findProductSet }: Rubrics): void {
  const codes = Object.keys(QD26_RUBRICS).sort();
  const find = input('find', { type: 'search', placeholder: 'mật ong, chè shan tuyết…' });
  const found = el('span', { id: 'find-result', class: 'meta', 'aria-live': 'polite' });
  const productSet = select(
    'product-set',
    codes.map((code) => [code, `${code} — ${QD26_RUBRICS[code]?.title ?? ''}`]),
  );
  const submittedOn = input('submitted-on', { type: 'date', value: todayIso(), required: '' });
  const kind = select(
    'kind',
    Object.entries(OCOP_EVALUATION_KIND_LABELS).map(([k, l]) => [k, `${l.vi} / ${l.en}`]),
  );
  const policy = select('policy', [
    ['cap', 'hạ hạng sao / lower the stars (cap)'],
    ['reject', 'không xếp hạng / not rated (reject)'],
  ]);
  const name = input('product-name', { type: 'text', autocomplete: 'off' });
  const producer = input('producer', { type: 'text', autocomplete: 'organization' });
  const evaluator = input('evaluator', { type: 'text', autocomplete: 'name' });
  const inForce = el('p', { id: 'in-force', 'aria-live': 'polite' });
  const fileStatus = el('div', { id: 'file-status', 'aria-live': 'polite' });
  const load = input('load', { type: 'file', accept: '.json,.xlsx' });
  const form = el('form', {
    id: 'sheet',
    'aria-label': 'Phiếu chấm / Scoring sheet',
  }) as HTMLFormElement;
  const parts = el('div', { id: 'parts-form', hidden: '' });
  const partInputs = (['A', 'B', 'C'] as const).map((key) =>
    input(`part-${key}`, { type: 'number', min: '0', step: '0.01', inputmode: 'decimal' }),
  );
  parts.append(
    el('p', {}, [
      'Văn bản này không có phiếu chấm chi tiết trong SDK: nhập tổng điểm từng phần. / The SDK has no detailed sheet for these rules: enter the part totals.',
    ]),
    ...partInputs.map((i, n) => field(`Điểm phần ${'ABC'[n]}`, `Part ${'ABC'[n]}`, i)),
  );
  const output = el('div', { id: 'result', 'aria-live': 'polite' });
  const printHead = el('div', { class: 'print-only print-head', id: 'print-head' });

  root.append(
    el('section', { class: 'wb-controls', 'aria-label': 'Chọn phiếu / Choose the sheet' }, [
      field('Tìm bộ sản phẩm', 'Find a product set', find),
      found,
      field('Bộ sản phẩm', 'Product set', productSet),
      field('Ngày nộp hồ sơ', 'Submission date', submittedOn),
      field('Loại đánh giá', 'Evaluation', kind),
      field('Khi thiếu dấu sao', 'Failed marker policy', policy),
      inForce,
    ]),
    el('section', { class: 'wb-controls', 'aria-label': 'Sản phẩm / Product' }, [
      field('Tên sản phẩm', 'Product name', name),
      field('Chủ thể', 'Producer', producer),
      field('Người đánh giá', 'Evaluator', evaluator),
    ]),
    el('div', { class: 'wb-actions' }, [
      button('best', 'Điểm cao nhất', 'Best answers'),
      button('clear', 'Xoá', 'Clear'),
      button('print', 'In phiếu A4', 'Print (A4)'),
      button('save-json', 'Lưu JSON', 'Save JSON'),
      button('save-xlsx', 'Lưu Excel', 'Save Excel'),
      field('Mở tệp (.json, .xlsx)', 'Open a file', load),
    ]),
    fileStatus,
    printHead,
    el('div', { class: 'calculator' }, [el('div', {}, [form, parts]), output]),
    signatures(),
  );

  let resolution: OcopRubricResolution | undefined;
  const rubric = (): OcopRubric | undefined => resolution?.rubric;

  const showPrintHead = (): void => {
    const r = rubric();
    printHead.replaceChildren(
      el('h2', {}, ['PHIẾU ĐÁNH GIÁ, PHÂN HẠNG SẢN PHẨM OCOP']),
      el('p', {}, [
        `Sản phẩm: ${name.value || '…'} · Chủ thể: ${producer.value || '…'} · Bộ sản phẩm: ${productSet.value}`,
      ]),
      el('p', {}, [
        `Ngày nộp hồ sơ: ${submittedOn.value.split('-').reverse().join('/')} · ${r ? `${r.id} — ${r.basis.number}${r.basis.sheet ? `, ${r.basis.sheet}` : ''}` : (resolution?.version.basis.number ?? '')}${evaluator.value ? ` · Người đánh giá: ${evaluator.value}` : ''}`,
      ]),
    );
  };

  const score = (): void => {
    showPrintHead();
    if (!resolution) return;
    const r = rubric();
    try {
      if (!r) {
        const [A = 0, B = 0, C = 0] = partInputs.map((i) => Number(i.value || 0));
        const result = scoreParts({ A, B, C }, resolution.submittedOn);
        output.replaceChildren(
          el('div', { class: 'score-line' }, [
            el('span', { id: 'total', 'data-total': String(result.total) }, [
              `Tổng / Total: ${result.total}`,
            ]),
            el('span', { id: 'stars', 'data-stars': String(result.stars ?? 0) }, [
              starLine(result.stars),
            ]),
          ]),
          el('p', {}, [
            result.reason.vi,
            el('br'),
            el('span', { class: 'en' }, [result.reason.en]),
          ]),
        );
        return;
      }
      const result = scoreAssessment(
        r,
        { criteria: readAnswers(form, r), disqualifiers: readDisqualifiers(form) },
        { markerPolicy: policy.value as OcopMarkerPolicy },
      );
      output.replaceChildren(renderResult(result));
    } catch (error) {
      if (!isDomainError(error)) throw error;
      const answered = r ? Object.keys(readAnswers(form, r)).length : 0;
      const total = r ? form.querySelectorAll('fieldset.criterion').length : 0;
      output.replaceChildren(
        el('p', { id: 'incomplete' }, [
          r
            ? `Chưa chấm được (${answered}/${total} tiêu chí đã trả lời) / Not scored yet (${answered}/${total} criteria answered):`
            : 'Chưa chấm được / Not scored yet:',
        ]),
        issueList(error.issues.slice(0, 12), error.issues.length),
      );
    }
  };

  /** Resolves the rules for the chosen set, date and kind, and rebuilds the form when the sheet changed. */
  const resolve = (): void => {
    const previous = rubric();
    try {
      resolution = resolveRubric(productSet.value, {
        submittedOn: submittedOn.value,
        kind: kind.value as OcopEvaluationKind,
        rubrics: QD26_RUBRICS,
      });
    } catch (error) {
      if (!isDomainError(error)) throw error;
      resolution = undefined;
      inForce.replaceChildren(issueList(error.issues));
      form.replaceChildren();
      output.replaceChildren();
      return;
    }
    const transition = resolution.transition;
    inForce.replaceChildren(
      el('strong', {}, ['Văn bản áp dụng / Rules in force: ']),
      resolution.reason.vi,
      el('br'),
      el('span', { class: 'en' }, [resolution.reason.en]),
      ...(transition
        ? [
            el('br'),
            `${transition.reason.vi} (${transition.article}): ${transition.completeBy}`,
            el('br'),
            el('span', { class: 'en' }, [transition.reason.en]),
          ]
        : []),
    );
    const r = rubric();
    parts.hidden = r !== undefined;
    form.hidden = r === undefined;
    if (r !== previous) form.replaceChildren(...(r ? sheetFields(r) : []));
    if (location.hash.slice(1) !== productSet.value)
      history.replaceState(null, '', `#${productSet.value}`);
    score();
  };

  const setFrom = (saved: SavedForm): void => {
    productSet.value = saved.productSet;
    if (saved.submittedOn) submittedOn.value = saved.submittedOn;
    kind.value = saved.kind;
    name.value = saved.product.name ?? '';
    producer.value = saved.product.producer ?? '';
    evaluator.value = saved.evaluator ?? '';
    resolve();
    const r = rubric();
    if (r) writeAnswers(form, saved.criteria, saved.disqualifiers);
    const savedParts = saved.parts;
    if (savedParts)
      (['A', 'B', 'C'] as const).forEach((key, n) => {
        const box = partInputs[n];
        if (box) box.value = String(savedParts[key]);
      });
    score();
  };

  const current = (): SavedForm => ({
    productSet: productSet.value,
    submittedOn: submittedOn.value,
    kind: kind.value as OcopEvaluationKind,
    product: { name: name.value, producer: producer.value },
    evaluator: evaluator.value,
    criteria: rubric() ? readAnswers(form, rubric() as OcopRubric) : {},
    disqualifiers: readDisqualifiers(form),
  });

  const report = (message: string, ok: boolean, details?: HTMLElement): void => {
    fileStatus.dataset.state = ok ? 'ok' : 'error';
    fileStatus.replaceChildren(el('p', {}, [message]), ...(details ? [details] : []));
  };

  productSet.addEventListener('change', resolve);
  submittedOn.addEventListener('change', resolve);
  kind.addEventListener('change', resolve);
  policy.addEventListener('change', score);
  form.addEventListener('change', score);
  parts.addEventListener('input', score);
  for (const i of [name, producer, evaluator]) i.addEventListener('input', showPrintHead);
  root.querySelector('#best')?.addEventListener('click', () => {
    const r = rubric();
    if (r) writeAnswers(form, bestAnswers(r));
    score();
  });
  root.querySelector('#clear')?.addEventListener('click', () => {
    form.reset();
    score();
  });
  root.querySelector('#print')?.addEventListener('click', () => window.print());
  for (const format of ['json', 'xlsx'] as const)
    root.querySelector(`#save-${format}`)?.addEventListener('click', () => {
      const r = rubric();
      if (!r) {
        report(
          'Văn bản này chỉ chấm theo phần, không có phiếu để lưu. / These rules score parts only; there is no sheet to save.',
          false,
        );
        return;
      }
      import('./files.js')
        .then(({ saveAssessment }) => saveAssessment(format, r, current()))
        .then(
          (file) => report(`Đã lưu / Saved ${file}`, true),
          (error: unknown) => report(`Không lưu được / Could not save: ${String(error)}`, false),
        );
    });
  load.addEventListener('change', () => {
    const file = load.files?.[0];
    if (!file) return;
    import('./files.js')
      .then(({ loadAssessment }) => loadAssessment(file))
      .then(
        (saved) => {
          setFrom(saved);
          report(`Đã mở / Opened ${file.name}`, true);
          load.value = '';
        },
        (error: unknown) => {
          load.value = '';
          const issues = (error as { issues?: unknown }).issues;
          if (!Array.isArray(issues)) throw error;
          report(
            `Không đọc được ${file.name} / Could not read ${file.name}:`,
            false,
            issueList(issues, issues.length, () => ''),
          );
        },
      );
  });
  find.addEventListener('input', () => {
    const query = find.value.trim();
    const set = query === '' ? undefined : findProductSet(query);
    found.textContent = set
      ? `→ ${set.code}: ${set.name.vi} / ${set.name.en}`
      : query === ''
        ? ''
        : 'Không tìm thấy / Not found';
    if (set && QD26_RUBRICS[set.code] && productSet.value !== set.code) {
      productSet.value = set.code;
      resolve();
    }
  });

  const fromHash = location.hash.slice(1).toUpperCase();
  if (QD26_RUBRICS[fromHash]) productSet.value = fromHash;
  resolve();
}
