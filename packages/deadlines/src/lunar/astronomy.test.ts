import { describe, expect, test } from 'vitest';
import {
  dayNumberToJd,
  deltaT,
  localDayNumber,
  minutesFromMidnight,
  newMoonJd,
  solarTermJd,
  sunLongitude,
} from './astronomy.js';

/*
 * Golden values from outside the implementation: ΔT as observed (NASA eclipse web site, "Historical values of Delta T",
 * after Morrison & Stephenson 2004), and the worked examples of Jean Meeus, "Astronomical Algorithms" (2nd ed., 1998).
 */
const OBSERVED_DELTA_T: readonly (readonly [number, number])[] = [
  [1910, 10.4],
  [1930, 24.0],
  [1940, 24.3],
  [1950, 29.1],
  [1960, 33.2],
  [1970, 40.2],
  [1980, 50.5],
  [1990, 56.9],
  [2000, 63.8],
  [2005, 64.7],
];

describe('deltaT (Espenak–Meeus polynomials)', () => {
  test.each(OBSERVED_DELTA_T)('in %i it is within 0.5 s of the observed %f s', (year, seconds) => {
    expect(Math.abs(deltaT(year) - seconds)).toBeLessThan(0.5);
  });

  test('each polynomial piece meets its neighbours (no jump of a second at 1920, 1941, 1961, 1986, 2005, 2050)', () => {
    for (const year of [1920, 1941, 1961, 1986, 2005, 2050]) {
      expect(Math.abs(deltaT(year) - deltaT(year - 1e-9)), String(year)).toBeLessThan(1);
    }
  });

  test('predicted values: about 66 s in 2010 and, from the long-term parabola, 93 s in 2050 and 203 s in 2100', () => {
    expect(deltaT(2010)).toBeCloseTo(66.7, 1);
    expect(deltaT(2050)).toBeCloseTo(93, 0);
    expect(deltaT(2100)).toBeCloseTo(202.7, 1);
  });
});

describe('Meeus worked examples', () => {
  test('example 49.a: the new moon of February 1977 (k = −283) is at JDE 2443192.65118', () => {
    const ut = newMoonJd(-283);
    const jde = ut + deltaT(1977.13) / 86400;
    expect(Math.abs(jde - 2443192.65118) * 86400).toBeLessThan(1);
  });

  test('example 25.a: the Sun’s apparent longitude on 1992 October 13.0 TD is 199.90895°', () => {
    expect(sunLongitude(2448908.5)).toBeCloseTo(199.90895, 4);
  });

  test('the longitude is normalised to [0, 360)', () => {
    for (let jde = 2451545; jde < 2451545 + 366; jde += 7) {
      const longitude = sunLongitude(jde);
      expect(longitude).toBeGreaterThanOrEqual(0);
      expect(longitude).toBeLessThan(360);
    }
  });

  test('the March equinox of 2024 (Sun at 0°) fell at 03:06 UT on 20 March, found from a guess days away', () => {
    const equinox = 2460389.5 + (3 + 6 / 60) / 24;
    for (const guess of [equinox - 10, equinox + 10]) {
      expect(Math.abs(solarTermJd(0, guess) - equinox) * 1440).toBeLessThan(20);
    }
  });
});

describe('days and midnights', () => {
  test('day number 0 is JD 2440587.5 (1970-01-01 00:00 UT)', () => {
    expect(dayNumberToJd(0)).toBe(2440587.5);
    expect(dayNumberToJd(20_000)).toBe(2460587.5);
  });

  test('an instant’s local day at UTC+7: 16:59 UT is still the same day, 17:00 UT is the next', () => {
    const midnightUt = dayNumberToJd(20_000);
    expect(localDayNumber(midnightUt + 16.99 / 24, 7)).toBe(20_000);
    expect(localDayNumber(midnightUt + 17.01 / 24, 7)).toBe(20_001);
    expect(localDayNumber(midnightUt + 0.5, 0)).toBe(20_000);
  });

  test('minutes from the nearest local midnight, on either side', () => {
    const midnightUt = dayNumberToJd(20_000);
    expect(minutesFromMidnight(midnightUt + 17 / 24, 7)).toBeCloseTo(0, 6);
    expect(minutesFromMidnight(midnightUt + 17.5 / 24, 7)).toBeCloseTo(30, 6);
    expect(minutesFromMidnight(midnightUt + (17 - 1 / 6) / 24, 7)).toBeCloseTo(10, 6);
    expect(minutesFromMidnight(midnightUt + 5 / 24, 7)).toBeCloseTo(720, 6);
  });
});

