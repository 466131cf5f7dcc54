/** Shared helpers for the progress tests: the two hand-worked years, assessed. */
import { assessCompulsory } from '../../src/assess/county.js';
import { compulsoryQuality2017 } from '../../src/indicators/compulsory-quality-2017.js';
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
 * Whether a result equals a non-terminating fraction to within `eps`: 40-digit values differ in
 * their last digit from a 40-digit quotient; CVs are correct to at least 12 digits.
 */
export function near(
  value: { minus(x: unknown): { abs(): { lt(x: string): boolean } } } | null | undefined,
  expected: unknown,
  eps = '1e-35',
): boolean {
  return value?.minus(expected).abs().lt(eps) === true;
}
