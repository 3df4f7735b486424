import {
  evaluateCommune,
  listMissingThresholds,
  NTM_OUTCOME_LABELS,
  NTM_STATUS_LABELS,
  resolveCriteriaSet,
} from '@ntm/criteria';
import { NTM_CRITERIA_SETS } from '@ntm/criteria/sets';
import { findUnit } from '@ntm/domain/units';
import { illustrativeValues } from './communes.js';
import { both, stacked } from './labels.js';
import { heading, prose, subheading, table } from './print.js';
import { labelled, loadSupplement, NOT_LAW, NOT_LAW_CELL, printSupplement } from './supplements.js';
import { printTrace } from './trace.js';

/**
 * Xã Tuần Giáo in 2026 (formed on 01/07/2025 from thị trấn Tuần Giáo, Quài Cang and Quài Nưa): the set in force is
 * QĐ 51/2025/QĐ-TTg, which the SDK has as structure only. With the illustrative group-1 supplement (47 placeholder
 * indicators) the commune is evaluated end to end — every line says the values are illustrative.
 */
export function tuanGiao2026(): void {
  const date = '2026-03-02';
  heading('3. Xã Tuần Giáo 2026 — QĐ 51/2025/QĐ-TTg (10 tiêu chí, 47 chỉ tiêu, theo nhóm xã)');
  const set = resolveCriteriaSet({ level: 'xa', date }, NTM_CRITERIA_SETS);
  const indicators = set.criteria.reduce((n, c) => n + c.indicators.length, 0);
  prose(
    `  Bộ có hiệu lực / set in force: ${set.id} (${set.basis.number}), ${set.criteria.length} tiêu chí / criteria, ${indicators}/${set.indicatorCount ?? '?'} chỉ tiêu / indicators trong SDK — chỉ có cấu trúc / structure only.`,
  );
  const unit = findUnit('Tuần Giáo', { date, level: 'commune' });
  const bare = evaluateCommune(set, { values: {} }, { year: 2026, communeGroup: 1 });
  prose(
    `  Không bổ sung / without a supplement: ${both(NTM_OUTCOME_LABELS[bare.outcome])} — ${bare.criteriaCannotEvaluate}/${bare.criteriaTotal} tiêu chí chưa đủ dữ liệu (thiếu danh sách chỉ tiêu), không phải "chưa đạt" / ${bare.criteriaCannotEvaluate} of ${bare.criteriaTotal} criteria lack their indicator list, which is not "not met".`,
  );

  subheading(
    `Với tệp bổ sung minh hoạ nhóm 1 / with the illustrative group-1 supplement ${NOT_LAW.vi}`,
  );
  // resolveCriteriaSet applies the supplement written for the set in force.
  const supplement = loadSupplement('xa-2026-2030-nhom-1');
  const complete = resolveCriteriaSet({ level: 'xa', date }, NTM_CRITERIA_SETS, {
    supplements: [supplement],
  });
  printSupplement(complete, 'xa-2026-2030-nhom-1');
  labelled({
    vi: `  ${unit.fullName} [${unit.code}], nhóm 1 (giả định để minh hoạ)`,
    en: `  ${unit.fullName} [${unit.code}], group 1 (assumed for illustration)`,
  });
  const group1 = (i: (typeof complete.criteria)[number]['indicators'][number]) =>
    (i.perYear ? i.thresholds['2026:1'] : i.thresholds['1'])?.value;
  const e = evaluateCommune(
    complete,
    {
      setId: complete.id,
      values: illustrativeValues(complete, group1, ['3.2', '5.3', '8.1']),
      illustrative: true,
    },
    {
      year: 2026,
      communeGroup: 1,
      commune: { id: unit.code, name: unit.fullName, province: 'Điện Biên' },
    },
  );
  table(
    ['Tiêu chí / Criterion', 'Kết quả / Status', 'Số liệu / Data'],
    e.criteria.map((c) => [
      stacked({ vi: `${c.code}. ${c.name.vi}`, en: `${c.code}. ${c.name.en}` }),
      stacked({
        vi: `${NTM_STATUS_LABELS[c.status].vi}, ${c.met}/${c.indicators.length} chỉ tiêu`,
        en: `${NTM_STATUS_LABELS[c.status].en}, ${c.met} of ${c.indicators.length} indicators`,
      }),
      NOT_LAW_CELL,
    ]),
  );
  labelled({
    vi: `  Kết quả: ${e.label.vi} — ${NTM_OUTCOME_LABELS[e.outcome].vi}`,
    en: `  Result: ${e.label.en} — ${NTM_OUTCOME_LABELS[e.outcome].en}`,
  });
  printTrace(e, ['3'], complete);
  const left = listMissingThresholds(complete);
  labelled({
    vi: `  Còn thiếu trong tệp: ${left.length} chỉ tiêu chưa có ngưỡng nhóm 2 và 3`,
    en: `  Still missing in the file: ${left.length} indicators without group 2 and 3 values`,
  });
}
