const MAX_SHOWN = 60;

/**
 * A short, safe description of any input value for an error message: strings quoted and cut to 60 characters,
 * numbers as written (`NaN`, `-0`, `Infinity`), bigints with `n`, anything else by its kind. It never calls the value's
 * own `toString`/`valueOf`/`toJSON`, so objects with a null prototype, a `toString` that is not a function, bigints
 * and cycles cannot turn a validation error into a `TypeError`.
 *
 * @remarks Mô tả ngắn, an toàn một giá trị đầu vào để đưa vào thông báo lỗi.
 * @example
 * ```ts
 * describeValue('2022-02-30');            // '"2022-02-30"'
 * describeValue(Number.NaN);              // 'NaN'
 * describeValue(Object.create(null));     // 'an object'
 * describeValue(JSON.parse('{"__proto__": 1}')); // 'an object'
 * ```
 */
export function describeValue(value: unknown): string {
  switch (typeof value) {
    case 'string':
      return JSON.stringify(value.length > MAX_SHOWN ? `${value.slice(0, MAX_SHOWN)}…` : value);
    case 'number':
      return Object.is(value, -0) ? '-0' : String(value);
    case 'bigint':
      return `${String(value)}n`;
    case 'boolean':
    case 'undefined':
      return String(value);
    case 'symbol':
      return 'a symbol';
    case 'function':
      return 'a function';
    default:
      if (value === null) return 'null';
      return Array.isArray(value) ? 'an array' : 'an object';
  }
}
