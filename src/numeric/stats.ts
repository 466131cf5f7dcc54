/**
 * The enrolment-weighted coefficient of variation (差异系数) of the national supervision
 * standards, with exact threshold decisions, and a mergeable accumulator of exact sums so that
 * shards computed elsewhere combine into the same answer.
 *
 * How it stays exact and fast (the adaptive-precision idea of robust geometric predicates): a
 * floating-point pass with compensated summation computes the result and a rigorous, generously
 * padded error bound. When the bound guarantees 12 correct significant digits and the side of the
 * limit, that answer is returned; otherwise the sums are recomputed as exact rationals and the
 * decision `W·Σwx² − (Σwx)² ≤ L²·(Σwx)²` is taken exactly.
 * @module
 */
import { dudaoError, type FieldPath } from '../error.js';
import { type CvLimit, cvLimitOf, cvWithinLimitExactly, cvWithinLimitFiltered } from './decide.js';
import { Decimal, type DecimalInput, isDecimal, toDecimal } from './decimal.js';
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
} from './rational.js';

// ---------------------------------------------------------------------------------------------
// Public types

/**
 * A value given as a ratio, `numerator ÷ denominator × scale` (scale defaults to 1), so that a
 * per-pupil figure such as 137 books for 37 pupils is exact rather than a rounded 3.7027.
 *
 * @category Statistics
 * @example
 * ```ts
 * const booksPerPupil: Ratio = { numerator: 137, denominator: 37 };
 * const computersPer100: Ratio = { numerator: 61, denominator: 580, scale: 100 };
 * ```
 */
export type Ratio = {
  /** The numerator, e.g. a school's books. */
  readonly numerator: DecimalInput;
  /** The denominator, not zero, e.g. the school's pupils. */
  readonly denominator: DecimalInput;
  /** A factor applied to the quotient, e.g. `100` for "per 100 pupils". Default 1. */
  readonly scale?: DecimalInput;
};

/**
 * One school's value in a coefficient of variation (差异系数): a quantity or an exact
 * {@link Ratio}.
 *
 * @category Statistics
 * @example
 * ```ts
 * const values: VariationValue[] = [6.2, '3.7027', { numerator: 935, denominator: 89 }];
 * ```
 */
export type VariationValue = DecimalInput | Ratio;

/**
 * The limit a coefficient of variation (差异系数) is compared with, and how.
 *
 * @category Statistics
 * @example
 * ```ts
 * const primary2017: VariationLimitOptions = { limit: '0.50' };
 * const publishedFigure: VariationLimitOptions = { limit: '0.50', compareRounded: 3 };
 * ```
 */
export interface VariationLimitOptions {
  /** The largest acceptable CV (`cv ≤ limit` meets it). Not negative. */
  readonly limit?: DecimalInput;
  /**
   * Compare the CV rounded half up to this many decimals instead of the exact CV (for
   * jurisdictions that compare the published figure). An integer from 0 to 100. Used only with
   * `limit`.
   */
  readonly compareRounded?: number;
  /** Where the input sits, for error paths. Default: the root. */
  readonly path?: FieldPath;
}

/**
 * Options of {@link coefficientOfVariation}.
 *
 * @category Statistics
 * @example
 * ```ts
 * const options: CoefficientOfVariationOptions = { limit: 0.5, path: ['primary', 'books'] };
 * ```
 */
export interface CoefficientOfVariationOptions extends VariationLimitOptions {
  /**
   * Skip the floating-point fast path and compute from exact sums. The result is the same
   * (to 12 significant digits; the decision exactly); tests use this to prove it.
   * @internal
   */
  readonly exact?: boolean;
}

/**
 * Why a coefficient of variation (差异系数) has no value: the weighted mean is zero
 * (`'zero-mean'`), or negative (`'negative-mean'`: a CV of data with a negative mean is not
 * meaningful for the standards, so dudao reports none rather than guess a sign convention).
 *
 * @category Statistics
 * @example
 * ```ts
 * const reason: VariationReason = 'zero-mean';
 * ```
 */
