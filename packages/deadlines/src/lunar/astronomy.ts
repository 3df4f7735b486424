/*
 * Astronomical new moons and principal solar terms, written from Jean Meeus, "Astronomical Algorithms" (2nd ed., 1998):
 * chapter 49 (new moon, with the planetary terms), chapter 25 (the Sun's apparent longitude, low accuracy, ≈ 0.01°) and
 * the Espenak–Meeus polynomial for ΔT. Used offline to build the month table and by tests to check it; the library
 * converts with the table only (no floating-point astronomy at run time).
 */

const RAD = Math.PI / 180;
/** Julian Day of 1970-01-01 00:00 UT (day number 0 of `@ntm/domain`). */
const JD_UNIX_EPOCH = 2440587.5;

const sin = (deg: number) => Math.sin(deg * RAD);

/** ΔT = TT − UT in seconds for a decimal year (Espenak & Meeus, valid 1900–2150). */
export function deltaT(year: number): number {
  if (year < 1920) {
    const t = year - 1900;
    return -2.79 + 1.494119 * t - 0.0598939 * t ** 2 + 0.0061966 * t ** 3 - 0.000197 * t ** 4;
  }
  if (year < 1941) {
    const t = year - 1920;
    return 21.2 + 0.84493 * t - 0.0761 * t ** 2 + 0.0020936 * t ** 3;
  }
  if (year < 1961) {
    const t = year - 1950;
    return 29.07 + 0.407 * t - t ** 2 / 233 + t ** 3 / 2547;
  }
  if (year < 1986) {
    const t = year - 1975;
    return 45.45 + 1.067 * t - t ** 2 / 260 - t ** 3 / 718;
  }
  if (year < 2005) {
    const t = year - 2000;
    return (
      63.86 +
      0.3345 * t -
      0.060374 * t ** 2 +
      0.0017275 * t ** 3 +
      0.000651814 * t ** 4 +
      0.00002373599 * t ** 5
    );
  }
  if (year < 2050) {
    const t = year - 2000;
    return 62.92 + 0.32217 * t + 0.005589 * t ** 2;
  }
  return -20 + 32 * ((year - 1820) / 100) ** 2 - 0.5628 * (2150 - year);
}

/** Converts a Julian Ephemeris Day (TT) to a Julian Day in UT. */
function toUniversal(jde: number): number {
  const year = 2000 + (jde - 2451545) / 365.25;
  return jde - deltaT(year) / 86400;
}

const PLANETARY: readonly (readonly [number, number, number])[] = [
  [299.77, 0.107408, 0.000325],
  [251.88, 0.016321, 0.000165],
  [251.83, 26.651886, 0.000164],
  [349.42, 36.412478, 0.000126],
  [84.66, 18.206239, 0.00011],
  [141.74, 53.303771, 0.000062],
  [207.14, 2.453732, 0.00006],
  [154.84, 7.30686, 0.000056],
  [34.52, 27.261239, 0.000047],
  [207.19, 0.121824, 0.000042],
  [291.34, 1.844379, 0.00004],
  [161.72, 24.198154, 0.000037],
  [239.56, 25.513099, 0.000035],
  [331.55, 3.592518, 0.000023],
];

