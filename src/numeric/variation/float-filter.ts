/**
 * The floating-point fast path (filter) of the coefficient of variation (差异系数): compensated
 * sums with a rigorous, padded error bound, in the adaptive-precision manner of robust geometric
 * predicates. It answers only when the bound guarantees 12 significant digits and the side of the
 * limit, and returns undefined otherwise, so that the caller falls back to the exact path.
 * @module
 */
import type { FieldPath } from '../../error.js';
import { cvWithinLimitFiltered } from '../decide.js';
import { DECIMAL_STRING, type Decimal, type DecimalInput } from '../decimal.js';
import { exactDecimal, exactWeightSum, withDecision } from './exact.js';
import {
  checkLists,
  isRatio,
  readDecimal,
  readRatio,
  readThreshold,
  type Threshold,
  zeroTotalWeight,
} from './input.js';
import type { VariationLimitOptions, VariationResult, VariationValue } from './types.js';

// ---------------------------------------------------------------------------------------------
// Floating-point fast path

const U = 2 ** -53; // unit roundoff of binary64
const HUGE = 1e90; // inputs are kept in [1e-90, 1e90] (or 0) so no product over- or underflows
const TINY = 1e-90;
const ETA = 1e-323; // ≥ 2η, η = 2⁻¹⁰⁷⁴: the absolute error of a subnormal result or input
const NORMAL = 1e-290; // results below this (but non-zero) may be subnormal: use the exact path
const SAFETY = 4; // the first-order bound below is multiplied by this
const ACCURACY = 4e-13; // relative error that still guarantees 12 significant digits
const DISPLAY = 1e-14; // margin for the 15-digit rounding of reported values
const MAX_FAST_COUNT = 1e9;

const BLOCK = 32; // terms summed plainly before a block sum is added with compensation (literal in loops)

interface FirstPass {
  /** Index of the first element that is not a plain in-range number; -1 when all are. */
  readonly stop: number;
  readonly totalWeight: number;
  readonly weightedSum: number;
  readonly hasNegative: boolean;
  readonly integerWeights: boolean;
}

function stopAt(i: number): FirstPass {
  return { stop: i, totalWeight: 0, weightedSum: 0, hasNegative: false, integerWeights: false };
}

// Σw and Σwx summed plainly in blocks of 32 terms, the block sums added with Neumaier's
// compensated summation (error ≤ (BLOCK + 2)·u·Σ|terms| + 2u·|sum|, independent of n). No
// allocation, no conversion: a typeof check and a range check per element, both predictable.
// This version takes the common case only (values in [0, 1e90], weights whole numbers below 2³²)
// and stops at anything else; the checks use literals, not module constants, because V8 re-reads
// those on every iteration. Tiny (even subnormal) values are allowed here: with weights ≥ 1 their
// absolute errors (≤ η per operation, η = 2⁻¹⁰⁷⁴) are covered by the η terms of the bound.
function commonFirstPass(xs: ArrayLike<unknown>, ws: ArrayLike<unknown>, n: number): FirstPass {
  let sw = 0;
  let cw = 0;
  let sa = 0;
  let ca = 0;
  for (let start = 0; start < n; start += 32) {
    const end = Math.min(start + 32, n);
    let bw = 0;
    let ba = 0;
    for (let i = start; i < end; i++) {
      const x = xs[i];
      const w = ws[i];
      if (typeof x !== 'number' || typeof w !== 'number') return stopAt(i);
      // x in [0, 1e90] (NaN fails); w a whole number in [0, 2³²) (negatives, fractions and NaN fail)
      if (!(x >= 0 && x <= 1e90) || w >>> 0 !== w) return stopAt(i);
      bw += w;
      ba += w * x;
    }
    let t = sw + bw;
    cw += sw >= bw ? sw - t + bw : bw - t + sw;
    sw = t;
    t = sa + ba;
    ca += sa >= ba ? sa - t + ba : ba - t + sa;
    sa = t;
  }
  return { stop: -1, totalWeight: sw + cw, weightedSum: sa + ca, hasNegative: false, integerWeights: true };
}

