/**
 * The one seam where dudao decides a measured value against a threshold (判定): a ratio
 * `numerator ÷ denominator × scale` or a plain value, compared exactly. Every rule asks here; no
 * rule chooses between floating point and exact arithmetic itself.
 *
 * Inside, a floating-point filter decides when the two sides are clearly apart; otherwise the
 * decision is taken in exact rational arithmetic over BigInt (no rounding at any size). The
 * filter is the adaptive-precision idea of robust geometric predicates: the float result carries
 * a known error bound, and only a sign the bound cannot vouch for is recomputed exactly.
 * @module
 */
import { type Decimal, isDecimal } from './decimal.js';
import { compareRational, type Rational, rationalFromDecimal } from './rational.js';

/**
 * An operand of a decision: a JS number (read as the decimal it prints as, so `0.1` is one
 * tenth), a decimal string, or a Decimal.
 *
 * @category Numbers
 * @example
 * ```ts
 * const operands: ExactOperand[] = [21, '3900.5', new Decimal('0.85')];
 * ```
 */
export type ExactOperand = number | string | Decimal;

/**
 * The sign of a comparison: −1 below, 0 equal, 1 above.
 *
 * @category Numbers
 * @example
 * ```ts
 * const sign: Sign = compareValueTo(4.2, thresholdOf('4.2')); //=> 0
 * ```
 */
export type Sign = -1 | 0 | 1;

/**
 * A threshold prepared once for many decisions: its exact value and its nearest double.
 *
 * @category Numbers
 * @example
 * ```ts
 * const t: PreparedThreshold = thresholdOf('4.2');
 * t.float; //=> 4.2
 * ```
 */
export interface PreparedThreshold {
  /** The exact value. */
  readonly exact: Rational;
  /** The nearest double (within half a unit in the last place). */
  readonly float: number;
}

/**
 * The relative margin of the float filter. Each operand's double is within half a unit in the
 * last place (u = 2⁻⁵³) of its exact value, and the product and quotient add two roundings, so a
 * float ratio is within about 5u of the exact ratio and a threshold within u of its own: the
 * signs differ only when the two floats are within 6u ≈ 6.7 × 10⁻¹⁶ of each other (relative).
 * 2⁻⁴⁰ ≈ 9.1 × 10⁻¹³ leaves a factor of over a thousand. Tests place values within a few ulps of
 * thresholds and fail when this margin is set to 0.
 */
const FLOAT_FILTER_MARGIN = 2 ** -40;

// Below this magnitude a double may be subnormal and its relative error unbounded; above the
// other, products may overflow. Either way the exact path decides.
const TINY = 2 ** -960;
const HUGE = 2 ** 960;

function floatOf(x: ExactOperand): number {
  if (typeof x === 'number') return x;
  if (typeof x === 'string') return Number(x);
  return x.toNumber();
}

function rationalOf(x: ExactOperand | Rational): Rational {
  if (typeof x === 'number' || typeof x === 'string' || isDecimal(x)) return rationalFromDecimal(x);
  return x;
}

/**
 * Prepares a threshold for {@link compareRatioTo} and {@link compareValueTo}.
 *
 * @category Numbers
 * @param value - the threshold as a number, decimal string, Decimal or exact rational
 * @returns the threshold with its exact value and its nearest double
 * @throws RangeError for a value that is not a finite decimal
 * @example
 * ```ts
 * thresholdOf('4.2').float; //=> 4.2
 * ```
 */
export function thresholdOf(value: ExactOperand | Rational): PreparedThreshold {
  const exact = rationalOf(value);
  return { exact, float: Number(exact.n) / Number(exact.d) || rationalFloat(exact) };
}

// The nearest-ish double of a rational whose parts overflow a double on their own.
function rationalFloat(r: Rational): number {
  if (r.n === 0n) return 0;
  const shift = BigInt(Math.max(0, r.n.toString(2).length - 1000, r.d.toString(2).length - 1000));
  return Number(r.n >> shift) / Number(r.d >> shift);
}

/**
 * The exact product `threshold × factor` or quotient `threshold ÷ factor` (the floor of the
 * 6-of-7 rule: 85 % of a lower limit, or an upper limit ÷ 0.85), prepared for decisions. A
 * quotient that is not a finite decimal (45 ÷ 0.85) stays exact.
 *
 * @category Numbers
 * @param threshold - a prepared threshold
 * @param factor - the factor (> 0 when dividing)
 * @param operation - `times` or `div`
 * @returns the prepared product or quotient
 * @throws RangeError when dividing by zero
 * @example
 * ```ts
 * scaleThreshold(thresholdOf('4.2'), '0.85', 'times').float; //=> 3.57
 * ```
 */
export function scaleThreshold(
  threshold: PreparedThreshold,
  factor: ExactOperand,
  operation: 'times' | 'div',
): PreparedThreshold {
  const f = rationalOf(factor);
  const t = threshold.exact;
  if (operation === 'times') return thresholdOf({ n: t.n * f.n, d: t.d * f.d });
  if (f.n === 0n) throw new RangeError('scaleThreshold: division by zero');
  const n = t.n * f.d;
  const d = t.d * f.n;
  return thresholdOf(d < 0n ? { n: -n, d: -d } : { n, d });
}

