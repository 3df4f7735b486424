// Values that print as a short label in fast-check's counterexamples: documents and reference data are huge, and a
// deeply nested value cannot be printed at all.
import fc from 'fast-check';

/** `value` under a label. */
export class Ref {
  constructor(
    readonly label: string,
    readonly value: unknown,
  ) {}
  [fc.toStringMethod](): string {
    return this.label;
  }
}

/** `value` under a short label. */
export const ref = (label: string, value: unknown): fc.Arbitrary<Ref> =>
  fc.constant(new Ref(label, value));

const MAX_DEPTH = 6;

function hasRef(value: unknown, depth: number): boolean {
  if (value instanceof Ref) return true;
  if (depth > MAX_DEPTH || value === null || typeof value !== 'object') return false;
  return Object.values(value).some((v) => hasRef(v, depth + 1));
}

/**
 * The value with every `Ref` inside (to a depth of six) replaced by what it labels, copying only what holds one.
 * Arbitraries build arguments with refs in them; the fuzz harness unwraps the arguments before each call.
 */
export function unref(value: unknown, depth = 0): unknown {
  if (value instanceof Ref) return value.value;
  if (!hasRef(value, depth)) return value;
  if (Array.isArray(value)) return value.map((v) => unref(v, depth + 1));
  return Object.fromEntries(
    Object.entries(value as object).map(([k, v]) => [k, unref(v, depth + 1)]),
  );
}
