/*
 * The official civil-service schedules 2019–2026, row by row, for tests only (typed in from the notices and their
 * reports, sources S14–S35 — TB 3238/TB-LĐTBXH … TB 9441/TB-BNV — not from the implementation): statutory holiday
 * days, the whole off period, nghỉ bù days, swap [day off, working Saturday].
 */
export interface GoldenOccasion {
  readonly holidays: readonly [string, string];
  readonly off: readonly [string, string];
  readonly compensatory?: readonly string[];
  readonly swap?: readonly [string, string];
}

/** An ISO 8601 interval `first/last` as the pair [first, last]. */
const range = (interval: string) => interval.split('/') as unknown as readonly [string, string];

/** The nghỉ bù days of a row. */
const compensatory = (...days: string[]) => ({ compensatory: days });

/** The swap of a row: [day off, working Saturday]. */
const swap = (dayOff: string, saturday: string) => ({ swap: [dayOff, saturday] as const });

/** One row: holiday days and off period as `first/last`, then the nghỉ bù days or the swap, if any. */
const row = (
  holidays: string,
  off: string,
  more: Pick<GoldenOccasion, 'compensatory' | 'swap'> = {},
): GoldenOccasion => ({ holidays: range(holidays), off: range(off), ...more });

export const GOLDEN_SCHEDULES: readonly GoldenOccasion[] = [
  row('2019-01-01/2019-01-01', '2018-12-29/2019-01-01', swap('2018-12-31', '2019-01-05')),
  row('2019-02-04/2019-02-08', '2019-02-02/2019-02-10'),
  row('2019-04-14/2019-04-14', '2019-04-13/2019-04-15', compensatory('2019-04-15')),
  row('2019-04-30/2019-05-01', '2019-04-27/2019-05-01', swap('2019-04-29', '2019-05-04')),
  row('2019-09-02/2019-09-02', '2019-08-31/2019-09-02'),
  row('2020-01-01/2020-01-01', '2020-01-01/2020-01-01'),
  row('2020-01-23/2020-01-27', '2020-01-23/2020-01-29', compensatory('2020-01-28', '2020-01-29')),
  row('2020-04-02/2020-04-02', '2020-04-02/2020-04-02'),
  row('2020-04-30/2020-05-01', '2020-04-30/2020-05-03'),
  row('2020-09-02/2020-09-02', '2020-09-02/2020-09-02'),
  row('2021-01-01/2021-01-01', '2021-01-01/2021-01-03'),
  row('2021-02-10/2021-02-14', '2021-02-10/2021-02-16', compensatory('2021-02-15', '2021-02-16')),
  row('2021-04-21/2021-04-21', '2021-04-21/2021-04-21'),
  row('2021-04-30/2021-05-01', '2021-04-30/2021-05-03', compensatory('2021-05-03')),
  row('2021-09-02/2021-09-03', '2021-09-02/2021-09-05'),
  row('2022-01-01/2022-01-01', '2022-01-01/2022-01-03', compensatory('2022-01-03')),
  row('2022-01-31/2022-02-04', '2022-01-29/2022-02-06'),
  row('2022-04-10/2022-04-10', '2022-04-09/2022-04-11', compensatory('2022-04-11')),
  row('2022-04-30/2022-05-01', '2022-04-30/2022-05-03', compensatory('2022-05-02', '2022-05-03')),
  row('2022-09-01/2022-09-02', '2022-09-01/2022-09-04'),
  row('2023-01-01/2023-01-01', '2022-12-31/2023-01-02', compensatory('2023-01-02')),
  row('2023-01-20/2023-01-24', '2023-01-20/2023-01-26', compensatory('2023-01-25', '2023-01-26')),
  row('2023-04-29/2023-05-01', '2023-04-29/2023-05-03', compensatory('2023-05-02', '2023-05-03')),
  row('2023-09-01/2023-09-02', '2023-09-01/2023-09-04', compensatory('2023-09-04')),
  row('2024-01-01/2024-01-01', '2023-12-30/2024-01-01'),
  row('2024-02-08/2024-02-12', '2024-02-08/2024-02-14', compensatory('2024-02-13', '2024-02-14')),
  row('2024-04-18/2024-04-18', '2024-04-18/2024-04-18'),
  row('2024-04-30/2024-05-01', '2024-04-27/2024-05-01', swap('2024-04-29', '2024-05-04')),
  row('2024-09-02/2024-09-03', '2024-08-31/2024-09-03'),
  row('2025-01-01/2025-01-01', '2025-01-01/2025-01-01'),
  row('2025-01-27/2025-01-31', '2025-01-25/2025-02-02'),
  row('2025-04-07/2025-04-07', '2025-04-05/2025-04-07'),
  row('2025-04-30/2025-05-01', '2025-04-30/2025-05-04', swap('2025-05-02', '2025-04-26')),
  row('2025-09-01/2025-09-02', '2025-08-30/2025-09-02'),
  row('2026-01-01/2026-01-01', '2026-01-01/2026-01-04', swap('2026-01-02', '2026-01-10')),
  row('2026-02-16/2026-02-20', '2026-02-14/2026-02-22'),
  row('2026-04-26/2026-04-26', '2026-04-25/2026-04-27', compensatory('2026-04-27')),
  row('2026-04-30/2026-05-01', '2026-04-30/2026-05-03'),
  row('2026-09-01/2026-09-02', '2026-08-29/2026-09-02', swap('2026-08-31', '2026-08-22')),
];

/** "Working Saturdays ("đi làm bù") 2019–2026, civil servants" (2026-08-22 unverified). */
export const GOLDEN_WORKING_SATURDAYS: readonly string[] = [
  '2019-01-05',
  '2019-05-04',
  '2024-05-04',
  '2025-04-26',
  '2026-01-10',
  '2026-08-22',
];