// The same sums for any plain numbers in range: negative values, fractional weights.
function generalFirstPass(xs: ArrayLike<unknown>, ws: ArrayLike<unknown>, n: number): FirstPass {
  let sw = 0;
  let cw = 0;
  let sa = 0;
  let ca = 0;
  let hasNegative = false;
  let integerWeights = true;
  for (let start = 0; start < n; start += 32) {
    const end = Math.min(start + 32, n);
    let bw = 0;
    let ba = 0;
    for (let i = start; i < end; i++) {
      const x = xs[i];
      const w = ws[i];
      if (typeof x !== 'number' || typeof w !== 'number') return stopAt(i);
      const ax = Math.abs(x);
      if (!(ax <= 1e90) || (ax < 1e-90 && ax !== 0)) return stopAt(i);
      if (!(w >= 1e-90 && w <= 1e90) && w !== 0) return stopAt(i);
      if (x < 0) hasNegative = true;
      if (Math.floor(w) !== w || w > 2 ** 53) integerWeights = false;
      bw += w;
      ba += w * x;
    }
    let t = sw + bw;
    cw += sw >= bw ? sw - t + bw : bw - t + sw;
    sw = t;
    t = sa + ba;
    ca += Math.abs(sa) >= Math.abs(ba) ? sa - t + ba : ba - t + sa;
    sa = t;
  }
  return { stop: -1, totalWeight: sw + cw, weightedSum: sa + ca, hasNegative, integerWeights };
}

function firstPass(xs: ArrayLike<unknown>, ws: ArrayLike<unknown>, n: number): FirstPass {
  const common = commonFirstPass(xs, ws, n);
  return common.stop < 0 ? common : generalFirstPass(xs, ws, n);
}

// Σw|x|, plainly: only for the error bound, only when some value is negative (otherwise it is
// Σwx itself).
function absoluteSum(xs: ArrayLike<unknown>, ws: ArrayLike<unknown>, n: number): number {
  let s = 0;
  for (let i = 0; i < n; i++) s += (ws[i] as number) * Math.abs(xs[i] as number);
  return s;
}

// Σw(x − mean)², blocked and compensated as above. Every element is a plain in-range number.
function secondPass(xs: ArrayLike<unknown>, ws: ArrayLike<unknown>, n: number, mean: number): number {
  let s = 0;
  let c = 0;
  for (let start = 0; start < n; start += 32) {
    const end = Math.min(start + 32, n);
    let b = 0;
    for (let i = start; i < end; i++) {
      const d = (xs[i] as number) - mean;
      b += (ws[i] as number) * d * d;
    }
    const t = s + b;
    c += s >= b ? s - t + b : b - t + s;
    s = t;
  }
  return s + c;
}

function inRange(x: number): boolean {
  const ax = Math.abs(x);
  return ax <= HUGE && (ax >= TINY || ax === 0);
}

interface Materialized {
  readonly xs: readonly number[];
  readonly ws: readonly number[];
  /** Every weight is an integer ≤ 2⁵³, so the float sum of weights is exact when ≤ 2⁵³. */
  readonly integerWeights: boolean;
  /** Some value was a Ratio (its float carries up to 5 roundings instead of 1). */
  readonly hasRatio: boolean;
  /** Every float is within [1e-90, 1e90] or zero, and non-zero exactly when its decimal is. */
  readonly inRange: boolean;
}

// The decimal's float, or NaN when that float is out of the fast path's range.
function floatOf(value: Decimal): number {
  const f = value.toNumber();
  return inRange(f) && (f !== 0) === !value.isZero() ? f : Number.NaN;
}

// A ratio part given as a number or a decimal string as its nearest double (one rounding),
// without making a Decimal; NaN when it is neither, or when its double is out of the fast path's
// range or 0 for a non-zero decimal: the caller then reads it with full checks.
function partFloat(v: unknown): number {
  let f: number;
  if (typeof v === 'number') f = v;
  else if (typeof v === 'string' && DECIMAL_STRING.test(v)) {
    f = Number(v);
    if (f === 0 && /[1-9]/.test(v.replace(/[eE].*$/, ''))) return Number.NaN;
  } else return Number.NaN;
  return Number.isFinite(f) && inRange(f) ? f : Number.NaN;
}