/** Julian Day (UT) of true new moon number `k` (k = 0: 2000-01-06), Meeus ch. 49. */
export function newMoonJd(k: number): number {
  const t = k / 1236.85;
  const jde =
    2451550.09766 +
    29.530588861 * k +
    0.00015437 * t ** 2 -
    0.00000015 * t ** 3 +
    0.00000000073 * t ** 4;
  const e = 1 - 0.002516 * t - 0.0000074 * t ** 2;
  const m = 2.5534 + 29.1053567 * k - 0.0000014 * t ** 2 - 0.00000011 * t ** 3;
  const mp =
    201.5643 + 385.81693528 * k + 0.0107582 * t ** 2 + 0.00001238 * t ** 3 - 0.000000058 * t ** 4;
  const f =
    160.7108 + 390.67050284 * k - 0.0016118 * t ** 2 - 0.00000227 * t ** 3 + 0.000000011 * t ** 4;
  const om = 124.7746 - 1.56375588 * k + 0.0020672 * t ** 2 + 0.00000215 * t ** 3;
  let c =
    -0.4072 * sin(mp) +
    0.17241 * e * sin(m) +
    0.01608 * sin(2 * mp) +
    0.01039 * sin(2 * f) +
    0.00739 * e * sin(mp - m) -
    0.00514 * e * sin(mp + m) +
    0.00208 * e * e * sin(2 * m) -
    0.00111 * sin(mp - 2 * f) -
    0.00057 * sin(mp + 2 * f) +
    0.00056 * e * sin(2 * mp + m) -
    0.00042 * sin(3 * mp) +
    0.00042 * e * sin(m + 2 * f) +
    0.00038 * e * sin(m - 2 * f) -
    0.00024 * e * sin(2 * mp - m) -
    0.00017 * sin(om) -
    0.00007 * sin(mp + 2 * m) +
    0.00004 * sin(2 * mp - 2 * f) +
    0.00004 * sin(3 * m) +
    0.00003 * sin(mp + m - 2 * f) +
    0.00003 * sin(2 * mp + 2 * f) -
    0.00003 * sin(mp + m + 2 * f) +
    0.00003 * sin(mp - m + 2 * f) -
    0.00002 * sin(mp - m - 2 * f) -
    0.00002 * sin(3 * mp + m) +
    0.00002 * sin(4 * mp);
  for (const [a, b, coefficient] of PLANETARY) {
    const arg = a + b * k - (a === 299.77 ? 0.009173 * t ** 2 : 0);
    c += coefficient * sin(arg);
  }
  return toUniversal(jde + c);
}

/** The Sun's apparent longitude in degrees [0, 360) at Julian Ephemeris Day `jde` (Meeus ch. 25, ≈ 0.01°). */
export function sunLongitude(jde: number): number {
  const t = (jde - 2451545) / 36525;
  const l0 = 280.46646 + 36000.76983 * t + 0.0003032 * t ** 2;
  const m = 357.52911 + 35999.05029 * t - 0.0001537 * t ** 2;
  const c =
    (1.914602 - 0.004817 * t - 0.000014 * t ** 2) * sin(m) +
    (0.019993 - 0.000101 * t) * sin(2 * m) +
    0.000289 * sin(3 * m);
  const om = 125.04 - 1934.136 * t;
  const apparent = l0 + c - 0.00569 - 0.00478 * sin(om);
  return ((apparent % 360) + 360) % 360;
}

/** Julian Day (UT) when the Sun's apparent longitude reaches `degrees`, searched near `approxJd`. */
export function solarTermJd(degrees: number, approxJd: number): number {
  let jde = approxJd;
  for (let i = 0; i < 50; i += 1) {
    const diff = ((degrees - sunLongitude(jde) + 540) % 360) - 180;
    jde += diff * (365.2422 / 360);
    if (Math.abs(diff) < 1e-7) break;
  }
  return toUniversal(jde);
}

/** Local civil day number (days since 1970-01-01) of a UT Julian Day at `offsetHours` east of Greenwich. */
export function localDayNumber(jd: number, offsetHours: number): number {
  return Math.floor(jd - JD_UNIX_EPOCH + offsetHours / 24);
}

/** Minutes between a UT Julian Day and the nearest local midnight at `offsetHours` (0 = exactly at midnight). */
export function minutesFromMidnight(jd: number, offsetHours: number): number {
  const local = jd - JD_UNIX_EPOCH + offsetHours / 24;
  const fraction = local - Math.floor(local);
  return Math.min(fraction, 1 - fraction) * 1440;
}

/** Converts a day number to a Julian Day at 00:00 UT. */
export function dayNumberToJd(dayNumber: number): number {
  return dayNumber + JD_UNIX_EPOCH;
}
