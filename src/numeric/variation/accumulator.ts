/**
 * The mergeable accumulator of the coefficient of variation (差异系数): exact sums grown value by
 * value or merged from shards, their JSON form, and the composite of 2012 from accumulators.
 * @module
 */
import { dudaoError, type FieldPath, quoteInput } from '../../error.js';
import { eachOf, expectKind, optionsOf, pathOf } from '../../guard.js';
import { cvWithinLimitExactly } from '../decide.js';
import type { Decimal, DecimalInput } from '../decimal.js';
import {
  addRational,
  compareRational,
  divRational,
  isqrtBigInt,
  mulRational,
  negateRational,
  pow10,
  RATIONAL_ZERO,
  type Rational,
  rationalFromDecimal,
  rationalFromString,
  rationalSqrtToDecimal,
  rationalToDecimal,
  rationalToString,
  reduceRational,
  signRational,
  subRational,
} from '../rational.js';
import { exactDecimal, RESULT_DIGITS, resultFromSums } from './exact.js';
import { emptyInput, readThreshold, valueToRational, weightToRational } from './input.js';
import type {
  CompositeVariationResult,
  Ratio,
  VariationAccumulator,
  VariationAccumulatorJSON,
  VariationLimitOptions,
  VariationResult,
  VariationValue,
} from './types.js';

/**
 * Starts an empty accumulator for a coefficient of variation (差异系数) computed piece by piece
 * or in shards.
 *
 * @category Statistics
 * @returns an accumulator with no values
 * @example
 * ```ts
 * createVariationAccumulator().count; //=> 0
 * ```
 */
export function createVariationAccumulator(): VariationAccumulator {
  return {
    count: 0,
    totalWeight: RATIONAL_ZERO,
    weightedSum: RATIONAL_ZERO,
    weightedSumOfSquares: RATIONAL_ZERO,
  };
}

/**
 * Adds one school's value and weight to a coefficient of variation (差异系数) accumulator.
 * Returns a new accumulator; `acc` is not changed. The sums are exact, so the order in which
 * values are added never changes the result.
 *
 * @category Statistics
 * @param acc - the accumulator so far
 * @param value - the school's value xᵢ (a quantity or a {@link Ratio})
 * @param weight - the school's weight wᵢ (enrolment), not negative
 * @param path - where this school sits in the input, for errors (`[...path, 'value']`,
 *   `[...path, 'weight']`)
 * @returns the accumulator with the value added
 * @throws {@link DudaoError} for an invalid value or weight
 * @example
 * ```ts
 * let acc = createVariationAccumulator();
 * acc = addToVariation(acc, 1, 1);
 * acc = addToVariation(acc, 3, 1);
 * variationResult(acc).cv?.toString(); //=> '0.5'
 * ```
 */
export function addToVariation(
  acc: VariationAccumulator,
  value: VariationValue,
  weight: DecimalInput,
  path: FieldPath = [],
): VariationAccumulator {
  expectAccumulator(acc, ['acc']);
  pathOf(path, ['path']);
  const x = valueToRational(value, [...path, 'value']);
  const w = weightToRational(weight, [...path, 'weight']);
  const wx = mulRational(w, x);
  return {
    count: acc.count + 1,
    totalWeight: addRational(acc.totalWeight, w),
    weightedSum: addRational(acc.weightedSum, wx),
    weightedSumOfSquares: addRational(acc.weightedSumOfSquares, mulRational(wx, x)),
  };
}

/**
 * Merges two coefficient of variation (差异系数) accumulators, e.g. shards computed in other
 * workers. Exact: merging in any grouping and order gives the same result as adding every value
 * to one accumulator.
 *
 * @category Statistics
 * @param a - an accumulator
 * @param b - another accumulator
 * @returns an accumulator holding the values of both
 * @example
 * ```ts
 * const a = addToVariation(createVariationAccumulator(), 1, 1);
 * const b = addToVariation(createVariationAccumulator(), 3, 1);
 * variationResult(mergeVariation(a, b), { limit: 0.5 }).withinLimit; //=> true
 * ```
 */
