import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { evaluateCommune, localizeCriteriaSet, roadmap, summarize } from '@ntm/criteria';
import { XA_2021_2025 } from '@ntm/criteria/sets';
import type { ProvinceCriteriaConfig } from '@ntm/domain';
import { parseProvinceCriteriaConfig } from '@ntm/domain';
import type { NtmCriteriaSet } from '@ntm/domain/core';
import { findUnit, ntmRegionOf } from '@ntm/domain/units';
import { line, table } from './print.js';
import { NOT_LAW, supplemented } from './supplements.js';
import { printTrace } from './trace.js';

/** The Điện Biên configuration of examples/province-config (its levels are illustrative). */
function dienBien(): ProvinceCriteriaConfig {
  const file = fileURLToPath(new URL('../../province-config/dien-bien.json', import.meta.url));
  return parseProvinceCriteriaConfig(JSON.parse(readFileSync(file, 'utf8')));
}

/**
 * Illustrative facts: every indicator whose threshold is known meets it, except the `misses` listed. The real
 * values of these communes are not public.
 */
export function illustrativeValues(
  set: NtmCriteriaSet,
  cellOf: (
    thresholds: NtmCriteriaSet['criteria'][number]['indicators'][number],
  ) => number | undefined,
  misses: readonly string[],
): Record<string, number | boolean> {
  const values: Record<string, number | boolean> = {};
  for (const c of set.criteria)
    for (const i of c.indicators) {
      const limit = cellOf(i);
      const miss = misses.includes(i.code);
      if (i.type === 'boolean') values[i.code] = !miss;
      else if (i.type === 'absence') values[i.code] = miss;
      else if (limit !== undefined) {
        const ok = i.direction === '<=' ? limit * 0.8 : limit * 1.1;
        const bad = i.direction === '<=' ? limit * 1.2 : limit * 0.7;
        values[i.code] = Math.min(
          i.type === 'percent' ? 100 : Number.POSITIVE_INFINITY,
          Math.round((miss ? bad : ok) * 10) / 10,
        );
      }
    }
  return values;
}

/**
 * Evaluates named communes of Tuần Giáo in 2022 against QĐ 318/QĐ-TTg completed by the illustrative TDMNPB
 * supplement, localised with the Điện Biên levels, and plans the road to their target.
 */
export function printCommunes(
  communes: readonly { name: string; misses: readonly string[]; target: number }[],
): void {
  // The layers: national set → national supplement (illustrative) → province configuration (illustrative levels).
  const set = localizeCriteriaSet(supplemented(XA_2021_2025, 'xa-2021-2025-tdmnpb'), dienBien());
  const date = '2022-07-26';
  const tdmnpb = (i: NtmCriteriaSet['criteria'][number]['indicators'][number]) =>
    (i.perYear ? i.thresholds['2022:TDMNPB'] : (i.thresholds.TDMNPB ?? i.thresholds.chung))?.value;
  const evaluations = communes.map((c) => {
    const unit = findUnit(c.name, { date, within: '099' });
    return evaluateCommune(
      set,
      { setId: set.id, values: illustrativeValues(set, tdmnpb, c.misses), illustrative: true },
      {
        year: 2022,
        region: ntmRegionOf(unit.code, date).region,
        commune: {
          id: unit.code,
          name: unit.fullName,
          district: 'Tuần Giáo',
          targetYear: c.target,
        },
      },
    );
  });
  table(
    [
      'Xã / Commune',
      'Đạt / Met',
      'Quốc gia / National',
      'Chưa đủ dữ liệu / Unknown',
      'Mức của tỉnh / Provincial level',
    ],
    evaluations.map((e) => [
      // The count rests on illustrative facts and on the illustrative supplement's thresholds.
      `${e.commune?.name ?? ''} ${e.illustrative ? NOT_LAW : ''}`,
      `${e.criteriaMet}/${e.criteriaTotal}`,
      e.outcome,
      `${e.criteriaCannotEvaluate} tiêu chí / criteria`,
      e.provincial
        ? `${e.provincial.level.name.vi}${e.provincial.illustrative ? ' (minh hoạ)' : ''}`
        : '—',
    ]),
  );
  const first = evaluations[0];
  if (first) printTrace(first, ['10', '11', '15'], set);
  const summarized = summarize(evaluations);
  const summary = summarized.total;
  line(
    `  Tổng hợp / Summary ${NOT_LAW}: ${summary.label.vi}; dưới ${summarized.belowCriteria ?? 15} tiêu chí / under 15 criteria: ${summary.below} (chưa xác định / undetermined: ${summary.belowUndetermined}); chưa đủ dữ liệu / cannot evaluate: ${summary.cannotEvaluate} xã, ${summary.criteriaCannotEvaluate} tiêu chí`,
  );
  const plans = roadmap(
    { 2022: evaluations },
    evaluations.map((e) => ({ commune: e.commune?.id ?? '', year: e.commune?.targetYear ?? 2023 })),
  );
  line(`  Lộ trình / Roadmap ${NOT_LAW}:`);
  for (const p of plans) {
    const unknown = p.undetermined.map((u) => `${u.criterion} (${u.label.vi})`).join('; ');
    line(
      `  - ${p.commune.name} → ${p.target.year}: ${p.status}; chưa đạt / not met ${p.remaining.map((r) => r.criterion).join(', ') || '—'}${unknown ? `; chưa đủ dữ liệu / not enough data: ${unknown}` : ''} ${NOT_LAW}`,
    );
  }
  const missing = first?.missingThresholds.length ?? 0;
  line(
    missing === 0
      ? `  Ghi chú / Note: mọi ngưỡng vùng TDMNPB đã có nhờ tệp bổ sung minh hoạ; khi chưa có, chỉ tiêu là "cannot-evaluate" — không đoán, không tính là "chưa đạt". / every TDMNPB threshold is there thanks to the illustrative supplement; without it an indicator is "cannot-evaluate", never guessed nor counted as not met. ${NOT_LAW}`
      : `  Ghi chú / Note: ${missing} ngưỡng quốc gia vẫn còn thiếu → chỉ tiêu "cannot-evaluate", không đoán, không tính là "chưa đạt". / national thresholds still missing are never guessed nor counted as not met.`,
  );
}
