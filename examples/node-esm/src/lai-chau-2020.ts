import { listMissingThresholds, resolveCriteriaSet } from '@ntm/criteria';
import { NTM_CRITERIA_SETS } from '@ntm/criteria/sets';
import { findUnit, unitsOf } from '@ntm/domain/units';
import { recognitionPath, scoreParts } from '@ntm/ocop-scoring';
import { loadDirective, printSchedule } from './directives.js';
import { printRoutes } from './ocop-route.js';
import { heading, ILLUSTRATIVE, line, prose, subheading, table } from './print.js';
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
  prose(
    `  Xã / communes: ${set.id} — ${set.title.vi} (${set.basis.number}), ${set.criteria.length} tiêu chí / criteria.`,
  );
  prose(
    `  Huyện / districts: ${district2020.id} — ${district2020.title.vi} (${district2020.basis.number}).`,
  );
  const missing = listMissingThresholds(set).length;
  prose(
    `  Văn bản không nêu tên "04 xã"; ${missing} ngưỡng của bộ xã chưa thu thập được: chỉ tiêu đó sẽ là "chưa đủ dữ liệu", không đoán. / The directive does not name the 4 communes; ${missing} thresholds of the commune set were not obtained: those indicators cannot be evaluated yet, never guessed.`,
  );

  subheading(
    'Hạn chót năm 2020 / Deadlines in 2020 (báo cáo ngày 30 hằng tháng / monthly reports on day 30)',
  );
  printSchedule(directive, '2020-05-01', '2020-12-31');

  const date2020 = '2020-08-15';
  subheading('OCOP năm 2020: ai đánh giá, ai công nhận / who evaluates and recognises in 2020');
  printRoutes(date2020);
  subheading(
    `OCOP 2020: hồ sơ 3–5★ chuyển lên tỉnh / 3–5★ dossiers go to the province ${ILLUSTRATIVE}`,
  );
  const products = [
    { name: 'Chè Shan tuyết Tân Uyên', parts: { A: 30, B: 20, C: 32 } },
    { name: 'Miến dong Tân Uyên', parts: { A: 25, B: 17, C: 26 } },
    { name: 'Mật ong rừng', parts: { A: 18, B: 12, C: 18 } },
  ];
  table(
    [
      'Sản phẩm\nProduct',
      'A/B/C',
      'Tổng\nTotal',
      'Sao\nStars',
      'Chuyển tỉnh?\nTo province?',
      'Căn cứ\nBasis',
    ],
    products.map((p) => {
      const r = scoreParts(p.parts, date2020);
      // The district council forwards what its step of the rules in force says (QĐ 1048: 50–100 points).
      const forwarded = recognitionPath(r.stars, date2020).route[0]?.action === 'forward';
      return [
        `${p.name} ${ILLUSTRATIVE}`,
        `${p.parts.A}/${p.parts.B}/${p.parts.C}`,
        r.display.vi,
        `${r.stars}★`,
        forwarded ? 'có / yes' : 'không / no',
        r.version.basis.number,
      ];
    }),
  );
}
