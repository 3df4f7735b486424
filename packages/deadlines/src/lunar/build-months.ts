import {
  dayNumberToJd,
  localDayNumber,
  minutesFromMidnight,
  newMoonJd,
  solarTermJd,
} from './astronomy.js';

/*
 * The Vietnamese lunar calendar from astronomy (rules of S40, S41): months start on the local day of the new moon, the
 * winter solstice is in month 11, and in a 13-month span between two months 11 the first month without a principal
 * solar term is the leap month. Offline/test code: the library ships the table this produces.
 */

/** One lunar month as computed from astronomy. */
export interface ComputedMonth {
  /** Lunar year the month belongs to. */
  readonly year: number;
  /** Month number 1–12. */
  readonly month: number;
  /** True for the leap month (tháng nhuận). */
  readonly leap: boolean;
  /** Day number of its first day. */
  readonly start: number;
  /** Minutes between the new moon and the nearest local midnight. */
  readonly newMoonMargin: number;
}

const SYNODIC = 29.530588853;

/** Index k of the first new moon at or after a day number (k = 0: 2000-01-06). */
function newMoonIndexAfter(dayNumber: number): number {
  let k = Math.floor((dayNumberToJd(dayNumber) - 2451550.09766) / SYNODIC) - 1;
  while (newMoonJd(k) < dayNumberToJd(dayNumber) - 1) k += 1;
  return k;
}

/**
 * Months whose lunar years run from `firstYear` to `lastYear` inclusive, at `offsetHours` (7 for Vietnam).
 */
export function computeMonths(
  firstYear: number,
  lastYear: number,
  offsetHours = 7,
): ComputedMonth[] {
  const months: ComputedMonth[] = [];
  // Local days of every principal term (multiples of 30°) and new moons, from before the first solstice needed.
  const startDay = Math.floor((firstYear - 1 - 1970) * 365.2425) + 300;
  const endDay = Math.floor((lastYear + 1 - 1970) * 365.2425) + 400;
  const moons: { day: number; margin: number }[] = [];
  for (let k = newMoonIndexAfter(startDay - 40); ; k += 1) {
    const jd = newMoonJd(k);
    const day = localDayNumber(jd, offsetHours);
    moons.push({ day, margin: minutesFromMidnight(jd, offsetHours) });
    if (day > endDay + 40) break;
  }
  const terms: number[] = [];
  for (let n = 0; ; n += 1) {
    const approx = dayNumberToJd(startDay - 60) + n * (365.2422 / 12);
    const longitude = (Math.round(((approx - 2451545) / 365.2422) * 12) * 30 + 280 * 12) % 360;
    const degrees = (((Math.round(longitude / 30) * 30) % 360) + 360) % 360;
    const day = localDayNumber(solarTermJd(degrees, approx), offsetHours);
    terms.push(day);
    if (day > endDay + 60) break;
  }
  const solstices: number[] = [];
  for (let year = firstYear - 1; year <= lastYear + 1; year += 1) {
    const approx = dayNumberToJd(Math.floor((year - 1970) * 365.2425) + 355);
    solstices.push(localDayNumber(solarTermJd(270, approx), offsetHours));
  }
  const monthIndexOn = (day: number) => {
    let i = moons.length - 1;
    while (moons[i]!.day > day) i -= 1;
    return i;
  };
  const hasTerm = (i: number) => terms.some((t) => t >= moons[i]!.day && t < moons[i + 1]!.day);
  for (let s = 0; s + 1 < solstices.length; s += 1) {
    const from = monthIndexOn(solstices[s]!);
    const to = monthIndexOn(solstices[s + 1]!);
    const year = firstYear - 1 + s; // month 11 at `from` belongs to this lunar year
    let leapAt = -1;
    if (to - from === 13) {
      for (let i = from + 1; i < to; i += 1) {
        if (!hasTerm(i)) {
          leapAt = i;
          break;
        }
      }
    }
    let number = 11;
    let owner = year;
    for (let i = from; i < to; i += 1) {
      const leap = i === leapAt;
      if (i > from && !leap) {
        number = number === 12 ? 1 : number + 1;
        if (number === 1) owner = year + 1;
      }
      const moon = moons[i]!;
      months.push({
        year: owner,
        month: number,
        leap,
        start: moon.day,
        newMoonMargin: moon.margin,
      });
    }
  }
  return months.filter((m) => m.year >= firstYear && m.year <= lastYear);
}
