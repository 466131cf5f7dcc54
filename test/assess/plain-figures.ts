/**
 * A check that a result is plain data with number figures: every object a plain object or array,
 * every leaf a string, a boolean, null or a finite number, and every figure field (by name) a
 * number or null (a part named like a figure, such as the preschool `teachers` gap, is walked).
 * Shared by the gap tests.
 */
import { expect } from 'vitest';

/**
 * Walks `value` and fails on anything that is not plain data; returns how many figure fields
 * (keys in `figureKeys`) hold a number, and which of those keys were seen.
 */
export function expectPlainFigures(
  value: unknown,
  figureKeys: ReadonlySet<string>,
): { figures: number; keys: Set<string> } {
  let figures = 0;
  const keys = new Set<string>();
  const walk = (v: unknown, path: string): void => {
    if (v === null || typeof v === 'string' || typeof v === 'boolean') return;
    if (typeof v === 'number') {
      expect(Number.isFinite(v), `${path} is not finite`).toBe(true);
      return;
    }
    expect(typeof v, `${path} is neither plain data nor a number`).toBe('object');
    if (Array.isArray(v)) {
      v.forEach((x, i) => {
        walk(x, `${path}[${i}]`);
      });
      return;
    }
    expect(Object.getPrototypeOf(v), `${path} is not a plain object`).toBe(Object.prototype);
    for (const [key, x] of Object.entries(v as Record<string, unknown>)) {
      // A part may share a figure's name (`teachers` of the preschool gaps): only leaves are figures.
      if (figureKeys.has(key) && (typeof x !== 'object' || x === null)) {
        expect(x === null || typeof x === 'number', `${path}.${key} is not a number`).toBe(true);
        if (typeof x === 'number') {
          figures += 1;
          keys.add(key);
        }
      }
      walk(x, `${path}.${key}`);
    }
  };
  walk(value, '$');
  return { figures, keys };
}