/*
 * The Espenak–Meeus polynomials themselves (NASA, "Polynomial expressions for Delta T"), evaluated by hand at a year
 * inside each piece, where every term weighs, and on each boundary, where the later piece takes over: a wrong sign,
 * coefficient or boundary moves these values by far more than the 0.00005 s allowed.
 */
/** Each piece of the polynomial, by the years it covers. */
const PIECES = {
  '1900–1920': '−2.79 + 1.494119t − 0.0598939t² + 0.0061966t³ − 0.000197t⁴, t = y − 1900',
  '1920–1941': '21.20 + 0.84493t − 0.07610t² + 0.0020936t³, t = y − 1920',
  '1941–1961': '29.07 + 0.407t − t²/233 + t³/2547, t = y − 1950',
  '1961–1986': '45.45 + 1.067t − t²/260 − t³/718, t = y − 1975',
  '1986–2005': '63.86 + 0.3345t − 0.060374t² + 0.0017275t³ + 0.000651814t⁴ + 0.00002373599t⁵',
  '2005–2050': '62.92 + 0.32217t + 0.005589t², t = y − 2000',
  '2050–2150': '−20 + 32u² − 0.5628(2150 − y), u = (y − 1820)/100',
} as const;

/** [year, ΔT in seconds, piece, the boundary point when the year is one]. */
const POLYNOMIAL_DELTA_T: readonly (readonly [number, number, keyof typeof PIECES, string?])[] = [
  [1915, 17.08606, '1900–1920'],
  [1920, 21.2, '1920–1941', 't = 0'],
  [1935, 23.81735, '1920–1941'],
  [1941, 24.77314, '1941–1961', 't = −9'],
  [1945, 26.87863, '1941–1961'],
  [1960, 33.10343, '1941–1961', 't = 10'],
  [1961, 33.57988, '1961–1986', 't = −14'],
  [1965, 35.78814, '1961–1986'],
  [1985, 54.34263, '1961–1986', 't = 10'],
  [1986, 54.87774, '1986–2005', 't = −14'],
  [1990, 56.89464, '1986–2005'],
  [2004, 64.53375, '1986–2005', 't = 4'],
  [2005, 64.67057, '2005–2050', 't = 5'],
  [2040, 84.7492, '2005–2050'],
  [2050, 93.0, '2050–2150'],
];

/** The year, ΔT and what is tested: a boundary point of a piece, or the piece's formula inside it. */
const POLYNOMIAL_CASES = POLYNOMIAL_DELTA_T.map(
  ([year, seconds, piece, at]) =>
    [year, seconds, at ? `${piece} at ${at}` : `${piece}: ${PIECES[piece]}`] as const,
);

test.each(POLYNOMIAL_CASES)('deltaT(%i) = %f s (%s)', (year, seconds) => {
  expect(deltaT(year)).toBeCloseTo(seconds, 4);
});

/*
 * The same chapters of Meeus as transcribed by another hand: the `astronomia` library (4.2.0, moonphase.new and
 * solar.apparentLongitude), values computed once with it and written here. New moons 1900–2100 agree within 0.3 s
 * (the two differ in how they round the lunation number and ΔT), far below what a changed term of the series moves;
 * the Sun's apparent longitude (chapter 25, the same series) agrees to 1e-7°.
 */
const NEW_MOONS_JDE: readonly (readonly [number, number])[] = [
  [-1236, 2415050.5573443],
  [-1000, 2422019.9663036],
  [-600, 2433831.825287],
  [-283, 2443192.6511827],
  [-100, 2448596.6647163],
  [0, 2451550.2602576],
  [1, 2451580.0447074],
  [100, 2454503.6566026],
  [300, 2460409.2653014],
  [600, 2469268.6704673],
  [900, 2478127.2481372],
  [1236, 2488049.4668102],
];

test.each(NEW_MOONS_JDE)('new moon k = %i is at JDE %f, within 0.5 s', (k, jde) => {
  const ut = newMoonJd(k);
  const computed = ut + deltaT(2000 + (ut - 2451545) / 365.25) / 86400;
  expect(Math.abs(computed - jde) * 86400).toBeLessThan(0.5);
});

const SUN_LONGITUDES: readonly (readonly [number, number])[] = [
  [2415020.5, 280.153570628],
  [2415200.5, 97.723794974],
  [2433400.5, 38.113795393],
  [2442050.75, 282.482899988],
  [2446000.25, 213.506422213],
  [2451645, 20.920650659],
  [2458749.5, 179.686919784],
  [2469907.5, 21.313143306],
  [2488160.5, 12.340350179],
];

test.each(SUN_LONGITUDES)('the Sun at JDE %f is at %f°', (jde, degrees) => {
  expect(Math.abs(sunLongitude(jde) - degrees)).toBeLessThan(1e-7);
});
