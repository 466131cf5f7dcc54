/**
 * The public coefficient of variation (差异系数) and the composite of 2012 from single CVs. The CV
 * comes from the float filter when its error bound vouches for it, and otherwise from exact sums,
 * where `W·Σwx² − (Σwx)² ≤ L²·(Σwx)²` is decided exactly.
 * @module
 */
import { expectShape, optionsOf, pathOf, shapeOf } from '../../guard.js';
import { cvWithinLimitExactly } from '../decide.js';
import type { Decimal, DecimalInput } from '../decimal.js';
import {
  addRational,
  divRational,
  RATIONAL_ZERO,
  rationalFromDecimal,
  rationalToDecimal,
} from '../rational.js';
import { exactSums, RESULT_DIGITS, resultFromSums } from './exact.js';
import { fastResult } from './float-filter.js';
import { checkList, checkLists, emptyInput, readDecimal, readThreshold } from './input.js';
import type {
  CoefficientOfVariationOptions,
  CompositeVariationResult,
  VariationLimitOptions,
  VariationResult,
  VariationValue,
} from './types.js';

// The options of coefficientOfVariation, checked as optionsOf would (worked out once: the CV runs
// once per indicator and stage of every county).
const OPTIONS_WHAT = { en: 'an object of options', zh: '选项对象' };
const CV_OPTIONS = shapeOf({ exact: 'boolean?', compareRounded: 'number?' });

/**
 * The enrolment-weighted coefficient of variation (差异系数) of standards.md 2.1, the national
 * method for both 优质均衡 (2017) and 基本均衡 (2012): with W = Σwᵢ, mean = Σwᵢxᵢ / W,
 * S = √(Σ(wᵢ/W)(xᵢ − mean)²) (a population standard deviation, no n − 1) and CV = S / mean.
 *
 * With a `limit`, `withinLimit` is the exact decision `cv ≤ limit`, even when the CV is within
 * 1e-15 of the limit or equal to it. With `compareRounded: k` it is `round_half_up(cv, k) ≤ limit`,
 * also exact. A zero or negative mean gives `cv: null` with a `reason` (and `withinLimit: null`).
 * One value gives a CV of 0. Values with weight 0 count in `count` but not in the statistics.
 *
 * @category Statistics
 * @param values - each school's value xᵢ: a quantity or an exact {@link Ratio} such as
 *   `{ numerator: books, denominator: pupils }`
 * @param weights - each school's enrolment wᵢ (not negative; not all zero)
 * @param options - `limit`, `compareRounded` and the `path` used in errors
 * @returns the explained result
 * @throws {@link DudaoError} `empty`, `length-mismatch`, `zero-total-weight`, `negative`
 *   (a weight, path `[...path, 'weights', i]`), `not-a-number` / `not-finite` (path
 *   `[...path, 'values', i]` or `[...path, 'weights', i]`), `zero-denominator` (a ratio),
 *   `invalid-option`, `out-of-range`, `not-a-list`
 * @example
 * ```ts
 * // Books per pupil in five primary schools, weighted by enrolment (standards.md 2.1).
 * const pupils = [45, 37, 89, 76, 55];
 * const books = [279, 137, 935, 160, 402];
 * const result = coefficientOfVariation(
 *   books.map((b, i) => ({ numerator: b, denominator: pupils[i] ?? 1 })),
 *   pupils,
 *   { limit: '0.50' },
 * );
 * result.cv?.toFixed(4); //=> '0.5153'
 * result.mean.toFixed(4); //=> '6.3344'
 * result.withinLimit; //=> false
 *
 * coefficientOfVariation([1, 3], [1, 1], { limit: 0.5 }).withinLimit; //=> true (CV is exactly 0.5)
 * ```
 */
export function coefficientOfVariation(
  values: ArrayLike<VariationValue>,
  weights: ArrayLike<DecimalInput>,
  options: CoefficientOfVariationOptions = {},
): VariationResult {
  if (options !== undefined) expectShape(options, ['options'], OPTIONS_WHAT, CV_OPTIONS);
  const path = pathOf(options.path);
  const n = checkLists(values, weights, path);
  const threshold = readThreshold(options, path);
  if (options.exact !== true) {
    const fast = fastResult(values, weights, n, path, threshold);
    if (fast !== undefined) return fast;
  }
  const sums = exactSums(values, weights, n, path);
  return resultFromSums(sums.totalWeight, sums.weightedSum, sums.weightedSumOfSquares, n, threshold, path);
}

/**
 * The composite coefficient of variation (综合差异系数) of 教督〔2012〕3号 basic balance: the
 * arithmetic mean of the single CVs of one stage, compared with the stage's limit (primary
 * ≤ 0.65, junior ≤ 0.55). The mean and the decision are exact.
 *
 * @category Statistics
 * @param cvs - the single CVs (not negative, at least one)
 * @param options - `limit`, `compareRounded` and the `path` used in errors
 * @returns the explained composite
 * @throws {@link DudaoError} `empty`, `negative` or `not-a-number` (path `[...path, 'cvs', i]`),
 *   `invalid-option`, `not-a-list`
 * @example
 * ```ts
 * const result = compositeCoefficientOfVariation(
 *   [0.437, 0.419, 0.255, 0.188, 0.171, 0.263, 0.263, 0.42],
 *   { limit: '0.65' },
 * );
 * result.cv; //=> 0.302
 * result.withinLimit; //=> true
 * ```
 */
export function compositeCoefficientOfVariation(
  cvs: ArrayLike<DecimalInput>,
  options: VariationLimitOptions = {},
): CompositeVariationResult {
  optionsOf(options, { compareRounded: 'number' });
  const path = pathOf(options.path);
  const n = checkList(cvs, [...path, 'cvs']);
  if (n === 0) emptyInput([...path, 'cvs']);
  const threshold = readThreshold(options, path);
  const components: Decimal[] = [];
  let sum = RATIONAL_ZERO;
  for (let i = 0; i < n; i++) {
    const cv = readDecimal(cvs[i], [...path, 'cvs', i], true);
    components.push(cv);
    sum = addRational(sum, rationalFromDecimal(cv));
  }
  const mean = divRational(sum, { n: BigInt(n), d: 1n });
  const result = {
    cv: rationalToDecimal(mean, RESULT_DIGITS).toNumber(),
    count: n,
    components: components.map((c) => c.toNumber()),
  };
  if (threshold === undefined) return result;
  return {
    ...result,
    limit: threshold.limit.toNumber(),
    withinLimit: cvWithinLimitExactly({ value: mean }, threshold.cv),
  };
}