export type VariationReason = 'zero-mean' | 'negative-mean';

/**
 * An explained coefficient of variation (差异系数): the CV with the mean and standard deviation
 * it comes from, and, when a limit was given, the exact decision.
 *
 * `cv`, `mean` and `standardDeviation` are correct to at least 12 significant digits (up to 40
 * when the exact path was needed); `totalWeight` is exact; `withinLimit` is always exact.
 *
 * @category Statistics
 * @example
 * ```ts
 * const result: VariationResult = coefficientOfVariation([1, 3], [1, 1], { limit: 0.5 });
 * result.cv?.toString(); //=> '0.5'
 * result.withinLimit; //=> true
 * ```
 */
export interface VariationResult {
  /** S / mean; `null` when the mean is zero or negative (see `reason`). */
  readonly cv: Decimal | null;
  /** The weighted mean Σwᵢxᵢ / W. */
  readonly mean: Decimal;
  /** The weighted population standard deviation S = √(Σ(wᵢ/W)(xᵢ − mean)²). */
  readonly standardDeviation: Decimal;
  /** How many values were given (including those with weight 0). */
  readonly count: number;
  /** W = Σwᵢ, exact. */
  readonly totalWeight: Decimal;
  /** Present when `cv` is `null`: why. */
  readonly reason?: VariationReason;
  /** The limit compared with, when one was given. */
  readonly limit?: Decimal;
  /**
   * Present when a limit was given: whether `cv ≤ limit` (or, with `compareRounded: k`, whether
   * the CV rounded half up to k decimals is ≤ limit), decided exactly. `null` when `cv` is `null`.
   */
  readonly withinLimit?: boolean | null;
}

/**
 * An explained composite coefficient of variation (综合差异系数) of the 2012 basic-balance
 * method: the arithmetic mean of the single CVs.
 *
 * @category Statistics
 * @example
 * ```ts
 * const result: CompositeVariationResult = compositeCoefficientOfVariation([0.4, 0.6], { limit: 0.65 });
 * result.cv.toString(); //=> '0.5'
 * ```
 */
export interface CompositeVariationResult {
  /** The arithmetic mean of the components. */
  readonly cv: Decimal;
  /** How many single CVs were averaged. */
  readonly count: number;
  /** The single CVs, as read. */
  readonly components: readonly Decimal[];
  /** The limit compared with, when one was given. */
  readonly limit?: Decimal;
  /** Present when a limit was given: whether `cv ≤ limit` (or its rounded form, see options). */
  readonly withinLimit?: boolean;
}

/**
 * The running state of a coefficient of variation (差异系数) computed piece by piece: the count
 * and the exact sums W = Σwᵢ, Σwᵢxᵢ and Σwᵢxᵢ², each an exact rational `n / d` (`d > 0`, not
 * necessarily reduced). Plain data: create it with {@link createVariationAccumulator}, grow it
 * with {@link addToVariation} and {@link mergeVariation}, move it between processes with
 * {@link variationAccumulatorToJSON}.
 *
 * @category Statistics
 * @example
 * ```ts
 * const acc: VariationAccumulator = addToVariation(createVariationAccumulator(), 6.2, 45);
 * acc.count; //=> 1
 * ```
 */
export interface VariationAccumulator {
  /** How many values were added. */
  readonly count: number;
  /** W = Σwᵢ. */
  readonly totalWeight: {
    /** Numerator. */
    readonly n: bigint;
    /** Denominator, positive. */
    readonly d: bigint;
  };
  /** Σwᵢxᵢ. */
  readonly weightedSum: {
    /** Numerator (carries the sign). */
    readonly n: bigint;
    /** Denominator, positive. */
    readonly d: bigint;
  };
  /** Σwᵢxᵢ². */
  readonly weightedSumOfSquares: {
    /** Numerator. */
    readonly n: bigint;
    /** Denominator, positive. */
    readonly d: bigint;
  };
}

