/**
 * The public types of the coefficient of variation (差异系数): values, options, results and the
 * accumulator with its JSON form.
 * @module
 */
import type { FieldPath } from '../../error.js';
import type { DecimalInput } from '../decimal.js';

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
 * Plain data: `cv`, `mean`, `standardDeviation` and `totalWeight` are numbers correct to at least
 * 12 significant digits (the nearest double when the exact path was needed); `withinLimit` is
 * always decided exactly.
 *
 * @category Statistics
 * @example
 * ```ts
 * const result: VariationResult = coefficientOfVariation([1, 3], [1, 1], { limit: 0.5 });
 * result.cv; //=> 0.5
 * result.withinLimit; //=> true
 * ```
 */
export interface VariationResult {
  /** S / mean; `null` when the mean is zero or negative (see `reason`). */
  readonly cv: number | null;
  /** The weighted mean Σwᵢxᵢ / W. */
  readonly mean: number;
  /** The weighted population standard deviation S = √(Σ(wᵢ/W)(xᵢ − mean)²). */
  readonly standardDeviation: number;
  /** How many values were given (including those with weight 0). */
  readonly count: number;
  /** W = Σwᵢ. */
  readonly totalWeight: number;
  /** Present when `cv` is `null`: why. */
  readonly reason?: VariationReason;
  /** The limit compared with, when one was given. */
  readonly limit?: number;
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
 * result.cv; //=> 0.5
 * ```
 */
export interface CompositeVariationResult {
  /** The arithmetic mean of the components. */
  readonly cv: number;
  /** How many single CVs were averaged. */
  readonly count: number;
  /** The single CVs, as read. */
  readonly components: readonly number[];
  /** The limit compared with, when one was given. */
  readonly limit?: number;
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