function filtered(approx: number, t: number): Sign | undefined {
  const size = Math.max(Math.abs(approx), Math.abs(t));
  if (!(size < HUGE) || (size < TINY && size !== 0)) return undefined;
  const diff = approx - t;
  if (Math.abs(diff) > FLOAT_FILTER_MARGIN * size) return diff > 0 ? 1 : -1;
  return undefined;
}

/**
 * Decides `numerator ÷ denominator × scale` against a threshold exactly, without dividing:
 * the sign of `numerator × scale − threshold × denominator` (so a zero denominator puts any
 * positive numerator above every threshold, as an unbounded ratio would be). A
 * float filter decides when the two sides are clearly apart; otherwise exact rational
 * arithmetic does, so `21 ÷ 500 × 100` meets `≥ 4.2` and a value one part in 10²⁰ below does not.
 *
 * @category Numbers
 * @param numerator - the resource (teachers, m², yuan…)
 * @param denominator - pupils, children, respondents…; must not be negative
 * @param scale - 100 for "per 100" and percentages, else 1
 * @param threshold - the prepared threshold ({@link thresholdOf})
 * @returns −1, 0 or 1 as the ratio is below, at or above the threshold
 * @throws RangeError when the denominator is negative
 * @example
 * ```ts
 * compareRatioTo(21, 500, 100, thresholdOf('4.2')); //=> 0
 * compareRatioTo('2249.99999999999999999999', 500, 1, thresholdOf('4.5')); //=> -1
 * ```
 */
export function compareRatioTo(
  numerator: ExactOperand,
  denominator: ExactOperand,
  scale: ExactOperand,
  threshold: PreparedThreshold,
): Sign {
  const fd = floatOf(denominator);
  if (fd > 0) {
    const sign = filtered((floatOf(numerator) * floatOf(scale)) / fd, threshold.float);
    if (sign !== undefined) return sign;
  }
  // Whole numbers against a whole threshold (100 % certified against 100, 15 children per
  // teacher): products that are safe integers were computed exactly.
  if (
    typeof numerator === 'number' &&
    typeof denominator === 'number' &&
    typeof scale === 'number' &&
    threshold.exact.d === 1n &&
    Number.isSafeInteger(numerator) &&
    Number.isSafeInteger(denominator) &&
    Number.isSafeInteger(scale) &&
    denominator >= 0
  ) {
    const left = numerator * scale;
    const right = Number(threshold.exact.n) * denominator;
    if (Number.isSafeInteger(left) && Number.isSafeInteger(right))
      return left > right ? 1 : left < right ? -1 : 0;
  }
  const n = rationalOf(numerator);
  const d = rationalOf(denominator);
  const s = rationalOf(scale);
  if (d.n < 0n) throw new RangeError('compareRatioTo: the denominator must not be negative');
  // sign(n·s − t·d) over the common denominator n.d · s.d · d.d · t.d (all positive).
  const t = threshold.exact;
  const left = n.n * s.n * d.d * t.d;
  const right = t.n * d.n * n.d * s.d;
  return left > right ? 1 : left < right ? -1 : 0;
}

/**
 * Decides a plain value against a threshold exactly (the float filter first, then exact
 * rational arithmetic).
 *
 * @category Numbers
 * @param value - the value
 * @param threshold - the prepared threshold ({@link thresholdOf})
 * @returns −1, 0 or 1 as the value is below, at or above the threshold
 * @example
 * ```ts
 * compareValueTo('0.15', thresholdOf('0.15')); //=> 0
 * ```
 */
export function compareValueTo(value: ExactOperand, threshold: PreparedThreshold): Sign {
  const sign = filtered(floatOf(value), threshold.float);
  if (sign !== undefined) return sign;
  return compareRational(rationalOf(value), threshold.exact);
}

/**
 * The least integer `q` with `q × divisor ≥ dividend` (⌈dividend ÷ divisor⌉), exactly, for
 * operands of any size: how many teachers, places or classes a gap needs.
 *
 * @category Numbers
 * @param dividend - any finite decimal
 * @param divisor - a positive finite decimal
 * @returns the ceiling as a BigInt
 * @throws RangeError when the divisor is not positive
 * @example
 * ```ts
 * ceilDivide(421, 30); //=> 15n
 * ceilDivide('4.5', '1.5'); //=> 3n
 * ```
 */
export function ceilDivide(dividend: ExactOperand | Rational, divisor: ExactOperand | Rational): bigint {
  const a = rationalOf(dividend);
  const b = rationalOf(divisor);
  if (b.n <= 0n) throw new RangeError('ceilDivide: the divisor must be positive');
  // a/b = (a.n · b.d) / (a.d · b.n), with a positive denominator.
  const num = a.n * b.d;
  const den = a.d * b.n;
  const q = num / den; // truncates toward zero
  return num > q * den ? q + 1n : q;
}