/**
 * The JSON form of a {@link VariationAccumulator}: exact sums as reduced fractions `"n/d"`
 * (or integers `"n"`), so nothing is lost in transit.
 *
 * @category Statistics
 * @example
 * ```ts
 * const json: VariationAccumulatorJSON = {
 *   type: 'dudao.variation-accumulator',
 *   version: 1,
 *   count: 1,
 *   totalWeight: '45',
 *   weightedSum: '279',
 *   weightedSumOfSquares: '8649/5', // 45 × 6.2² = 1729.8
 * };
 * ```
 */
export interface VariationAccumulatorJSON {
  /** Always `'dudao.variation-accumulator'`. */
  readonly type: 'dudao.variation-accumulator';
  /** Format version, `1`. */
  readonly version: 1;
  /** How many values were added. */
  readonly count: number;
  /** W as `"n/d"`. */
  readonly totalWeight: string;
  /** Σwᵢxᵢ as `"n/d"`. */
  readonly weightedSum: string;
  /** Σwᵢxᵢ² as `"n/d"`. */
  readonly weightedSumOfSquares: string;
}

// ---------------------------------------------------------------------------------------------
// Input reading

const MAX_DECIMAL_EXPONENT = 10_000;

function outOfRange(path: FieldPath, shown: string): never {
  throw dudaoError(
    'out-of-range',
    path,
    `is too large or too small (got ${shown}; magnitudes beyond 1e±${MAX_DECIMAL_EXPONENT} are not supported)`,
    `数值过大或过小（实际为 ${shown}；不支持超出 1e±${MAX_DECIMAL_EXPONENT} 的数量级）`,
  );
}

// toDecimal, plus finiteness (a string such as '1e99999999999999999' reads as Infinity) and an
// exponent range in which exact rational arithmetic stays practical.
function readDecimal(input: unknown, path: FieldPath, nonNegative: boolean): Decimal {
  const value = toDecimal(input, { path, nonNegative });
  if (!value.isFinite()) {
    throw dudaoError(
      'not-finite',
      path,
      `must be a finite number (got ${String(input)})`,
      `必须是有限数值（实际为 ${String(input)}）`,
    );
  }
  if (!value.isZero() && Math.abs(value.e) > MAX_DECIMAL_EXPONENT) outOfRange(path, String(input));
  return value;
}

function isRatio(input: unknown): input is Ratio {
  return typeof input === 'object' && input !== null && !isDecimal(input) && 'numerator' in input;
}

function zeroDenominator(path: FieldPath): never {
  throw dudaoError(
    'zero-denominator',
    path,
    'must not be zero (a ratio’s denominator)',
    '比值的分母不能为零',
  );
}

interface RatioParts {
  readonly numerator: Decimal;
  readonly denominator: Decimal;
  readonly scale: Decimal | undefined;
}

function readRatio(ratio: Ratio, path: FieldPath): RatioParts {
  const numerator = readDecimal(ratio.numerator, [...path, 'numerator'], false);
  const denominator = readDecimal(ratio.denominator, [...path, 'denominator'], false);
  if (denominator.isZero()) zeroDenominator([...path, 'denominator']);
  const scale = ratio.scale === undefined ? undefined : readDecimal(ratio.scale, [...path, 'scale'], false);
  return { numerator, denominator, scale };
}

function valueToRational(input: unknown, path: FieldPath): Rational {
  if (typeof input === 'number' && Number.isFinite(input)) return rationalFromDecimal(input);
  if (isRatio(input)) {
    const parts = readRatio(input, path);
    const quotient = divRational(
      rationalFromDecimal(parts.numerator),
      rationalFromDecimal(parts.denominator),
    );
    return parts.scale === undefined ? quotient : mulRational(quotient, rationalFromDecimal(parts.scale));
  }
  return rationalFromDecimal(readDecimal(input, path, false));
}