export function mergeVariation(a: VariationAccumulator, b: VariationAccumulator): VariationAccumulator {
  expectAccumulator(a, ['a']);
  expectAccumulator(b, ['b']);
  return {
    count: a.count + b.count,
    totalWeight: addRational(a.totalWeight, b.totalWeight),
    weightedSum: addRational(a.weightedSum, b.weightedSum),
    weightedSumOfSquares: addRational(a.weightedSumOfSquares, b.weightedSumOfSquares),
  };
}

/**
 * The explained coefficient of variation (差异系数) of an accumulator: the same result as
 * {@link coefficientOfVariation} on the same values (the same exact decision; cv, mean and S
 * correctly rounded to 40 significant digits).
 *
 * @category Statistics
 * @param acc - the accumulator
 * @param options - `limit`, `compareRounded` and the `path` used in errors
 * @returns the explained result
 * @throws {@link DudaoError} `empty` (no values), `zero-total-weight`, `invalid-option`
 * @example
 * ```ts
 * const acc = mergeVariation(
 *   addToVariation(createVariationAccumulator(), 1, 1),
 *   addToVariation(createVariationAccumulator(), 3, 1),
 * );
 * const result = variationResult(acc, { limit: 0.5 });
 * result.cv?.toString(); //=> '0.5'
 * result.withinLimit; //=> true
 * ```
 */
export function variationResult(
  acc: VariationAccumulator,
  options: VariationLimitOptions = {},
): VariationResult {
  expectAccumulator(acc, ['acc']);
  optionsOf(options, { compareRounded: 'number' });
  const path = pathOf(options.path);
  if (acc.count === 0) emptyInput([...path, 'values']);
  const threshold = readThreshold(options, path);
  return resultFromSums(
    acc.totalWeight,
    acc.weightedSum,
    acc.weightedSumOfSquares,
    acc.count,
    threshold,
    path,
  );
}

/**
 * The JSON form of a coefficient of variation (差异系数) accumulator, for sending a shard to
 * another process. Sums are written as reduced fractions, so equal accumulators give equal JSON.
 *
 * @category Statistics
 * @param acc - the accumulator
 * @returns plain JSON data
 * @example
 * ```ts
 * variationAccumulatorToJSON(addToVariation(createVariationAccumulator(), 6.2, 45));
 * //=> { type: 'dudao.variation-accumulator', version: 1, count: 1,
 * //     totalWeight: '45', weightedSum: '279', weightedSumOfSquares: '8649/5' }
 * ```
 */
export function variationAccumulatorToJSON(acc: VariationAccumulator): VariationAccumulatorJSON {
  expectAccumulator(acc, ['acc']);
  return {
    type: 'dudao.variation-accumulator',
    version: 1,
    count: acc.count,
    totalWeight: rationalToString(acc.totalWeight),
    weightedSum: rationalToString(acc.weightedSum),
    weightedSumOfSquares: rationalToString(acc.weightedSumOfSquares),
  };
}

function invalidAccumulator(path: FieldPath, message: string, messageZh: string): never {
  throw dudaoError('invalid-accumulator', path, message, messageZh);
}

function isRational(value: unknown): boolean {
  return (
    typeof value === 'object' &&
    value !== null &&
    typeof (value as Rational).n === 'bigint' &&
    typeof (value as Rational).d === 'bigint' &&
    (value as Rational).d > 0n
  );
}

// An accumulator is checked whole (four fields), so that no arithmetic meets a wrong one.
function expectAccumulator(value: unknown, path: FieldPath): asserts value is VariationAccumulator {
  const acc = value as Partial<VariationAccumulator> | null;
  const ok =
    typeof acc === 'object' &&
    acc !== null &&
    typeof acc.count === 'number' &&
    Number.isSafeInteger(acc.count) &&
    acc.count >= 0 &&
    isRational(acc.totalWeight) &&
    isRational(acc.weightedSum) &&
    isRational(acc.weightedSumOfSquares);
  if (!ok) {
    invalidAccumulator(
      path,
      `must be a variation accumulator from createVariationAccumulator, addToVariation or variationAccumulatorFromJSON (got ${quoteInput(value)})`,
      `必须是由 createVariationAccumulator、addToVariation 或 variationAccumulatorFromJSON 得到的差异系数累加器（实际为 ${quoteInput(value)}）`,
    );
  }
}

