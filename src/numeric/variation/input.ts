/**
 * Input reading for the coefficient of variation (差异系数), shared by the exact path, the float
 * filter and the accumulator: values, ratios, weights, lists and the limit, with their errors.
 * @module
 */
import { dudaoError, type FieldPath } from '../../error.js';
import { type CvLimit, cvLimitOf } from '../decide.js';
import { type Decimal, isDecimal, toDecimal } from '../decimal.js';
import { divRational, mulRational, type Rational, rationalFromDecimal } from '../rational.js';
import type { Ratio, VariationLimitOptions } from './types.js';

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
export function readDecimal(input: unknown, path: FieldPath, nonNegative: boolean): Decimal {
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

export function isRatio(input: unknown): input is Ratio {
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

export function readRatio(ratio: Ratio, path: FieldPath): RatioParts {
  const numerator = readDecimal(ratio.numerator, [...path, 'numerator'], false);
  const denominator = readDecimal(ratio.denominator, [...path, 'denominator'], false);
  if (denominator.isZero()) zeroDenominator([...path, 'denominator']);
  const scale = ratio.scale === undefined ? undefined : readDecimal(ratio.scale, [...path, 'scale'], false);
  return { numerator, denominator, scale };
}

export function valueToRational(input: unknown, path: FieldPath): Rational {
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

export function weightToRational(input: unknown, path: FieldPath): Rational {
  if (typeof input === 'number' && Number.isFinite(input) && input >= 0) return rationalFromDecimal(input);
  return rationalFromDecimal(readDecimal(input, path, true));
}

// ---------------------------------------------------------------------------------------------
// Thresholds

// A limit as given (for results) and prepared for the decision seam (numeric/decide.ts).
export interface Threshold {
  readonly limit: Decimal;
  readonly cv: CvLimit;
}

export function readThreshold(options: VariationLimitOptions, path: FieldPath): Threshold | undefined {
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
// Input errors and lists

export function zeroTotalWeight(path: FieldPath): never {
  throw dudaoError(
    'zero-total-weight',
    path,
    'the weights add up to zero, so there is no weighted mean',
    '权重之和为零，无法计算加权平均',
  );
}

export function emptyInput(path: FieldPath): never {
  throw dudaoError('empty', path, 'needs at least one value', '至少需要一个数值');
}

export function checkList(list: unknown, path: FieldPath): number {
  const length = (list as { length?: unknown } | null | undefined)?.length;
  if (typeof list !== 'object' || list === null || typeof length !== 'number') {
    throw dudaoError('not-a-list', path, 'must be a list of numbers', '必须是数值列表');
  }
  return length;
}

export function checkLists(values: unknown, weights: unknown, path: FieldPath): number {
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