function weightToRational(input: unknown, path: FieldPath): Rational {
  if (typeof input === 'number' && Number.isFinite(input) && input >= 0) return rationalFromDecimal(input);
  return rationalFromDecimal(readDecimal(input, path, true));
}

// ---------------------------------------------------------------------------------------------
// Thresholds

// A limit as given (for results) and prepared for the decision seam (numeric/decide.ts).
interface Threshold {
  readonly limit: Decimal;
  readonly cv: CvLimit;
}

function readThreshold(options: VariationLimitOptions, path: FieldPath): Threshold | undefined {
  if (options.limit === undefined) return undefined;
  const limit = readDecimal(options.limit, [...path, 'limit'], true);
  const k = options.compareRounded;
  if (k !== undefined && (!Number.isInteger(k) || k < 0 || k > 100)) {
    throw dudaoError(
      'invalid-option',
      [...path, 'compareRounded'],
      `must be a whole number of decimals from 0 to 100 (got ${String(k)})`,
      `必须是 0 到 100 之间的整数位小数（实际为 ${String(k)}）`,
    );
  }
  return { limit, cv: cvLimitOf(limit, k) };
}

// ---------------------------------------------------------------------------------------------
// Results from exact sums

const RESULT_DIGITS = 40;

// A sum of decimals has a power-of-ten denominator: write it out with every digit.
function exactDecimal(r: Rational): Decimal {
  const reduced = reduceRational(r);
  const d = reduced.d.toString();
  if (/^10*$/.test(d)) return new Decimal(`${reduced.n.toString()}e-${d.length - 1}`);
  return rationalToDecimal(reduced, RESULT_DIGITS);
}

function zeroTotalWeight(path: FieldPath): never {
  throw dudaoError(
    'zero-total-weight',
    path,
    'the weights add up to zero, so there is no weighted mean',
    '权重之和为零，无法计算加权平均',
  );
}

function emptyInput(path: FieldPath): never {
  throw dudaoError('empty', path, 'needs at least one value', '至少需要一个数值');
}

function withDecision(
  base: Omit<VariationResult, 'limit' | 'withinLimit'>,
  threshold: Threshold | undefined,
  withinLimit: boolean | null,
): VariationResult {
  if (threshold === undefined) return base;
  return { ...base, limit: threshold.limit, withinLimit };
}

function resultFromSums(
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
  const base = { mean, standardDeviation, count, totalWeight: exactDecimal(W) };
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
  return withDecision({ cv, ...base }, threshold, within);
}

interface ExactSums {
  readonly totalWeight: Rational;
  readonly weightedSum: Rational;
  readonly weightedSumOfSquares: Rational;
}

