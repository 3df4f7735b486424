/*
 * Valid documents spoilt a little: random noise is refused at the first shape check, while a real directive, answer
 * sheet or criteria set with one field changed reaches the code behind it. A spoilt document shares every branch it
 * does not change with its (deeply frozen) original, so building one is cheap and an engine that writes to its input
 * fails loudly instead of spoiling the next run.
 */
import { deepFreeze, type IssuePath } from '@ntm/domain/core';
import fc from 'fast-check';
import {
  DEPTHS,
  dangerousKey,
  hostile,
  hostileString,
  nested,
  nfd,
  specialNumbers,
} from './hostile-values.js';
import { Ref, ref, unref } from './ref.js';

/** The ways to spoil one place of a document. */
const HOW = [
  'replace', // by a hostile value
  'remove', // the field, or the array element
  'proto', // `__proto__`, `constructor`… as own keys beside the fields
  'nfd', // the text decomposed, or a decomposed key added
  'nudge', // the same type, another value: n + 1, -n, 1e308, NaN, '', true ↔ false, [] …
  'swap', // another value of the same document (a plausible value in the wrong place)
  'extra', // an unknown field, or one more element
  'deep', // a deeply nested value
] as const;
type How = (typeof HOW)[number];

interface Spoil {
  readonly path: IssuePath;
  readonly how: How;
  readonly value: unknown;
  readonly key: string;
  readonly pick: number;
  readonly depth: number;
}

/** What a change returns to remove the field (or the array element) it was given. */
export const REMOVE = Symbol('remove');

/** `root` with `change` applied at `path`, copying only the objects on the way; unchanged when the path is gone. */
export function edit(
  root: unknown,
  path: IssuePath,
  change: (current: unknown) => unknown,
): unknown {
  if (path.length === 0) return change(root);
  if (root === null || typeof root !== 'object') return root;
  const [key, ...rest] = path as [string | number, ...IssuePath];
  const copy = (Array.isArray(root) ? root.slice() : { ...root }) as Record<
    string | number,
    unknown
  >;
  if (!Object.hasOwn(copy, key)) return root;
  const next = edit(copy[key], rest, change);
  if (next !== REMOVE) copy[key] = next;
  else if (Array.isArray(copy)) copy.splice(Number(key), 1);
  else delete copy[key];
  return copy;
}

/** An object with own `key` first (as JSON.parse makes it, `__proto__` included), then the fields of `object`. */
function withOwnKey(object: object, key: string, value: unknown): Record<string, unknown> {
  const out = JSON.parse(`{${JSON.stringify(key)}:null}`) as Record<string, unknown>;
  Object.defineProperty(out, key, { value, enumerable: true, writable: true, configurable: true });
  for (const [k, v] of Object.entries(object)) out[k] = v;
  return out;
}

function nudge(current: unknown, spoil: Spoil): unknown {
  const choice = spoil.pick % 6;
  if (typeof current === 'number') {
    const near = [current + 1, -current, current * 1000 + 0.5, 0, -0, current - 1];
    return spoil.pick % 3 === 0 ? spoil.value : near[choice];
  }
  if (typeof current === 'string') {
    const near = [
      '',
      ` ${current} `,
      current.toUpperCase(),
      current.slice(1),
      `${current}${current}`,
      current.replace(/Đ/gu, 'Ð').replace(/[0-9]/u, '٣'),
    ];
    return near[choice];
  }
  if (typeof current === 'boolean') return choice < 4 ? !current : String(current);
  if (Array.isArray(current)) {
    const near = [
      [],
      [...current, ...current],
      [...current].reverse(),
      current.slice(1),
      [current],
      {},
    ];
    return near[choice];
  }
  if (current !== null && typeof current === 'object') {
    const entries = Object.entries(current);
    const near = [{}, Object.fromEntries(entries.slice(1)), entries.map(([, v]) => v), null];
    return near[choice % near.length];
  }
  return spoil.value;
}

function apply(spoil: Spoil, current: unknown, leaves: readonly unknown[]): unknown {
  const isObject = current !== null && typeof current === 'object' && !Array.isArray(current);
  switch (spoil.how) {
    case 'replace':
      return spoil.value;
    case 'remove':
      return REMOVE;
    case 'proto':
      return isObject ? withOwnKey(current, spoil.key, spoil.value) : spoil.value;
    case 'nfd':
      if (typeof current === 'string')
        return nfd(current) === current ? `${current} ${nfd('Điện Biên')}` : nfd(current);
      return isObject ? { ...current, [nfd('Điện Biên')]: spoil.value } : nfd('Tuần Giáo');
    case 'nudge':
      return nudge(current, spoil);
    case 'swap':
      return leaves.length === 0 ? spoil.value : leaves[spoil.pick % leaves.length];
    case 'extra':
      if (Array.isArray(current)) return [...current, spoil.value];
      return isObject ? withOwnKey(current, `${spoil.key}x`, spoil.value) : spoil.value;
    case 'deep':
      return nested(spoil.depth, spoil.pick % 2 === 0 ? 'mixed' : 'object');
  }
}

