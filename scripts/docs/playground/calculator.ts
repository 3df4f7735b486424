// The OCOP calculator of the playground page: runs @ntm/ocop-scoring in the browser. The form is built from the
// rubric data; every change re-scores with `scoreAssessment`, and invalid or incomplete answers show the engine's own
// DomainError issues in Vietnamese and English.
import type { OcopAnswer, OcopCriterion, OcopRubric } from '@ntm/domain';
import { isDomainError } from '@ntm/domain/core';
import { type OcopMarkerPolicy, type OcopScoreResult, scoreAssessment } from '@ntm/ocop-scoring';
import { findProductSet, QD26_RUBRICS } from '@ntm/ocop-scoring/rubrics';
import { el, issueList, starLine } from '../workbench/ui/dom.js';

type Leaf = Exclude<OcopCriterion, { kind: 'group' }>;

function leaves(rubric: OcopRubric): { part: string; criterion: Leaf }[] {
  const out: { part: string; criterion: Leaf }[] = [];
  const walk = (part: string, c: OcopCriterion): void => {
    if (c.kind === 'group') for (const item of c.items) walk(part, item);
    else out.push({ part, criterion: c });
  };
  for (const p of rubric.parts) for (const s of p.sections) for (const c of s.items) walk(p.key, c);
  return out;
}

function optionInput(name: string, value: string, label: string, marker?: number): HTMLElement {
  const input = el('input', { type: 'radio', name, value });
  const text = marker ? `${label} — tối thiểu / minimum ${marker}★` : label;
  return el('label', { class: marker ? 'opt has-marker' : 'opt' }, [input, ` ${text}`]);
}

function criterionField(c: Leaf): HTMLElement {
  const name = `c:${c.code}`;
  const inputs: HTMLElement[] = [];
  if (c.kind === 'yes-no') {
    inputs.push(optionInput(name, 'true', `Có / Yes (${c.maxPoints})`));
    inputs.push(optionInput(name, 'false', 'Không / No (0)'));
  } else if (c.kind === 'choice') {
    c.options.forEach((o, i) => {
      inputs.push(optionInput(name, String(i), `${o.text} (${o.points})`, o.minStars));
    });
  } else {
    for (const k of c.cases) {
      inputs.push(el('div', { class: 'case' }, [`Trường hợp ${k.id}: ${k.title}`]));
      k.options.forEach((o, i) => {
        inputs.push(
          optionInput(name, `${k.id}:${i}`, `${k.id}.${i + 1} ${o.text} (${o.points})`, o.minStars),
        );
      });
    }
  }
  return el('fieldset', { class: 'criterion', 'data-code': c.code }, [
    el('legend', {}, [`${c.code}. ${c.title} — tối đa / max ${c.maxPoints}`]),
    ...inputs,
  ]);
}

function readAnswers(form: HTMLFormElement, rubric: OcopRubric): Record<string, OcopAnswer> {
  const answers: Record<string, OcopAnswer> = {};
  for (const { criterion: c } of leaves(rubric)) {
    const checked = form.querySelector<HTMLInputElement>(
      `input[name="${CSS.escape(`c:${c.code}`)}"]:checked`,
    );
    if (!checked) continue;
    const value = checked.value;
    if (c.kind === 'yes-no') answers[c.code] = value === 'true';
    else if (c.kind === 'choice') answers[c.code] = Number(value);
    else {
      const [kase = '', option = '0'] = value.split(':');
      answers[c.code] = { case: kase, option: Number(option) };
    }
  }
  return answers;
}

function bestValue(c: Leaf): string {
  if (c.kind === 'yes-no') return 'true';
  const best = (options: readonly { points: number }[]) =>
    options.reduce((at, o, i) => (o.points > (options[at]?.points ?? 0) ? i : at), 0);
  if (c.kind === 'choice') return String(best(c.options));
  let chosen = { value: '', points: -1 };
  for (const k of c.cases) {
    const i = best(k.options);
    const points = k.options[i]?.points ?? 0;
    if (points > chosen.points) chosen = { value: `${k.id}:${i}`, points };
  }
  return chosen.value;
}

