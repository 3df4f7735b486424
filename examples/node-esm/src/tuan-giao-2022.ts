import { findUnit } from '@ntm/domain/units';
import { scoreParts } from '@ntm/ocop-scoring';
import { printCommunes } from './communes.js';
import { loadDirective, printSchedule, printStatus } from './directives.js';
import { printRoutes } from './ocop-route.js';
import { heading, ILLUSTRATIVE, line, prose, subheading, table } from './print.js';
import { thenAndToday } from './units.js';

/** Tuần Giáo, 26/07/2022: Quài communes to reach NTM in 2023, six "cơ bản đạt", OCOP dossiers, a plan by 05/08. */
export function tuanGiao2022(today: string): void {
  const directive = loadDirective('tuan-giao-2022');
  heading(
    `2. Tuần Giáo 2022 — ${directive.issuer.name}, công văn ${directive.number}, ngày 26/07/2022`,
  );
  prose(`  ${directive.subject}`);
  line(
    `  Căn cứ / Basis: ${directive.legalBases.map((b) => `${b.number} (${b.signed ?? ''})`).join('; ')}`,
  );

  const date = '2022-07-26';
  const province = findUnit('Điện Biên', { date, level: 'province' });
  const district = findUnit('Tuần Giáo', { date, level: 'district', within: province.code });
  subheading('Đơn vị khi đó và hôm nay / Units then and today');
  thenAndToday(['Tuần Giáo'], { date, today, level: 'district', within: province.code });
  subheading('Xã phấn đấu đạt chuẩn NTM năm 2023 / communes targeting the NTM standard in 2023');
  thenAndToday(['Quài Cang', 'Quài Tở', 'Quài Nưa'], { date, today, within: district.code });
  subheading('Sáu xã đăng ký "cơ bản đạt chuẩn" 2022–2023 / the six "basically meets" communes');
  thenAndToday(['Mùn Chung', 'Mường Mùn', 'Chiềng Sinh', 'Chiềng Đông', 'Rạng Đông', 'Pú Nhung'], {
    date,
    today,
    within: district.code,
  });
  subheading('Xã có sản phẩm OCOP năm 2022 / communes with OCOP products in 2022');
  thenAndToday(['Phình Sáng', 'Toả Tình', 'Tênh Phong'], { date, today, within: district.code });

  subheading(
    `Đánh giá tiêu chí năm 2022, cấu hình Điện Biên / 2022 criteria, Điện Biên configuration ${ILLUSTRATIVE}`,
  );
  printCommunes([
    { name: 'Quài Cang', misses: ['13.2'], target: 2023 },
    { name: 'Quài Tở', misses: ['6.2', '13.2'], target: 2023 },
    { name: 'Quài Nưa', misses: ['8.3', '17.3'], target: 2023 },
    { name: 'Mùn Chung', misses: ['13.2', '15.2', '17.3'], target: 2023 },
    { name: 'Mường Mùn', misses: ['6.2', '13.3', '15.2', '19.1'], target: 2023 },
    { name: 'Chiềng Sinh', misses: ['8.3', '13.1', '14.3'], target: 2023 },
    { name: 'Chiềng Đông', misses: ['1.2', '4.1', '8.1', '13.3'], target: 2023 },
    { name: 'Rạng Đông', misses: ['13.3', '15.2', '17.5'], target: 2023 },
    { name: 'Pú Nhung', misses: ['6.1', '8.4', '13.1', '14.3'], target: 2023 },
  ]);

  subheading('Hạn chót năm 2022 / Deadlines in 2022');
  printSchedule(directive, '2022-07-26', '2022-12-31');

  subheading(`Tình hình ngày 15/08/2022 / Status on 2022-08-15 ${ILLUSTRATIVE}`);
  printStatus(directive, '2022-08-15');
  line('  (Giả định chưa có báo cáo nào / assuming no report was received)');

  subheading(
    'OCOP tháng 10/2022: ai đánh giá, ai công nhận / who evaluates and recognises in October 2022',
  );
  printRoutes('2022-10-15', '2020-08-15');
  subheading(
    `OCOP 2022: đánh giá cấp huyện tháng 10/2022 / district evaluation in October 2022 ${ILLUSTRATIVE}`,
  );
  const products = [
    { commune: 'Phình Sáng', name: 'Chè Shan tuyết Phình Sáng', parts: { A: 27, B: 19, C: 30 } },
    { commune: 'Toả Tình', name: 'Chè Shan tuyết Toả Tình', parts: { A: 26, B: 18, C: 28 } },
    { commune: 'Tênh Phong', name: 'Gạo nếp Tênh Phông', parts: { A: 22, B: 15, C: 24 } },
  ];
  table(
    ['Xã\nCommune', 'Sản phẩm\nProduct', 'Tổng\nTotal', 'Sao\nStars', 'Căn cứ\nBasis'],
    products.map((p) => {
      const r = scoreParts(p.parts, '2022-10-15');
      return [
        p.commune,
        `${p.name} ${ILLUSTRATIVE}`,
        r.display.vi,
        `${r.stars}★`,
        r.version.basis.number,
      ];
    }),
  );
}
