/**
 * Freezes the built-in indicator sets at run time. Their types stay assignable to `IndicatorSet`
 * (readonly arrays would not be), so freezing is what stops one caller's mutation from changing
 * every later assessment. Internal: not re-exported from the package.
 * @module
 */

/**
 * Freezes a plain-data value and everything inside it.
 * @internal
 * @param value - plain data (objects, arrays, primitives)
 * @returns the same value, frozen all the way down
 */
export function deepFreeze<T>(value: T): T {
  if (typeof value === 'object' && value !== null && !Object.isFrozen(value)) {
    for (const inner of Object.values(value)) deepFreeze(inner);
    Object.freeze(value);
  }
  return value;
}
