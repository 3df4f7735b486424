import type { Bilingual, OcopOption } from '@ntm/domain/core';

/*
 * The reasons of the trace, precomputed once: a reason is given for every criterion of every product, and building
 * the strings each time was most of the engine's cost. Larger caps (none in the national sheets, whose largest
 * criterion cap is 24) fall back to building the text. Every reason handed out is frozen; the tables holding them are
 * private and left plain, because on Node 20 (V8 11) an indexed read from a frozen array costs several times a read
 * from a plain one, and these are read for every criterion.
 */

/** The reason of an entry that has none (its answer was invalid, so the call throws anyway). */
export const EMPTY: Bilingual = Object.freeze({ vi: '', en: '' });

/** The reason of a criterion left unanswered after a reported disqualifier. */
export const NOT_EVALUATED: Bilingual = Object.freeze({
  vi: 'Không đánh giá (đã dừng đánh giá)',
  en: 'Not evaluated (evaluation stopped)',
});

const TABLE_MAX = 30;

/** A number as Vietnamese writes it: a decimal comma ("1,5"), as published results are quoted ("90,75 điểm"). */
function vi(n: number): string {
  return String(n).replace('.', ',');
}

function chosen(points: number, max: number): Bilingual {
  return Object.freeze({
    vi: `Phương án đã chọn → ${vi(points)}/${vi(max)} điểm`,
    en: `Chosen option → ${points}/${max} points`,
  });
}

const CHOSEN: readonly (readonly Bilingual[])[] = Array.from({ length: TABLE_MAX + 1 }, (_, max) =>
  Array.from({ length: max + 1 }, (_, points) => chosen(points, max)),
);
const MET: readonly Bilingual[] = Array.from({ length: TABLE_MAX + 1 }, (_, max) =>
  Object.freeze({ vi: `Đạt → ${max}/${max} điểm`, en: `Met → ${max}/${max} points` }),
);
const NOT_MET: readonly Bilingual[] = Array.from({ length: TABLE_MAX + 1 }, (_, max) =>
  Object.freeze({ vi: `Không đạt → 0/${max} điểm`, en: `Not met → 0/${max} points` }),
);

/** "Chosen option → points/max points", or {@link EMPTY} when no option was chosen. */
export function chosenReason(
  option: OcopOption | undefined,
  points: number,
  max: number,
): Bilingual {
  if (!option) return EMPTY;
  return (
    (max <= TABLE_MAX && points >= 0 && Number.isInteger(points)
      ? CHOSEN[max]?.[points]
      : undefined) ?? chosen(points, max)
  );
}

/** "Met → max/max points" or "Not met → 0/max points" for a yes/no criterion. */
export function yesNoReason(met: boolean, max: number): Bilingual {
  return (
    (met ? MET[max] : NOT_MET[max]) ?? {
      vi: `${met ? 'Đạt' : 'Không đạt'} → ${vi(met ? max : 0)}/${vi(max)} điểm`,
      en: `${met ? 'Met' : 'Not met'} → ${met ? max : 0}/${max} points`,
    }
  );
}

/** "The total rates n stars", for a decision that the minima did not change. */
export const BAND_REASONS: readonly Bilingual[] = Object.freeze(
  [1, 2, 3, 4, 5].map((n) =>
    Object.freeze({ vi: `Tổng điểm xếp ${n} sao`, en: `The total rates ${n} stars` }),
  ),
);
