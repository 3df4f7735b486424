import { recognitionPath } from '@ntm/ocop-scoring';
import { table } from './print.js';

/** Who evaluates and who recognises 3★, 4★ and 5★ products under the rules in force on `date`. */
export function printRoutes(date: string): void {
  table(
    [
      'Sao / Stars',
      'Đánh giá / Evaluated by',
      'Công nhận / Recognised by',
      'Lộ trình / Route',
      'Căn cứ / Basis',
    ],
    ([3, 4, 5] as const).map((stars) => {
      const path = recognitionPath(stars, date);
      return [
        `${stars}★`,
        path.evaluatedBy.join(' → '),
        path.recognisedBy ?? '—',
        path.route.map((s) => `${s.level}:${s.action}${s.to ? `→${s.to}` : ''}`).join(', '),
        [...new Set(path.basis.map((b) => b.number))].join(', '),
      ];
    }),
  );
}
