import { evaluateCommune, listMissingThresholds, resolveCriteriaSet } from '@ntm/criteria';
import { NTM_CRITERIA_SETS } from '@ntm/criteria/sets';
import { findUnit } from '@ntm/domain/units';
import { illustrativeValues } from './communes.js';
import { heading, line, subheading, table } from './print.js';
import { loadSupplement, NOT_LAW, printSupplement } from './supplements.js';
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
  line(
    `  Bộ có hiệu lực / set in force: ${set.id} (${set.basis.number}), ${set.criteria.length} tiêu chí, ${indicators}/${set.indicatorCount ?? '?'} chỉ tiêu trong SDK — chỉ có cấu trúc / structure only.`,
  );
  const unit = findUnit('Tuần Giáo', { date, level: 'commune' });
  const bare = evaluateCommune(set, { values: {} }, { year: 2026, communeGroup: 1 });
  line(
    `  Không bổ sung / without a supplement: ${bare.outcome}, ${bare.criteriaCannotEvaluate}/${bare.criteriaTotal} tiêu chí chưa đủ dữ liệu (thiếu danh sách chỉ tiêu) — không phải "chưa đạt".`,
  );

  subheading(
    `Với tệp bổ sung minh hoạ nhóm 1 / with the illustrative group-1 supplement ${NOT_LAW}`,
  );
  // resolveCriteriaSet applies the supplement written for the set in force.
  const supplement = loadSupplement('xa-2026-2030-nhom-1');
  const complete = resolveCriteriaSet({ level: 'xa', date }, NTM_CRITERIA_SETS, {
    supplements: [supplement],
  });
  printSupplement(complete, 'xa-2026-2030-nhom-1');
  line(
    `  ${unit.fullName} [${unit.code}], nhóm 1 (giả định để minh hoạ / assumed for illustration) ${NOT_LAW}`,
  );
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
    ['Tiêu chí / Criterion', 'Kết quả / Status', 'Đạt / Met', 'Chưa đạt / Not met'],
    e.criteria.map((c) => [
      `${c.code}. ${c.name.vi}`,
      `${c.status} ${NOT_LAW}`,
      `${c.met}/${c.indicators.length}`,
      String(c.notMet),
    ]),
  );
  line(`  Kết quả / Result: ${e.label.vi}, ${e.outcome} ${NOT_LAW}`);
  printTrace(e, ['3'], complete);
  const left = listMissingThresholds(complete);
  line(
    `  Còn thiếu trong tệp / still missing in the file: ${left.length} chỉ tiêu chưa có ngưỡng nhóm 2 và 3 / indicators without group 2 and 3 values ${NOT_LAW}`,
  );
}
