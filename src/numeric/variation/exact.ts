/**
 * The exact path of the coefficient of variation (差异系数): sums as BigInt rationals and the
 * explained result from exact sums, with the decision against the limit taken exactly.
 * @module
 */
import type { FieldPath } from '../../error.js';
import { cvWithinLimitExactly } from '../decide.js';
import { Decimal } from '../decimal.js';
import {
  addRational,
  divRational,
  mulRational,
  RATIONAL_ZERO,
  type Rational,
  rationalSqrtToDecimal,
  rationalToDecimal,
  reduceRational,
  signRational,
  subRational,
} from '../rational.js';
import { type Threshold, valueToRational, weightToRational, zeroTotalWeight } from './input.js';
import type { VariationReason, VariationResult } from './types.js';

// ---------------------------------------------------------------------------------------------
// Results from exact sums

export const RESULT_DIGITS = 40;

// A sum of decimals has a power-of-ten denominator: write it out with every digit.
export function exactDecimal(r: Rational): Decimal {
  const reduced = reduceRational(r);
  const d = reduced.d.toString();
  if (/^10*$/.test(d)) return new Decimal(`${reduced.n.toString()}e-${d.length - 1}`);
  return rationalToDecimal(reduced, RESULT_DIGITS);
}

export function withDecision(
  base: Omit<VariationResult, 'limit' | 'withinLimit'>,
  threshold: Threshold | undefined,
  withinLimit: boolean | null,
): VariationResult {
  if (threshold === undefined) return base;
  return { ...base, limit: threshold.limit.toNumber(), withinLimit };
}

export function resultFromSums(
  totalWeight: Rational,
  weightedSum: Rational,
  weightedSumOfSquares: Rational,
  count: number,
  threshold: Threshold | undefined,
  path: FieldPath,
): VariationResult {
  const W = reduceRational(totalWeight);
  const A = reduceRational(weightedSum);
  const B = reduceRational(weightedSumOfSquares);
  if (signRational(W) === 0) zeroTotalWeight([...path, 'weights']);
  // W²·Var = W·Σwx² − (Σwx)² ≥ 0 (Cauchy–Schwarz, weights ≥ 0).
  const varianceNumerator = reduceRational(subRational(mulRational(W, B), mulRational(A, A)));
  const mean = rationalToDecimal(divRational(A, W), RESULT_DIGITS);
  const standardDeviation = rationalSqrtToDecimal(
    divRational(varianceNumerator, mulRational(W, W)),
    RESULT_DIGITS,
  );
  // Reported as the nearest doubles; the decision below is taken on the exact sums.
  const base = {
    mean: mean.toNumber(),
    standardDeviation: standardDeviation.toNumber(),
    count,
    totalWeight: exactDecimal(W).toNumber(),
  };
  const meanSign = signRational(A);
  if (meanSign <= 0) {
    const reason: VariationReason = meanSign === 0 ? 'zero-mean' : 'negative-mean';
    return withDecision({ cv: null, ...base, reason }, threshold, null);
  }
  const cv = rationalSqrtToDecimal(divRational(varianceNumerator, mulRational(A, A)), RESULT_DIGITS);
  const within =
    threshold === undefined
      ? null
      : cvWithinLimitExactly({ varianceNumerator, weightedSum: A }, threshold.cv);
  return withDecision({ cv: cv.toNumber(), ...base }, threshold, within);
}

export interface ExactSums {
  readonly totalWeight: Rational;
  readonly weightedSum: Rational;
  readonly weightedSumOfSquares: Rational;
}

export function exactSums(
  values: ArrayLike<unknown>,
  weights: ArrayLike<unknown>,
  n: number,
  path: FieldPath,
): ExactSums {
  let totalWeight = RATIONAL_ZERO;
  let weightedSum = RATIONAL_ZERO;
  let weightedSumOfSquares = RATIONAL_ZERO;
  for (let i = 0; i < n; i++) {
    const x = valueToRational(values[i], [...path, 'values', i]);
    const w = weightToRational(weights[i], [...path, 'weights', i]);
    const wx = mulRational(w, x);
    totalWeight = addRational(totalWeight, w);
    weightedSum = addRational(weightedSum, wx);
    weightedSumOfSquares = addRational(weightedSumOfSquares, mulRational(wx, x));
  }
  return { totalWeight, weightedSum, weightedSumOfSquares };
}

export function exactWeightSum(weights: ArrayLike<unknown>, n: number, path: FieldPath): Rational {
  let sum = RATIONAL_ZERO;
  for (let i = 0; i < n; i++) sum = addRational(sum, weightToRational(weights[i], [...path, 'weights', i]));
  return sum;
}
