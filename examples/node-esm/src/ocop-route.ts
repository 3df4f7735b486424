import { OCOP_LEVEL_LABELS, recognitionPath } from '@ntm/ocop-scoring';
import { DATA_STATUS, stacked } from './labels.js';
import { line, prose, table } from './print.js';

/**
 * Who evaluates and who recognises 3★, 4★ and 5★ products under the rules in force on `date`, and the steps — unless
 * they were already printed for `shownFor`, a date under the same rules.
 */
export function printRoutes(date: string, shownFor?: string): void {
  const paths = ([3, 4, 5] as const).map((stars) => recognitionPath(stars, date));
  table(
    ['Sao\nStars', 'Đánh giá\nEvaluated by', 'Công nhận\nRecognised by', 'Căn cứ\nBasis'],
    paths.map((path) => [
      `${path.stars}★`,
      stacked({
        vi: path.evaluatedBy.map((l) => OCOP_LEVEL_LABELS[l].vi).join(' → '),
        en: path.evaluatedBy.map((l) => OCOP_LEVEL_LABELS[l].en).join(' → '),
      }),
      path.recognisedBy === null ? '—' : stacked(OCOP_LEVEL_LABELS[path.recognisedBy]),
      [...new Set(path.basis.map((b) => b.number))].join(', '),
    ]),
  );
  // The steps are those of the rules in force; the longest route (5★) goes through all of them.
  const period = (paths[2] ?? paths[0])?.period;
  if (period === undefined) return;
  if (shownFor !== undefined && recognitionPath(5, shownFor).period.id === period.id) {
    line(`  Các bước như ngày ${shownFor} (cùng quy định) / steps as on ${shownFor} (same rules).`);
    return;
  }
  line('  Các bước / Steps:');
  table(
    ['Bước\nStep', 'Việc\nWhat happens', 'Độ tin cậy\nCertainty'],
    period.stages.map((s, k) => [k + 1, stacked(s.text), stacked(DATA_STATUS[s.status])]),
    [undefined, 86],
  );
  prose(`  ${period.note.vi} / ${period.note.en}`);
}