function renderResult(result: OcopScoreResult): HTMLElement {
  const status = {
    rated: 'Được xếp hạng / Rated',
    disqualified: 'Bị loại / Disqualified',
    'below-threshold': 'Dưới ngưỡng / Below threshold',
  }[result.status];
  const failed = result.decision.failedMinimums;
  const trace = el('table', { class: 'trace' }, [
    el('thead', {}, [
      el('tr', {}, [
        el('th', {}, ['Mã / Code']),
        el('th', {}, ['Lựa chọn / Answer']),
        el('th', {}, ['Điểm / Points']),
        el('th', {}, ['Dấu sao / Markers']),
        el('th', {}, ['Lý do / Reason']),
      ]),
    ]),
    el(
      'tbody',
      {},
      result.trace.map((t) =>
        el('tr', { 'data-criterion': t.criterion }, [
          el('td', {}, [el('code', {}, [t.criterion])]),
          el('td', {}, [t.optionText ?? (t.answer === null ? '—' : String(t.answer))]),
          el('td', {}, [`${t.points} / ${t.maxPoints}`]),
          el('td', {}, [
            t.markers
              .map((m) => `${m.stars}★ ≥${m.minPoints}: ${m.met ? 'đạt / met' : 'KHÔNG / NOT met'}`)
              .join('; '),
          ]),
          el('td', {}, [t.reason.vi, el('br'), el('span', { class: 'en' }, [t.reason.en])]),
        ]),
      ),
    ),
  ]);
  return el('div', { class: 'result' }, [
    el('div', { class: 'score-line' }, [
      el('span', { id: 'total', 'data-total': String(result.total) }, [
        `Tổng / Total: ${result.display.vi}`,
      ]),
      el('span', {}, [`A ${result.parts.A} · B ${result.parts.B} · C ${result.parts.C}`]),
      el('span', { id: 'stars', 'data-stars': String(result.stars ?? 0) }, [
        starLine(result.stars),
      ]),
      el('span', { id: 'status', 'data-status': result.status }, [
        `${status}${result.certifiable ? ' · được chứng nhận / certifiable' : ' · không chứng nhận / not certifiable'}`,
      ]),
    ]),
    el('p', {}, [
      result.decision.reason.vi,
      el('br'),
      el('span', { class: 'en' }, [result.decision.reason.en]),
    ]),
    el('div', { id: 'failed-markers' }, [
      failed.length === 0
        ? 'Không có dấu sao nào chưa đạt / No failed star marker'
        : `Dấu sao chưa đạt / Failed markers: ${failed
            .map(
              (f) =>
                `${f.criterion} (${f.stars}★ cần / needs ${f.minPoints}, có / has ${f.points})`,
            )
            .join('; ')}`,
    ]),
    result.disqualifiedBy.length > 0
      ? el(
          'ul',
          { id: 'disqualified-by' },
          result.disqualifiedBy.map((d) => el('li', {}, [`${d.id}: ${d.text}`])),
        )
      : el('span'),
    el('p', { class: 'meta' }, [
      `Phiếu / Sheet ${result.rubric.id} · ${result.rubric.basis.number}${result.rubric.basis.sheet ? `, ${result.rubric.basis.sheet}` : ''}`,
    ]),
    el('details', { open: '' }, [el('summary', {}, ['Diễn giải / Trace']), trace]),
  ]);
}