// Validates every element (throwing with its path) and converts it to a float. Used only when
// some element is not a plain number, or something needs a closer look.
function materialize(
  values: ArrayLike<unknown>,
  weights: ArrayLike<unknown>,
  n: number,
  path: FieldPath,
): Materialized {
  // Plain arrays of doubles, filled in order: allocated in the JS heap (a typed array of this size
  // would get an off-heap buffer, slower to make and to collect for the ~35 values of a CV).
  const xs: number[] = [];
  const ws: number[] = [];
  let integerWeights = true;
  let hasRatio = false;
  let allInRange = true;
  for (let i = 0; i < n; i++) {
    const v = values[i];
    let x: number;
    if (typeof v === 'number' && Number.isFinite(v)) {
      x = inRange(v) ? v : Number.NaN;
    } else if (isRatio(v)) {
      hasRatio = true;
      const rn = v.numerator;
      const rd = v.denominator;
      const rs = v.scale ?? 1;
      let num: number;
      let den: number;
      let scale: number;
      if (
        typeof rn === 'number' &&
        typeof rd === 'number' &&
        typeof rs === 'number' &&
        Number.isFinite(rn) &&
        Number.isFinite(rd) &&
        Number.isFinite(rs) &&
        rd !== 0
      ) {
        // Plain numbers (the usual case): no Decimal round trip.
        num = inRange(rn) ? rn : Number.NaN;
        den = inRange(rd) ? rd : Number.NaN;
        scale = inRange(rs) ? rs : Number.NaN;
      } else {
        // Decimal strings (as results write exact fractions) are read as floats, no Decimal made;
        // anything else (or a zero denominator) is read with full checks.
        num = partFloat(rn);
        den = partFloat(rd);
        scale = partFloat(rs);
        if (Number.isNaN(num) || Number.isNaN(den) || Number.isNaN(scale) || den === 0) {
          const parts = readRatio(v, [...path, 'values', i]);
          num = floatOf(parts.numerator);
          den = floatOf(parts.denominator);
          scale = parts.scale === undefined ? 1 : floatOf(parts.scale);
        }
      }
      x = (num / den) * scale;
      if (!inRange(x) || (x === 0 && num !== 0 && scale !== 0)) x = Number.NaN;
    } else {
      x = floatOf(readDecimal(v, [...path, 'values', i], false));
    }
    const rawWeight = weights[i];
    let w: number;
    if (typeof rawWeight === 'number' && Number.isFinite(rawWeight) && rawWeight >= 0) {
      w = inRange(rawWeight) ? rawWeight : Number.NaN;
      if (!Number.isInteger(rawWeight) || rawWeight > 2 ** 53) integerWeights = false;
    } else {
      const weight = readDecimal(rawWeight, [...path, 'weights', i], true);
      w = floatOf(weight);
      if (!weight.isInteger() || weight.gt(2 ** 53)) integerWeights = false;
    }
    if (Number.isNaN(x) || Number.isNaN(w)) allInRange = false;
    xs.push(x);
    ws.push(w);
  }
  return { xs, ws, integerWeights, hasRatio, inRange: allInRange };
}

/**
 * The floating-point fast path of {@link coefficientOfVariation} on its own: its answer when its
 * error bound guarantees 12 correct significant digits and the exact decision, `undefined` when
 * the exact path is needed. Input errors are thrown as by `coefficientOfVariation`.
 *
 * @internal
 * @category Statistics
 * @param values - the values xᵢ
 * @param weights - the weights wᵢ
 * @param options - limit, rounding rule and path
 * @returns the fast result, or `undefined`
 * @example
 * ```ts
 * floatCoefficientOfVariation([1, 3], [1, 1], { limit: 0.5 }); //=> undefined (cv is on the limit)
 * ```
 */
export function floatCoefficientOfVariation(
  values: ArrayLike<VariationValue>,
  weights: ArrayLike<DecimalInput>,
  options: VariationLimitOptions = {},
): VariationResult | undefined {
  const path = options.path ?? [];
  const n = checkLists(values, weights, path);
  return fastResult(values, weights, n, path, readThreshold(options, path));
}