/** A short print of a value; a deeply nested one cannot be printed. */
function printed(value: unknown): string {
  try {
    return fc.stringify(value).slice(0, 120);
  } catch {
    return 'a deeply nested value';
  }
}

const valueAt = (root: unknown, path: IssuePath): unknown =>
  path.reduce<unknown>((v, k) => (v as Record<string | number, unknown>)[k], root);

/** The primitive values of a document, for `swap`. */
function leavesOf(base: unknown, paths: readonly IssuePath[]): unknown[] {
  const leaves = new Set<unknown>();
  for (const path of paths) {
    const value = valueAt(base, path);
    if (value === null || typeof value !== 'object') leaves.add(value);
  }
  return [...leaves];
}

/**
 * The places a spoil may change: every path of `base` (the root too when `withRoot`), but none inside a `Ref`
 * (reference data passed whole, or a value too deep to walk).
 */
function placesOf(base: unknown, withRoot: boolean): IssuePath[] {
  const places: IssuePath[] = [];
  const stack: [unknown, IssuePath][] = [[base, []]];
  while (stack.length > 0) {
    const [value, path] = stack.pop()!;
    if (withRoot || path.length > 0) places.push(path);
    if (value === null || typeof value !== 'object' || value instanceof Ref) continue;
    const isArray = Array.isArray(value);
    for (const key of Object.keys(value))
      stack.push([(value as Record<string, unknown>)[key], [...path, isArray ? Number(key) : key]]);
  }
  return places;
}

/** `base` spoilt in one to three places, under a label saying what changed. */
function spoiled(base: unknown, name: string, withRoot: boolean): fc.Arbitrary<Ref> {
  const places = placesOf(base, withRoot);
  const leaves = leavesOf(base, places);
  const spoil: fc.Arbitrary<Spoil> = fc.record({
    path: fc.constantFrom(...places),
    how: fc.constantFrom(...HOW),
    value: fc.oneof(hostile, specialNumbers, hostileString).map((v) => unref(v)),
    key: dangerousKey,
    pick: fc.nat(),
    depth: fc.constantFrom(...DEPTHS),
  });
  const spoils = fc.oneof(
    { weight: 6, arbitrary: fc.tuple(spoil) },
    { weight: 2, arbitrary: fc.array(spoil, { minLength: 2, maxLength: 3 }) },
  );
  return spoils.map((list) => {
    let value = base;
    for (const s of list) value = edit(value, s.path, (current) => apply(s, current, leaves));
    const label = list
      .map(
        (s) =>
          `${s.how} ${s.path.join('.') || '(root)'}${s.how === 'replace' ? ` = ${printed(s.value)}` : ''}`,
      )
      .join('; ');
    return new Ref(`${name} with ${label}`, value);
  });
}

/**
 * `base` as it is (a tenth of the draws), spoilt in one to three places (most draws), or a hostile value. `base` is
 * frozen deeply, so the spoilt copies can share its branches: keep no other use of it that needs to write.
 */
export function spoilt(base: unknown, name: string): fc.Arbitrary<unknown> {
  deepFreeze(base);
  return fc.oneof(
    { weight: 1, arbitrary: ref(name, base) },
    { weight: 8, arbitrary: spoiled(base, name, true) },
    { weight: 1, arbitrary: hostile },
  );
}

/**
 * Argument lists for a target: a valid one from `valid` (three draws in eight), one of them spoilt in one to three
 * places (any argument, at any depth; reference data passed as a `Ref` is replaced whole or left alone), or, a
 * quarter of the draws, one from `wild` (each argument hostile on its own), when given. Where every argument is an
 * `or(…)` of its own, most lists hold something hostile and the code behind the first check is seldom reached.
 */
export function validOrSpoilt(
  valid: fc.Arbitrary<readonly unknown[]>,
  wild?: fc.Arbitrary<readonly unknown[]>,
): fc.Arbitrary<Ref | readonly unknown[]> {
  const fromValid = fc.oneof(
    valid.map((args) => new Ref(`arguments (${printed(args)})`, args)),
    valid.chain((args) => spoiled(args, 'arguments', false)),
  );
  if (wild === undefined) return fromValid;
  return fc.oneof({ weight: 3, arbitrary: fromValid }, { weight: 1, arbitrary: wild });
}