/**
 * A limit on a coefficient of variation, prepared for decisions: the CV meets it when
 * `cv ≤ bound` (or `cv < bound` when `strict`). With `compareRounded: k` (the official practice
 * compares the CV rounded half up to k decimals), `round_half_up(cv, k) ≤ L` holds exactly when
 * `cv < ⌊L⌋ₖ + ½·10⁻ᵏ` for a CV ≥ 0, where ⌊L⌋ₖ is L truncated to k decimals.
 *
 * @category Numbers
 * @example
 * ```ts
 * cvLimitOf('0.50').strict; //=> false
 * cvLimitOf('0.50', 2).float; //=> 0.505
 * ```
 */
export interface CvLimit {
  /** The bound the CV itself is compared with. */
  readonly bound: Rational;
  /** Whether the CV must stay strictly below the bound. */
  readonly strict: boolean;
  /** The bound's nearest double. */
  readonly float: number;
}

/**
 * Prepares a CV limit, optionally for a comparison of the CV rounded to `compareRounded`
 * decimals.
 *
 * @category Numbers
 * @param limit - the limit (e.g. `'0.50'`)
 * @param compareRounded - decimals of the rounded CV that the standard compares, if any (0–100)
 * @returns the prepared limit
 * @throws RangeError for a limit that is not a finite decimal or a bad `compareRounded`
 * @example
 * ```ts
 * cvLimitOf('0.50', 2).bound; //=> { n: 505n, d: 1000n }
 * ```
 */
export function cvLimitOf(limit: ExactOperand, compareRounded?: number): CvLimit {
  const exact = rationalOf(limit);
  if (compareRounded === undefined) return { bound: exact, strict: false, float: thresholdOf(exact).float };
  if (!Number.isInteger(compareRounded) || compareRounded < 0 || compareRounded > 100) {
    throw new RangeError('cvLimitOf: compareRounded must be a whole number from 0 to 100');
  }
  const scale = 10n ** BigInt(compareRounded);
  const truncated = (exact.n * scale) / exact.d;
  const bound: Rational = { n: truncated * 10n + 5n, d: scale * 10n };
  return { bound, strict: true, float: thresholdOf(bound).float };
}

function withinBound(sign: Sign, limit: CvLimit): boolean {
  return limit.strict ? sign < 0 : sign <= 0;
}

/**
 * The float filter of a CV decision: decides `cv` (a float with a rigorous absolute error bound
 * `error`) against the limit when the bound cannot reach it, else answers `undefined` and the
 * caller decides exactly ({@link cvWithinLimitExactly}).
 *
 * @category Numbers
 * @param cv - the CV computed in floating point
 * @param error - a bound on |cv − exact CV| (and on the 15-digit rounding of reported values)
 * @param limit - the prepared limit
 * @returns whether the CV meets the limit, or `undefined` when too close to tell
 * @example
 * ```ts
 * cvWithinLimitFiltered(0.3, 1e-15, cvLimitOf('0.50')); //=> true
 * cvWithinLimitFiltered(0.5, 1e-15, cvLimitOf('0.50')); //=> undefined
 * ```
 */
export function cvWithinLimitFiltered(cv: number, error: number, limit: CvLimit): boolean | undefined {
  const t = limit.float;
  const margin = error + 4 * 2 ** -53 * Math.abs(t);
  if (!(Math.abs(cv - t) > margin)) return undefined;
  return cv < t;
}

/**
 * Decides a CV against its limit exactly. The CV is given either as an exact rational value, or
 * without its square root: cv² = varianceNumerator ÷ weightedSum², with `weightedSum` > 0, so
 * `cv ≤ t` ⇔ `varianceNumerator ≤ t²·weightedSum²` for t ≥ 0.
 *
 * @category Numbers
 * @param cv - `{ value }` (a rational CV ≥ 0) or `{ varianceNumerator, weightedSum }` (W·Σwx² − (Σwx)² and Σwx)
 * @param limit - the prepared limit
 * @returns whether the CV meets the limit
 * @example
 * ```ts
 * // values 1 and 3, weights 1 and 1: W·Σwx² − (Σwx)² = 2·10 − 16 = 4, Σwx = 4: CV = 0.5
 * cvWithinLimitExactly({ varianceNumerator: { n: 4n, d: 1n }, weightedSum: { n: 4n, d: 1n } }, cvLimitOf('0.5')); //=> true
 * cvWithinLimitExactly({ value: { n: 1n, d: 2n } }, cvLimitOf('0.5', 0)); //=> false
 * ```
 */
export function cvWithinLimitExactly(
  cv: { readonly value: Rational } | { readonly varianceNumerator: Rational; readonly weightedSum: Rational },
  limit: CvLimit,
): boolean {
  if ('value' in cv) return withinBound(compareRational(cv.value, limit.bound), limit);
  const t = limit.bound;
  const sign = t.n < 0n ? -1 : t.n > 0n ? 1 : 0;
  if (sign < 0) return false;
  if (sign === 0) return !limit.strict && cv.varianceNumerator.n === 0n;
  const w = cv.weightedSum;
  const rhs: Rational = { n: t.n * t.n * w.n * w.n, d: t.d * t.d * w.d * w.d };
  return withinBound(compareRational(cv.varianceNumerator, rhs), limit);
}
