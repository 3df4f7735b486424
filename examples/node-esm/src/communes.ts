import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import {
  evaluateCommune,
  localizeCriteriaSet,
  NTM_ROADMAP_LABELS,
  NTM_STATUS_LABELS,
  roadmap,
  summarize,
  supplementCriteriaSet,
} from '@ntm/criteria';
import { XA_2021_2025 } from '@ntm/criteria/sets';
import type { ProvinceCriteriaConfig } from '@ntm/domain';
import { parseProvinceCriteriaConfig } from '@ntm/domain';
import type { NtmCriteriaSet } from '@ntm/domain/core';
import { findUnit, ntmRegionOf } from '@ntm/domain/units';
import { stacked } from './labels.js';
import { line, prose, table } from './print.js';
import {
  labelled,
  loadSupplement,
  NOT_LAW_BOTH,
  NOT_LAW_CELL,
  printSupplement,
} from './supplements.js';
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
  const name = 'xa-2021-2025-tdmnpb';
  const national = supplementCriteriaSet(XA_2021_2025, loadSupplement(name));
  const set = localizeCriteriaSet(national, dienBien());
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
  const missing = evaluations[0]?.missingThresholds.length ?? 0;
  prose(
    missing === 0
      ? '  Ngưỡng vùng TDMNPB mà SDK chưa có được lấy từ tệp bổ sung minh hoạ; không có tệp, các chỉ tiêu đó là "chưa đủ dữ liệu" — không đoán, không tính là "chưa đạt". / The TDMNPB thresholds the SDK lacks come from the illustrative supplement; without it those indicators cannot be evaluated yet — never guessed nor counted as not met.'
      : `  ${missing} ngưỡng quốc gia vẫn còn thiếu → chỉ tiêu "chưa đủ dữ liệu", không đoán, không tính là "chưa đạt". / ${missing} national thresholds are still missing: never guessed nor counted as not met.`,
  );
  printSupplement(national, name);
  // Every row rests on illustrative facts and on the illustrative supplement's thresholds; the provincial levels
  // come from the illustrative Điện Biên configuration.
  table(
    [
      'Xã\nCommune',
      'Đạt\nMet',
      'Quốc gia\nNational',
      'Mức của tỉnh\nProvincial level',
      'Số liệu\nData',
    ],
    evaluations.map((e) => [
      e.commune?.name ?? '',
      `${e.criteriaMet}/${e.criteriaTotal}`,
      stacked(NTM_STATUS_LABELS[e.outcome]),
      e.provincial ? stacked(e.provincial.level.name) : '—',
      e.illustrative || e.provincial?.illustrative ? NOT_LAW_CELL : '',
    ]),
  );
  const first = evaluations[0];
  if (first) printTrace(first, ['10', '11', '15'], set);
  const summarized = summarize(evaluations);
  const t = summarized.total;
  const mark = summarized.belowCriteria;
  const unsure = t.belowUndetermined > 0;
  labelled({
    vi: `  Tổng hợp: ${t.met}/${t.communes} xã đạt chuẩn${mark === null ? '' : `; ${t.below} xã dưới ${mark} tiêu chí${unsure ? ` (${t.belowUndetermined} xã chưa xác định)` : ''}`}; ${t.cannotEvaluate} xã chưa đủ dữ liệu`,
    en: `  Summary: ${t.met}/${t.communes} communes meet the standard${mark === null ? '' : `; ${t.below} under ${mark} criteria${unsure ? ` (${t.belowUndetermined} undetermined)` : ''}`}; ${t.cannotEvaluate} cannot be evaluated`,
  });
  const plans = roadmap(
    { 2022: evaluations },
    evaluations.map((e) => ({ commune: e.commune?.id ?? '', year: e.commune?.targetYear ?? 2023 })),
  );
  line(`  Lộ trình / Roadmap ${NOT_LAW_BOTH}:`);
  table(
    [
      'Xã\nCommune',
      'Mục tiêu\nTarget',
      'Tiến độ\nProgress',
      'Tiêu chí chưa đạt\nCriteria not met',
      'Số liệu\nData',
    ],
    plans.map((p) => {
      const remaining = p.remaining.map((r) => r.criterion).join(', ') || '—';
      const unknown = p.undetermined.map((u) => u.criterion).join(', ');
      return [
        p.commune.name,
        p.target.year,
        stacked(NTM_ROADMAP_LABELS[p.status]),
        unknown
          ? stacked({
              vi: `${remaining}; chưa đủ dữ liệu: ${unknown}`,
              en: `${remaining}; cannot evaluate yet: ${unknown}`,
            })
          : remaining,
        p.illustrative ? NOT_LAW_CELL : '',
      ];
    }),
  );
}
