/**
 * Exact threshold decisions for indicator values. A value is either a ratio
 * (numerator ÷ denominator × scale) or a plain value; both are compared with a threshold without
 * dividing, through the decision seam of `numeric/decide.ts`.
 * @module
 */
import type { Comparator } from '../indicators/types.js';
import { Decimal } from '../numeric/decimal.js';

/**
 * A measured value kept in exact form: value = numerator ÷ denominator × scale.
 * @category Assessment
 * @example
 * ```ts
 * const v: ExactRatio = { numerator: new Decimal(21), denominator: new Decimal(500), scale: new Decimal(100) };
 * ratioValue(v).toString(); //=> '4.2'
 * ```
 */
export interface ExactRatio {
  /** The resource (teachers, m², yuan, rooms) or the numerator of a county fact. */
  readonly numerator: Decimal;
  /** Pupils, respondents, or the denominator of a county fact; always > 0. */
  readonly denominator: Decimal;
  /** 100 for "per 100 pupils" and percentages, 1 otherwise. */
  readonly scale: Decimal;
}

/**
 * The value of a ratio, to 40 significant digits.
 * @category Assessment
 * @param ratio - the exact ratio
 * @returns numerator ÷ denominator × scale
 * @example
 * ```ts
 * ratioValue({ numerator: new Decimal(21), denominator: new Decimal(500), scale: new Decimal(100) }).toString(); //=> '4.2'
 * ```
 */
export function ratioValue(ratio: ExactRatio): Decimal {
  return ratio.numerator.times(ratio.scale).div(ratio.denominator);
}

/**
 * Whether a comparison result (−1, 0, 1) satisfies a comparator.
 * @category Assessment
 * @param sign - the sign of value − threshold (from the decision seam in `numeric/decide.ts`)
 * @param comparator - `gte`, `gt`, `lte`, `lt` or `eq`
 * @returns `true` when the value meets the threshold
 * @example
 * ```ts
 * satisfies(0, 'gte'); //=> true
 * satisfies(0, 'lt'); //=> false
 * ```
 */
export function satisfies(sign: number, comparator: Comparator): boolean {
  switch (comparator) {
    case 'gte':
      return sign >= 0;
    case 'gt':
      return sign > 0;
    case 'lte':
      return sign <= 0;
    case 'lt':
      return sign < 0;
    case 'eq':
      return sign === 0;
    default:
      return false;
  }
}

/**
 * The symbol of a comparator for explanations: `≥`, `>`, `≤`, `<`, `=`.
 * @category Assessment
 * @param comparator - the comparator
 * @returns its symbol (empty for `bool` and `none`)
 * @example
 * ```ts
 * comparatorSymbol('gte'); //=> '≥'
 * ```
 */
export function comparatorSymbol(comparator: Comparator): string {
  return { gte: '≥', gt: '>', lte: '≤', lt: '<', eq: '=', bool: '', none: '' }[comparator];
}

/** @internal */
export const ZERO = new Decimal(0);
/** @internal */
export const ONE = new Decimal(1);
/** @internal */
export const HUNDRED = new Decimal(100);