/**
 * Reads the JSON form written by {@link variationAccumulatorToJSON}, checking that it is
 * well-formed and consistent (weights and squares not negative, W·Σwx² ≥ (Σwx)²).
 *
 * @category Statistics
 * @param json - parsed JSON data (for example from `JSON.parse`)
 * @param path - where it sits in the input, for errors
 * @returns the accumulator
 * @throws {@link DudaoError} `invalid-accumulator` with the path of the offending field
 * @example
 * ```ts
 * const shard = JSON.stringify(variationAccumulatorToJSON(addToVariation(createVariationAccumulator(), 1, 1)));
 * const local = addToVariation(createVariationAccumulator(), 3, 1);
 * variationResult(mergeVariation(variationAccumulatorFromJSON(JSON.parse(shard)), local)).cv?.toString();
 * //=> '0.5'
 * ```
 */
export function variationAccumulatorFromJSON(json: unknown, path: FieldPath = []): VariationAccumulator {
  pathOf(path, ['path']);
  if (typeof json !== 'object' || json === null) {
    invalidAccumulator(path, 'must be a variation accumulator object', '必须是差异系数累加器对象');
  }
  const data = json as Record<string, unknown>;
  if (data.type !== 'dudao.variation-accumulator' || data.version !== 1) {
    invalidAccumulator(
      [...path, 'type'],
      'must be a dudao variation accumulator, version 1',
      '必须是 dudao 差异系数累加器（第 1 版）',
    );
  }
  const count = data.count;
  if (typeof count !== 'number' || !Number.isSafeInteger(count) || count < 0) {
    invalidAccumulator([...path, 'count'], 'must be a whole number ≥ 0', '必须是非负整数');
  }
  const read = (key: 'totalWeight' | 'weightedSum' | 'weightedSumOfSquares'): Rational => {
    const text = data[key];
    const r = typeof text === 'string' ? rationalFromString(text) : undefined;
    if (r === undefined) {
      invalidAccumulator([...path, key], 'must be a fraction "n/d" or an integer', '必须是分数 "n/d" 或整数');
    }
    return r;
  };
  const totalWeight = read('totalWeight');
  const weightedSum = read('weightedSum');
  const weightedSumOfSquares = read('weightedSumOfSquares');
  const consistent =
    signRational(totalWeight) >= 0 &&
    signRational(weightedSumOfSquares) >= 0 &&
    signRational(
      subRational(mulRational(totalWeight, weightedSumOfSquares), mulRational(weightedSum, weightedSum)),
    ) >= 0 &&
    (count > 0 ||
      (signRational(totalWeight) === 0 &&
        signRational(weightedSum) === 0 &&
        signRational(weightedSumOfSquares) === 0));
  if (!consistent) {
    invalidAccumulator(path, 'has inconsistent sums', '累加和互相矛盾');
  }
  return { count, totalWeight, weightedSum, weightedSumOfSquares };
}

// ---------------------------------------------------------------------------------------------
// Composite from exact sums

/** A non-negative rational whose square root is rational, as that root; otherwise undefined. */
function exactSquareRoot(q: Rational): Rational | undefined {
  const r = reduceRational(q);
  const sn = isqrtBigInt(r.n);
  const sd = isqrtBigInt(r.d);
  return sn * sn === r.n && sd * sd === r.d ? { n: sn, d: sd } : undefined;
}

