/** Shared helpers for the progress tests: the two hand-worked years, assessed. */
import { expect } from 'vitest';
import { assessCompulsory } from '../../src/assess/county.js';
import { compulsoryQuality2017 } from '../../src/indicators/compulsory-quality-2017.js';
import { Decimal } from '../../src/numeric/decimal.js';
import type { ItemChange } from '../../src/progress/compare.js';
import { type ProgressYear, progressCounty } from '../fixtures/progress-county.js';

/** The synthetic county of test/fixtures/progress-county.ts, assessed with the 2017 set. */
export function assessed(year: ProgressYear) {
  return assessCompulsory(progressCounty(year), compulsoryQuality2017);
}

/** The change of an item by key, or a failed expectation. */
export function changeOf(changes: readonly ItemChange[], key: string): ItemChange {
  const found = changes.find((c) => c.key === key);
  if (found === undefined) throw new Error(`no change ${key}`);
  return found;
}

/**
 * Whether a figure stands for an exact (often non-terminating) fraction: without `eps`, it is
 * the number nearest the fraction, within one unit in the last place of a double (the exact
 * value was worked out to 40 digits, then rounded once); with `eps`, within that absolute
 * distance (for figures built on a CV, which is correct to at least 12 significant digits).
 */
export function near(value: number | null | undefined, expected: Decimal, eps?: string): boolean {
  if (value === null || value === undefined) return false;
  const error = new Decimal(value).minus(expected).abs();
  return error.lte(eps === undefined ? expected.abs().times(2 ** -52) : new Decimal(eps));
}

/**
 * Checks that a result is plain data: `structuredClone` gives an equal copy (same keys, same
 * plain prototypes), every object in it is a plain object or an array (no class instance, no
 * Decimal), and every number is finite.
 */
export function expectPlainData(value: unknown): void {
  expect(structuredClone(value)).toStrictEqual(value);
  const walk = (x: unknown, path: string): void => {
    if (typeof x === 'number') {
      expect(Number.isFinite(x), `${path} is a finite number`).toBe(true);
      return;
    }
    if (typeof x !== 'object' || x === null) {
      expect(['string', 'boolean', 'undefined', 'object'], `${path} is plain`).toContain(typeof x);
      return;
    }
    const prototype = Object.getPrototypeOf(x);
    expect(
      prototype === Object.prototype || prototype === Array.prototype || prototype === null,
      `${path} is a plain object or array`,
    ).toBe(true);
    for (const [key, item] of Object.entries(x)) walk(item, `${path}.${key}`);
  };
  walk(value, 'result');
}
