/**
 * The mark of a validated dataset (已校验标记): how the parse functions tell the assessments that
 * a dataset passed its zod schema, so that an app validates once when data enters and assesses as
 * often as it likes. Not part of the public API: only the parse functions mark, and only the
 * assessments read the mark.
 *
 * Design, and why:
 * - The mark is an own, non-enumerable, non-writable, non-configurable property of zod's output
 *   (never of the caller's input), keyed by a module-private `Symbol()` (not `Symbol.for`: no
 *   other code can name it) whose value names the contract (`'compulsory-dataset'`), so one kind
 *   of dataset is never taken for another. A plain object built by hand, a spread or
 *   `Object.assign` copy (they skip non-enumerable keys), a `structuredClone` or JSON round trip
 *   (they drop symbol keys) and an object inheriting from a validated one carry no mark: they are
 *   validated again. Only the object itself survives; that is the point.
 * - zod's output is frozen all the way down (every object and array zod built; Decimal instances
 *   are the caller's immutable values and are left alone), so the mark cannot outlive the
 *   validity it vouches for: writing to a validated dataset throws a `TypeError` in strict code.
 *   A what-if edit is a copy (`{ ...dataset, schools }`), validated again when assessed.
 * - A property, not a module-level `WeakSet`: no module keeps state between calls (DESIGN.md),
 *   and the mark is visible where the data is (a debugger shows it).
 * - Two copies of dudao in one app (its ESM and CJS builds) do not recognise each other's mark:
 *   the dataset is then validated again, which is slower but never wrong.
 * @module
 */

/**
 * The key of the mark. Exported for the types only: its value is a private `Symbol()`.
 * @internal
 */
export const validatedAs: unique symbol = Symbol('dudao: validated as');

/**
 * The contracts a validation mark can name.
 * @category Schemas
 * @example
 * ```ts
 * const kind: ValidatedKind = 'compulsory-dataset';
 * ```
 */
export type ValidatedKind = 'compulsory-dataset' | 'preschool-dataset';

/**
 * `T` after validation against the contract `K` (已校验): the same data, deep-frozen, with a
 * private mark that the assessments recognise, so they do not validate it again. Only the parse
 * functions make one; a copy (spread, `structuredClone`, JSON) is plain data and is validated
 * again when assessed.
 * @category Schemas
 * @example
 * ```ts
 * const valid: Validated<CompulsoryDataset, 'compulsory-dataset'> = parseCompulsoryDataset(json);
 * ```
 */
export type Validated<T, K extends ValidatedKind> = T & {
  /** The mark: the contract the data was validated against. */
  readonly [validatedAs]: K;
};

// zod builds plain objects and arrays; anything else in its output (a Decimal) is the caller's value,
// passed through, and left alone.
function deepFreeze(value: unknown): void {
  if (typeof value !== 'object' || value === null) return;
  if (Array.isArray(value)) {
    Object.freeze(value);
    for (const item of value) deepFreeze(item);
    return;
  }
  const prototype: unknown = Object.getPrototypeOf(value);
  if (prototype !== Object.prototype && prototype !== null) return;
  Object.freeze(value);
  for (const key of Object.keys(value)) deepFreeze((value as Record<string, unknown>)[key]);
}

/**
 * Freezes zod's output and marks it as validated against `kind`. Call it only on a value zod
 * has just returned (never on the caller's input).
 * @internal
 */
export function markValidated<T extends object, K extends ValidatedKind>(
  output: T,
  kind: K,
): Validated<T, K> {
  Object.defineProperty(output, validatedAs, {
    value: kind,
    enumerable: false,
    writable: false,
    configurable: false,
  });
  deepFreeze(output);
  return output as Validated<T, K>;
}

/**
 * Tells whether `input` is itself a dataset a parse function returned for `kind` (an own,
 * non-configurable mark on a frozen object; inherited or copied marks do not count).
 * @internal
 */
export function isValidated<K extends ValidatedKind>(input: unknown, kind: K): input is Validated<object, K> {
  if (typeof input !== 'object' || input === null || !Object.isFrozen(input)) return false;
  const mark = Object.getOwnPropertyDescriptor(input, validatedAs);
  return mark !== undefined && mark.configurable === false && mark.value === kind;
}
