// Commune facts and provincial thresholds made from a criteria set, for property tests of the engine and the CLI.
import type { NtmCriteriaSet, NtmFactValue, NtmIndicator } from '@ntm/domain/core';
import fc from 'fast-check';

/** The largest count of absences and the largest plain number {@link anyValue} gives (percentages stop at 100). */
export interface FactBounds {
  readonly absences: number;
  readonly number: number;
}

/**
 * Any value of the indicator's type: yes/no, a count of absences, a percentage, or a number, within `bounds`.
 *
 * @example
 * ```ts
 * anyValue({ type: 'absence' }, { absences: 3, number: 200 }); // fc.nat(3)
 * ```
 */
export function anyValue(
  indicator: Pick<NtmIndicator, 'type'>,
  bounds: FactBounds,
): fc.Arbitrary<NtmFactValue> {
  if (indicator.type === 'boolean') return fc.boolean();
  if (indicator.type === 'absence') return fc.nat(bounds.absences);
  const max = indicator.type === 'percent' ? 100 : bounds.number;
  return fc.double({ min: 0, max, noNaN: true });
}

/**
 * Facts for the indicators of `set`, each absent or any value of its type; with `everyIndicator`, none absent.
 *
 * @example
 * ```ts
 * fc.sample(anyFacts(XA_2021_2025, { absences: 5, number: 200 }), 1);
 * ```
 */
export function anyFacts(
  set: NtmCriteriaSet,
  bounds: FactBounds,
  { everyIndicator = false } = {},
): fc.Arbitrary<Record<string, NtmFactValue>> {
  const values = Object.fromEntries(
    set.criteria.flatMap((c) => c.indicators).map((i) => [i.code, anyValue(i, bounds)]),
  );
  return fc.record(values, everyIndicator ? {} : { requiredKeys: [] }) as fc.Arbitrary<
    Record<string, NtmFactValue>
  >;
}

/**
 * The first `count` national thresholds of `set` loosened by one (a minimum lowered, a maximum raised), as a province
 * would write them: entries the engine must refuse. Yearly thresholds and the informative `chung` column are skipped.
 *
 * @example
 * ```ts
 * loosenedThresholds(XA_2021_2025, 3); // [{ indicator: '…', key: 'TDMNPB', value: … }, …]
 * ```
 */
export function loosenedThresholds(
  set: NtmCriteriaSet,
  count: number,
): { indicator: string; key: string; value: number }[] {
  return set.criteria
    .flatMap((c) => c.indicators)
    .filter((i) => !i.perYear && (i.direction === '>=' || i.direction === '<='))
    .flatMap((i) =>
      Object.entries(i.thresholds)
        .filter(
          ([key, cell]) => key !== 'chung' && typeof cell.value === 'number' && cell.value >= 2,
        )
        .map(([key, cell]) => ({
          indicator: i.code,
          key,
          value: (cell.value ?? 0) + (i.direction === '>=' ? -1 : 1),
        })),
    )
    .slice(0, count);
}