function exactSums(
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
        const parts = readRatio(v, [...path, 'values', i]);
        num = floatOf(parts.numerator);
        den = floatOf(parts.denominator);
        scale = parts.scale === undefined ? 1 : floatOf(parts.scale);
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

function exactWeightSum(weights: ArrayLike<unknown>, n: number, path: FieldPath): Rational {
  let sum = RATIONAL_ZERO;
  for (let i = 0; i < n; i++) sum = addRational(sum, weightToRational(weights[i], [...path, 'weights', i]));
  return sum;
}

function reported(x: number): Decimal {
  return new Decimal(x.toPrecision(15));
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

function fastResult(
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
    integerWeights && W <= 2 ** 53 ? new Decimal(W) : exactDecimal(exactWeightSum(weights, n, path));
  if (mean < 0) {
    const base = { mean: reported(mean), standardDeviation: reported(S), count: n, totalWeight };
    return withDecision({ cv: null, ...base, reason: 'negative-mean' }, threshold, null);
  }

  const cv = S / mean;
  const errCv = SAFETY * ((errS + cv * errMean) / absMean + U * cv);
  if (!(errCv <= ACCURACY * cv) || !(cv >= NORMAL)) return undefined;
  if (threshold === undefined) return reportedWhenRead(cv, mean, S, n, totalWeight, undefined);
  // The reported CV (15 significant digits) must fall on the same side as the decision.
  const error = errCv + DISPLAY * Math.max(cv, Math.abs(threshold.cv.float));
  const withinLimit = cvWithinLimitFiltered(cv, error, threshold.cv);
  if (withinLimit === undefined) return undefined;
  return reportedWhenRead(cv, mean, S, n, totalWeight, { limit: threshold.limit, withinLimit });
}

// The fast path's result. Its three Decimals (each float to 15 significant digits, all correct to
// 12) are made when first read, and then kept: a national run reads few of them, and making one
// costs more than the rest of a small CV. The fields are own enumerable properties (getters), so
// JSON, spreads and deep equality see them as values.
function reportedWhenRead(
  cv: number,
  mean: number,
  standardDeviation: number,
  count: number,
  totalWeight: Decimal,
  decision: { readonly limit: Decimal; readonly withinLimit: boolean } | undefined,
): VariationResult {
  let cvDecimal: Decimal | undefined;
  let meanDecimal: Decimal | undefined;
  let deviationDecimal: Decimal | undefined;
  const result: {
    readonly cv: Decimal;
    readonly mean: Decimal;
    readonly standardDeviation: Decimal;
    readonly count: number;
    readonly totalWeight: Decimal;
    limit?: Decimal;
    withinLimit?: boolean;
  } = {
    get cv(): Decimal {
      cvDecimal ??= reported(cv);
      return cvDecimal;
    },
    get mean(): Decimal {
      meanDecimal ??= reported(mean);
      return meanDecimal;
    },
    get standardDeviation(): Decimal {
      deviationDecimal ??= reported(standardDeviation);
      return deviationDecimal;
    },
    count,
    totalWeight,
  };
  if (decision !== undefined) {
    result.limit = decision.limit;
    result.withinLimit = decision.withinLimit;
  }
  return result;
}

// ---------------------------------------------------------------------------------------------
// Public functions

function checkList(list: unknown, path: FieldPath): number {
  const length = (list as { length?: unknown } | null | undefined)?.length;
  if (typeof list !== 'object' || list === null || typeof length !== 'number') {
    throw dudaoError('not-a-list', path, 'must be a list of numbers', '必须是数值列表');
  }
  return length;
}

function checkLists(values: unknown, weights: unknown, path: FieldPath): number {
  const n = checkList(values, [...path, 'values']);
  const m = checkList(weights, [...path, 'weights']);
  if (n !== m) {
    throw dudaoError(
      'length-mismatch',
      [...path, 'weights'],
      `must have one weight per value (${n} values, ${m} weights)`,
      `每个数值须对应一个权重（数值 ${n} 个，权重 ${m} 个）`,
    );
  }
  if (n === 0) emptyInput([...path, 'values']);
  return n;
}

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
  const path = options.path ?? [];
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
 * result.cv.toString(); //=> '0.302'
 * result.withinLimit; //=> true
 * ```
 */
export function compositeCoefficientOfVariation(
  cvs: ArrayLike<DecimalInput>,
  options: VariationLimitOptions = {},
): CompositeVariationResult {
  const path = options.path ?? [];
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
  const result = { cv: rationalToDecimal(mean, RESULT_DIGITS), count: n, components };
  if (threshold === undefined) return result;
  return {
    ...result,
    limit: threshold.limit,
    withinLimit: cvWithinLimitExactly({ value: mean }, threshold.cv),
  };
}

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
  const path = options.path ?? [];
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
  const path = options.path ?? [];
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
  const base = { cv, count: n, components };
  if (threshold === undefined) return base;
  if (irrational.length === 0) {
    const mean = divRational(rationalPart, count);
    return {
      ...base,
      limit: threshold.limit,
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
      return { ...base, limit: threshold.limit, withinLimit: signRational(diff) < 0 };
    }
  }
}