export function fastResult(
  values: ArrayLike<unknown>,
  weights: ArrayLike<unknown>,
  n: number,
  path: FieldPath,
  threshold: Threshold | undefined,
): VariationResult | undefined {
  if (n > MAX_FAST_COUNT) return undefined;
  let xs: ArrayLike<unknown> = values;
  let ws: ArrayLike<unknown> = weights;
  let first = firstPass(xs, ws, n);
  let integerWeights = first.integerWeights;
  let inputError = 1.01 * U; // a number, decimal string or Decimal read as a float: one rounding
  if (first.stop >= 0) {
    const m = materialize(values, weights, n, path);
    if (!m.inRange) return undefined;
    xs = m.xs;
    ws = m.ws;
    first = firstPass(xs, ws, n);
    if (first.stop >= 0) return undefined;
    integerWeights = m.integerWeights;
    if (m.hasRatio) inputError = 6 * U; // numerator, denominator, scale, ÷ and ×
  }
  const W = first.totalWeight;
  if (W === 0) zeroTotalWeight([...path, 'weights']); // every weight is exactly 0 here
  const A = first.weightedSum;
  const mean = A / W;
  const Q = secondPass(xs, ws, n, mean);
  const variance = Q / W;
  const S = Math.sqrt(variance);
  const absMean = Math.abs(mean);
  if (!(absMean >= NORMAL) || !(variance >= NORMAL)) return undefined;

  // A rigorous first-order error bound, padded by SAFETY (higher-order terms are far below the
  // padding because every accepted relative error is below 1e-12). Notation: a, b bound the
  // relative error of a value / weight read as a float; sumError that of a blocked compensated
  // sum relative to the sum of its terms' magnitudes; P1 = Σw|x| and P2 = Σwx², padded by 1 %.
  const a = inputError;
  const b = 1.01 * U;
  const sumError = (BLOCK + 2) * U + 4 * (n / BLOCK + 2) * U * U;
  const P1 = (first.hasNegative ? absoluteSum(xs, ws, n) : Math.abs(A)) * 1.01;
  const errW = (b + sumError + 2 * U) * W;
  // Error of the computed mean against the exact weighted mean of the floats (m̂) ...
  const errMeanOfFloats =
    ((b + U + sumError) * P1 + 2 * U * Math.abs(A) + (P1 / W) * errW + n * ETA) / W + U * absMean;
  // ... and against the exact weighted mean of the decimals.
  const errMean = SAFETY * (errMeanOfFloats + (a * P1) / W + ETA);
  // Σwx² = Σw(x − m̂)² + W·m̂² ≤ Q + W·(|mean| + error)², Q computed around the inexact mean
  // being an overestimate of Σw(x − m̂)².
  const meanBound = absMean + errMeanOfFloats;
  const P2 = (Q * 1.01 + W * meanBound * meanBound) * 1.01;
  // √Q: reading the values as floats moves the centred norm by at most a·√P2; computing around
  // the inexact mean adds W·(m̂ − mean)² to Q (second order); the weights' rounding, the
  // subtraction and products (4u) and the sum of the second pass cost a relative
  // (b + 4u + sumError + 2u)/2 + u; underflow at most 3e-308 per term, and a subnormal value
  // (common path only) is off its decimal by at most η.
  const rootQ = Math.sqrt(Q);
  const errRootQ =
    a * Math.sqrt(P2) +
    (W * errMeanOfFloats * errMeanOfFloats) / (0.99 * rootQ) +
    ((b + 6 * U + sumError) / 2 + U) * rootQ +
    Math.sqrt(W) * ETA +
    (n * 3e-308 + (n + W) * ETA) / rootQ;
  const errS = SAFETY * (errRootQ / Math.sqrt(W) + S * (2 * U + errW / (2 * W)));
  if (!(errMean <= ACCURACY * absMean) || !(errS <= ACCURACY * S)) return undefined;

  const totalWeight =
    integerWeights && W <= 2 ** 53 ? W : exactDecimal(exactWeightSum(weights, n, path)).toNumber();
  if (mean < 0) {
    const base = { mean: reported(mean), standardDeviation: reported(S), count: n, totalWeight };
    return withDecision({ cv: null, ...base, reason: 'negative-mean' }, threshold, null);
  }

  const cv = S / mean;
  const errCv = SAFETY * ((errS + cv * errMean) / absMean + U * cv);
  if (!(errCv <= ACCURACY * cv) || !(cv >= NORMAL)) return undefined;
  if (threshold === undefined) return fastVariationResult(cv, mean, S, n, totalWeight, undefined);
  // The reported CV (15 significant digits) must fall on the same side as the decision.
  const error = errCv + DISPLAY * Math.max(cv, Math.abs(threshold.cv.float));
  const withinLimit = cvWithinLimitFiltered(cv, error, threshold.cv);
  if (withinLimit === undefined) return undefined;
  return fastVariationResult(cv, mean, S, n, totalWeight, { limit: threshold.limit, withinLimit });
}

// A float of the fast path as reported: rounded to 15 significant digits (all correct to 12 by
// the bound above), so that a mean of 23.4 reads 23.4 rather than the last bits of its sums.
function reported(x: number): number {
  return Number(x.toPrecision(15));
}

// The fast path's result, its CV on the same side of the limit as the exact CV.
function fastVariationResult(
  cv: number,
  mean: number,
  standardDeviation: number,
  count: number,
  totalWeight: number,
  decision: { readonly limit: Decimal; readonly withinLimit: boolean } | undefined,
): VariationResult {
  const base = { cv: reported(cv), mean: reported(mean), standardDeviation: reported(standardDeviation) };
  if (decision === undefined) return { ...base, count, totalWeight };
  return {
    ...base,
    count,
    totalWeight,
    limit: decision.limit.toNumber(),
    withinLimit: decision.withinLimit,
  };
}