/**
 * The composite coefficient of variation (综合差异系数) of basic balance 2012, the mean of single
 * CVs, computed from their exact accumulators so that the decision against the limit is exact.
 *
 * Each single CV is √qᵢ with qᵢ = (W·Σwx² − (Σwx)²) ÷ (Σwx)² an exact rational. When every qᵢ is
 * a perfect square the mean is rational and compared exactly. Otherwise the sum of the roots is
 * irrational, so it never equals the (rational) limit, and dudao evaluates it with more and more
 * digits until the comparison is certain.
 *
 * @category Statistics
 * @param accumulators - one accumulator per indicator, each with a positive weighted sum
 * @param options - the limit (and `compareRounded`) for the decision
 * @returns the composite with its components (each to 40 significant digits) and the exact decision
 * @throws {@link DudaoError} when a component has no positive mean (code `zero-mean`)
 * @example
 * ```ts
 * const a = [[1, 3], [1, 2]].map(([x, y]) =>
 *   addToVariation(addToVariation(createVariationAccumulator(), x, 1), y, 1));
 * // CVs 0.5 and 1/3: composite 5/12
 * compositeFromAccumulators(a, { limit: '0.42' }).withinLimit; //=> true
 * ```
 */
export function compositeFromAccumulators(
  accumulators: readonly VariationAccumulator[],
  options: VariationLimitOptions = {},
): CompositeVariationResult {
  optionsOf(options, { compareRounded: 'number' });
  const path = pathOf(options.path);
  expectKind(accumulators, 'array', ['accumulators']);
  eachOf(accumulators, (acc, i) => {
    expectAccumulator(acc, ['accumulators', i]);
  });
  const n = accumulators.length;
  if (n === 0) emptyInput([...path, 'accumulators']);
  const threshold = readThreshold(options, path);
  const squares: Rational[] = [];
  const components: Decimal[] = [];
  let rationalPart = RATIONAL_ZERO;
  const irrational: Rational[] = [];
  accumulators.forEach((acc, i) => {
    if (signRational(acc.weightedSum) <= 0) {
      throw dudaoError(
        'zero-mean',
        [...path, 'accumulators', i],
        'the mean is not positive, so the CV is undefined',
        '均值不为正，差异系数无定义',
      );
    }
    const s1Squared = mulRational(acc.weightedSum, acc.weightedSum);
    const q = divRational(
      subRational(mulRational(acc.totalWeight, acc.weightedSumOfSquares), s1Squared),
      s1Squared,
    );
    squares.push(q);
    const root = exactSquareRoot(q);
    if (root === undefined) {
      irrational.push(q);
      components.push(rationalSqrtToDecimal(q, RESULT_DIGITS));
    } else {
      rationalPart = addRational(rationalPart, root);
      components.push(exactDecimal(root));
    }
  });
  const count: Rational = { n: BigInt(n), d: 1n };
  let sumAt40 = rationalPart;
  for (const q of irrational)
    sumAt40 = addRational(sumAt40, rationalFromDecimal(rationalSqrtToDecimal(q, RESULT_DIGITS)));
  const cv =
    irrational.length === 0
      ? exactDecimal(divRational(rationalPart, count))
      : rationalToDecimal(divRational(sumAt40, count), RESULT_DIGITS);
  const base = { cv: cv.toNumber(), count: n, components: components.map((c) => c.toNumber()) };
  if (threshold === undefined) return base;
  if (irrational.length === 0) {
    const mean = divRational(rationalPart, count);
    return {
      ...base,
      limit: threshold.limit.toNumber(),
      withinLimit: cvWithinLimitExactly({ value: mean }, threshold.cv),
    };
  }
  // A sum with an irrational root never equals the rational bound, so `<` and `≤` agree.
  const target = mulRational(threshold.cv.bound, count);
  // Σ√qᵢ (some irrational) ≠ target: refine until the error bound separates them.
  for (let digits = 50; ; digits *= 2) {
    let sum = rationalPart;
    let bound = RATIONAL_ZERO;
    for (const q of irrational) {
      const approx = rationalFromDecimal(rationalSqrtToDecimal(q, digits));
      sum = addRational(sum, approx);
      // a correctly rounded root is within half a unit in its last (digits-th) place
      bound = addRational(bound, mulRational(approx, { n: 1n, d: pow10(digits - 1) }));
    }
    const diff = subRational(sum, target);
    const absDiff = signRational(diff) < 0 ? negateRational(diff) : diff;
    if (compareRational(absDiff, bound) > 0 || digits >= 6400) {
      return { ...base, limit: threshold.limit.toNumber(), withinLimit: signRational(diff) < 0 };
    }
  }
}
