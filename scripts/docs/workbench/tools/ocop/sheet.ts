// The scoring sheet as a form: one fieldset per criterion, numbered as the paper sheet prints it (1.1, 2.4, 12),
// one radio button per option (with its points and star minimum), then the disqualifiers found.
import type { OcopAnswer, OcopRubric } from '@ntm/domain';
import { type LeafCriterion, leafCriteria } from '../../../../../packages/cli/src/io/ocop-sheet.js';
import { el } from '../../ui/dom.js';

type Criterion = LeafCriterion['criterion'];

function option(name: string, value: string, label: string, marker?: number): HTMLElement {
  const input = el('input', { type: 'radio', name, value });
  const text = marker ? `${label} — tối thiểu / minimum ${marker}★` : label;
  return el('label', { class: marker ? 'opt has-marker' : 'opt' }, [input, ` ${text}`]);
}

function criterionField(c: Criterion): HTMLElement {
  const name = `c:${c.code}`;
  const inputs: HTMLElement[] = [];
  if (c.kind === 'yes-no') {
    inputs.push(option(name, 'true', `Có / Yes (${c.maxPoints})`));
    inputs.push(option(name, 'false', 'Không / No (0)'));
  } else if (c.kind === 'choice') {
    c.options.forEach((o, i) => {
      inputs.push(option(name, String(i), `${o.text} (${o.points})`, o.minStars));
    });
  } else
    for (const k of c.cases) {
      inputs.push(el('div', { class: 'case' }, [`Trường hợp / Case ${k.id}: ${k.title}`]));
      k.options.forEach((o, i) => {
        inputs.push(
          option(name, `${k.id}:${i}`, `${k.id}.${i + 1} ${o.text} (${o.points})`, o.minStars),
        );
      });
    }
  return el('fieldset', { class: 'criterion', 'data-code': c.code }, [
    el('legend', {}, [`${c.code}. ${c.title} — tối đa / max ${c.maxPoints}`]),
    ...inputs,
  ]);
}

/** The form's fields for a sheet: parts with their criteria, then the disqualifiers. */
export function sheetFields(rubric: OcopRubric): HTMLElement[] {
  const fields: HTMLElement[] = [];
  for (const part of rubric.parts) {
    fields.push(el('h3', {}, [`Phần / Part ${part.key}: ${part.title} (${part.maxPoints})`]));
    for (const { criterion } of leafCriteria({ ...rubric, parts: [part] }))
      fields.push(criterionField(criterion));
  }
  fields.push(
    el('fieldset', { class: 'disqualifiers' }, [
      el('legend', {}, ['Điều kiện loại đã phát hiện / Disqualifiers found']),
      ...rubric.disqualifiers.map((d) =>
        el('label', { class: 'opt' }, [
          el('input', { type: 'checkbox', name: 'dq', value: d.id }),
          ` ${d.id}: ${d.text}`,
        ]),
      ),
    ]),
  );
  return fields;
}

/** The radio value of an answer (`true`, `2`, `a:1`). */
function radioValue(answer: OcopAnswer): string {
  return typeof answer === 'object' ? `${answer.case}:${answer.option}` : String(answer);
}

/** The answers ticked in the form, in the engine's form. */
export function readAnswers(form: HTMLFormElement, rubric: OcopRubric): Record<string, OcopAnswer> {
  const answers: Record<string, OcopAnswer> = {};
  for (const { criterion: c } of leafCriteria(rubric)) {
    const checked = form.querySelector<HTMLInputElement>(
      `input[name="${CSS.escape(`c:${c.code}`)}"]:checked`,
    );
    if (!checked) continue;
    const value = checked.value;
    if (c.kind === 'yes-no') answers[c.code] = value === 'true';
    else if (c.kind === 'choice') answers[c.code] = Number(value);
    else {
      const [kase = '', index = '0'] = value.split(':');
      answers[c.code] = { case: kase, option: Number(index) };
    }
  }
  return answers;
}

/** The disqualifiers ticked in the form. */
export function readDisqualifiers(form: HTMLFormElement): string[] {
  return [...form.querySelectorAll<HTMLInputElement>('input[name="dq"]:checked')].map(
    (i) => i.value,
  );
}

/** Ticks the given answers and disqualifiers (others are cleared). */
export function writeAnswers(
  form: HTMLFormElement,
  answers: Readonly<Record<string, OcopAnswer>>,
  disqualifiers: readonly string[] = [],
): void {
  form.reset();
  for (const [code, answer] of Object.entries(answers)) {
    const input = form.querySelector<HTMLInputElement>(
      `input[name="${CSS.escape(`c:${code}`)}"][value="${CSS.escape(radioValue(answer))}"]`,
    );
    if (input) input.checked = true;
  }
  for (const box of form.querySelectorAll<HTMLInputElement>('input[name="dq"]'))
    box.checked = disqualifiers.includes(box.value);
}

/** The answer worth the most points for every criterion (the best case for criteria with cases). */
export function bestAnswers(rubric: OcopRubric): Record<string, OcopAnswer> {
  const best = (options: readonly { points: number }[]) =>
    options.reduce((at, o, i) => (o.points > (options[at]?.points ?? 0) ? i : at), 0);
  const answers: Record<string, OcopAnswer> = {};
  for (const { criterion: c } of leafCriteria(rubric)) {
    if (c.kind === 'yes-no') answers[c.code] = true;
    else if (c.kind === 'choice') answers[c.code] = best(c.options);
    else {
      let chosen: { answer: OcopAnswer; points: number } | undefined;
      for (const k of c.cases) {
        const i = best(k.options);
        const points = k.options[i]?.points ?? 0;
        if (!chosen || points > chosen.points)
          chosen = { answer: { case: k.id, option: i }, points };
      }
      if (chosen) answers[c.code] = chosen.answer;
    }
  }
  return answers;
}
