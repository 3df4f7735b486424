import type { NtmCommuneEvaluation } from '@ntm/criteria';

/**
 * One NDJSON line: the evaluation without what is the same on every line or said again in words. The set's own data
 * (its `basis`, each criterion's `name`, each threshold's sources and note, the annex of each missing threshold) is
 * left out — `setId` and `annex` name them — and so is each indicator's `reason` sentence, which is built from the
 * fields kept: status, value, cell, the threshold's `status` and `value`, direction and gap. A country's file is then
 * about a third of the size.
 *
 * @example
 * ```ts
 * JSON.stringify(evaluationLine(evaluateCommune(set, facts, context)));
 * ```
 */
export function evaluationLine(e: NtmCommuneEvaluation): unknown {
  const { basis: _basis, ...rest } = e;
  return {
    ...rest,
    criteria: e.criteria.map(({ name: _name, ...c }) => ({
      ...c,
      indicators: c.indicators.map((i) => ({
        code: i.code,
        status: i.status,
        value: i.value,
        cell: i.cell,
        threshold: i.threshold && { status: i.threshold.status, value: i.threshold.value },
        direction: i.direction,
        gap: i.gap,
      })),
    })),
    missingThresholds: e.missingThresholds.map((m) => ({ indicator: m.indicator, cell: m.cell })),
  };
}

const json = JSON.stringify;

/**
 * `JSON.stringify(evaluationLine(e))`, byte for byte (a property test holds them together), written by hand: a country's
 * file is a gigabyte and more of JSON, and building it from the fields directly takes half the time of building
 * objects and serialising them. Codes (statuses, directions) are plain ASCII words and go in as they are.
 *
 * @example
 * ```ts
 * out.write(`${evaluationJson(evaluation)}\n`);
 * ```
 */
export function evaluationJson(e: NtmCommuneEvaluation): string {
  let out = `{"setId":${json(e.setId)},"annex":${json(e.annex)}`;
  if (e.provenance !== undefined) out += `,"provenance":${json(e.provenance)}`;
  if (e.supplement !== undefined) out += `,"supplement":${json(e.supplement)}`;
  if (e.commune !== undefined) out += `,"commune":${json(e.commune)}`;
  out += `,"year":${e.year},"thresholds":${json(e.thresholds)},"criteria":[`;
  for (let k = 0; k < e.criteria.length; k += 1) {
    const c = e.criteria[k];
    if (c === undefined) continue;
    out += `${k > 0 ? ',' : ''}{"code":${json(c.code)},"status":"${c.status}","met":${c.met},"notMet":${c.notMet},"cannotEvaluate":${c.cannotEvaluate},"indicators":[`;
    for (let j = 0; j < c.indicators.length; j += 1) {
      const i = c.indicators[j];
      if (i === undefined) continue;
      out += `${j > 0 ? ',' : ''}{"code":${json(i.code)},"status":"${i.status}"`;
      if (i.value !== undefined) out += `,"value":${json(i.value)}`;
      out += `,"cell":${json(i.cell)}`;
      if (i.threshold !== undefined)
        out += `,"threshold":{"status":"${i.threshold.status}"${i.threshold.value === undefined ? '' : `,"value":${json(i.threshold.value)}`}}`;
      if (i.direction !== undefined) out += `,"direction":"${i.direction}"`;
      if (i.gap !== undefined) out += `,"gap":${json(i.gap)}`;
      out += '}';
    }
    out += ']';
    if (c.provincialLevel !== undefined) out += `,"provincialLevel":${json(c.provincialLevel)}`;
    out += '}';
  }
  out += `],"criteriaMet":${e.criteriaMet},"criteriaTotal":${e.criteriaTotal},"criteriaNotMet":${e.criteriaNotMet},"criteriaCannotEvaluate":${e.criteriaCannotEvaluate},"label":${json(e.label)},"outcome":"${e.outcome}","gaps":${json(e.gaps)}`;
  out += ',"missingThresholds":[';
  for (let k = 0; k < e.missingThresholds.length; k += 1) {
    const m = e.missingThresholds[k];
    if (m !== undefined)
      out += `${k > 0 ? ',' : ''}{"indicator":${json(m.indicator)},"cell":${json(m.cell)}}`;
  }
  out += `],"illustrative":${e.illustrative}`;
  if (e.provincial !== undefined) out += `,"provincial":${json(e.provincial)}`;
  return `${out}}`;
}
