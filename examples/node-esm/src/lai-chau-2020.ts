import { listMissingThresholds, resolveCriteriaSet } from '@ntm/criteria';
import { NTM_CRITERIA_SETS } from '@ntm/criteria/sets';
import { findUnit, unitsOf } from '@ntm/domain/units';
import { scoreParts } from '@ntm/ocop-scoring';
import { loadDirective, printSchedule } from './directives.js';
import { printRoutes } from './ocop-route.js';
import { heading, ILLUSTRATIVE, line, subheading, table } from './print.js';
import { thenAndToday } from './units.js';

/** Lai Châu, May 2020: Tân Uyên district and 4 communes to reach the NTM standard; OCOP 3–5★ to the province. */
export function laiChau2020(today: string): void {
  const directive = loadDirective('lai-chau-2020');
  heading(
    `1. Lai Châu 2020 — ${directive.issuer.name}, công văn ${directive.number}, tháng 5/2020`,
  );
  line(`  ${directive.subject}`);
  line(
    `  Căn cứ / Basis: ${directive.legalBases.map((b) => `${b.number} (${b.signed ?? ''})`).join('; ')}`,
  );

  const date = '2020-05-15';
  subheading('Đơn vị khi đó và hôm nay / Units then and today');
  thenAndToday(['Lai Châu'], { date, today, level: 'province' });
  const province = findUnit('Lai Châu', { date, level: 'province' });
  const district = findUnit('Tân Uyên', { date, level: 'district', within: province.code });
  line();
  thenAndToday(['Tân Uyên'], { date, today, level: 'district', within: province.code });
  subheading(`Các xã của ${district.fullName} năm 2020 / its communes in 2020`);
  thenAndToday(
    unitsOf(district.code, date).map((u) => u.fullName),
    { date, today, within: district.code },
  );

  subheading('Tiêu chí NTM áp dụng năm 2020 / NTM criteria in force in 2020');
  const set = resolveCriteriaSet({ level: 'xa', date }, NTM_CRITERIA_SETS);
  const district2020 = resolveCriteriaSet({ level: 'huyen', date }, NTM_CRITERIA_SETS);
  line(
    `  Xã / communes: ${set.id} — ${set.title.vi} (${set.basis.number}), ${set.criteria.length} tiêu chí.`,
  );
  line(
    `  Huyện / districts: ${district2020.id} — ${district2020.title.vi} (${district2020.basis.number}).`,
  );
  line(
    `  Văn bản không nêu tên "04 xã"; ${listMissingThresholds(set).length} ngưỡng của bộ xã chưa thu thập được (đánh giá sẽ báo cannot-evaluate, không đoán). / The directive does not name the 4 communes; missing thresholds are reported, never guessed.`,
  );

  subheading(
    'Hạn chót năm 2020 / Deadlines in 2020 (báo cáo ngày 30 hằng tháng / monthly reports on day 30)',
  );
  printSchedule(directive, '2020-05-01', '2020-12-31');

  subheading('OCOP năm 2020: ai đánh giá, ai công nhận / who evaluates and recognises in 2020');
  printRoutes('2020-08-15');
  subheading(
    `OCOP: hồ sơ 3–5★ chuyển lên tỉnh, quy định năm 2020 / 3–5★ dossiers to the province, 2020 rules ${ILLUSTRATIVE}`,
  );
  const products = [
    { name: 'Chè Shan tuyết Tân Uyên', parts: { A: 30, B: 20, C: 32 } },
    { name: 'Miến dong Tân Uyên', parts: { A: 25, B: 17, C: 26 } },
    { name: 'Mật ong rừng', parts: { A: 18, B: 12, C: 18 } },
  ];
  table(
    [
      'Sản phẩm / Product',
      'A/B/C',
      'Tổng / Total',
      'Sao / Stars',
      'Chuyển tỉnh? / To province?',
      'Căn cứ / Basis',
    ],
    products.map((p) => {
      const r = scoreParts(p.parts, '2020-08-15');
      return [
        `${p.name} ${ILLUSTRATIVE}`,
        `${p.parts.A}/${p.parts.B}/${p.parts.C}`,
        r.display.vi,
        `${r.stars}★`,
        r.stars >= 3 ? 'có / yes' : 'không / no',
        r.version.basis.number,
      ];
    }),
  );
}