/** Mounts the calculator into `root`. */
export function mountCalculator(root: HTMLElement): void {
  const codes = Object.keys(QD26_RUBRICS).sort();
  const select = el(
    'select',
    { id: 'product-set' },
    codes.map((code) =>
      el('option', { value: code }, [`${code} — ${QD26_RUBRICS[code]?.title ?? ''}`]),
    ),
  ) as HTMLSelectElement;
  const policy = el('select', { id: 'policy' }, [
    el('option', { value: 'cap' }, ['cap — hạ hạng sao / lower the stars']),
    el('option', { value: 'reject' }, ['reject — không xếp hạng / not rated']),
  ]) as HTMLSelectElement;
  const find = el('input', {
    id: 'find',
    type: 'search',
    placeholder: 'mật ong, nước mắm, du lịch…',
  }) as HTMLInputElement;
  const found = el('span', { id: 'find-result', class: 'meta' });
  const form = el('form', { id: 'sheet' }) as HTMLFormElement;
  const output = el('div', { id: 'result', 'aria-live': 'polite' });
  const best = el('button', { type: 'button', id: 'best' }, ['Điểm cao nhất / Best answers']);
  const clear = el('button', { type: 'button', id: 'clear' }, ['Xoá / Clear']);

  root.append(
    el('div', { class: 'controls' }, [
      el('label', {}, ['Tìm bộ sản phẩm / Find a product set ', find, ' ', found]),
      el('label', {}, ['Bộ sản phẩm / Product set ', select]),
      el('label', {}, ['Khi thiếu dấu sao / Failed marker policy ', policy]),
      el('div', {}, [best, ' ', clear]),
    ]),
    el('div', { class: 'calculator' }, [form, output]),
  );

  const rubric = (): OcopRubric => {
    const r = QD26_RUBRICS[select.value];
    if (!r) throw new Error(`unknown sheet ${select.value}`);
    return r;
  };

  const score = (): void => {
    const r = rubric();
    const disqualifiers = [
      ...form.querySelectorAll<HTMLInputElement>('input[name="dq"]:checked'),
    ].map((i) => i.value);
    try {
      const result = scoreAssessment(
        r,
        { criteria: readAnswers(form, r), disqualifiers },
        { markerPolicy: policy.value as OcopMarkerPolicy },
      );
      output.replaceChildren(renderResult(result));
    } catch (error) {
      if (!isDomainError(error)) throw error;
      const answered = Object.keys(readAnswers(form, r)).length;
      output.replaceChildren(
        el('p', { id: 'incomplete' }, [
          `Chưa chấm được (${answered}/${leaves(r).length} tiêu chí đã trả lời) / Not scored yet (${answered}/${leaves(r).length} criteria answered):`,
        ]),
        issueList(error.issues.slice(0, 12), error.issues.length),
      );
    }
  };

  const render = (): void => {
    const r = rubric();
    const fields: HTMLElement[] = [];
    for (const part of r.parts) {
      fields.push(el('h3', {}, [`Phần ${part.key}: ${part.title} (${part.maxPoints})`]));
      for (const { criterion } of leaves({ ...r, parts: [part] }))
        fields.push(criterionField(criterion));
    }
    fields.push(
      el('fieldset', { class: 'disqualifiers' }, [
        el('legend', {}, ['Điều kiện loại đã phát hiện / Disqualifiers found']),
        ...r.disqualifiers.map((d) =>
          el('label', { class: 'opt' }, [
            el('input', { type: 'checkbox', name: 'dq', value: d.id }),
            ` ${d.id}: ${d.text}`,
          ]),
        ),
      ]),
    );
    form.replaceChildren(...fields);
    if (location.hash.slice(1) !== r.productSet) history.replaceState(null, '', `#${r.productSet}`);
    score();
  };

  select.addEventListener('change', render);
  policy.addEventListener('change', score);
  form.addEventListener('change', score);
  best.addEventListener('click', () => {
    for (const { criterion } of leaves(rubric())) {
      const value = bestValue(criterion);
      const input = form.querySelector<HTMLInputElement>(
        `input[name="${CSS.escape(`c:${criterion.code}`)}"][value="${CSS.escape(value)}"]`,
      );
      if (input) input.checked = true;
    }
    for (const box of form.querySelectorAll<HTMLInputElement>('input[name="dq"]'))
      box.checked = false;
    score();
  });
  clear.addEventListener('click', () => {
    form.reset();
    score();
  });
  find.addEventListener('input', () => {
    const set = find.value.trim() === '' ? undefined : findProductSet(find.value);
    found.textContent = set
      ? `→ ${set.code}: ${set.name.vi} / ${set.name.en}`
      : find.value.trim() === ''
        ? ''
        : 'Không tìm thấy / Not found';
    if (set && QD26_RUBRICS[set.code] && select.value !== set.code) {
      select.value = set.code;
      render();
    }
  });

  const fromHash = location.hash.slice(1).toUpperCase();
  if (QD26_RUBRICS[fromHash]) select.value = fromHash;
  render();
}
