/**
 * Reading a plain indicator result: its exact value and fraction as Decimals, and its arithmetic
 * in words. Results hold numbers ({@link Figure}); these functions give what the numbers round.
 * @module
 */
import type { Label } from '../indicators/types.js';
import { Decimal } from '../numeric/decimal.js';
import { comparatorSymbol } from './exact.js';
import type { IndicatorResult } from './types.js';

/**
 * An exact fraction as Decimals: value = numerator ÷ denominator × scale.
 * @category Assessment
 * @example
 * ```ts
 * const f: ExactDecimalFraction = { numerator: new Decimal(21), denominator: new Decimal(500), scale: new Decimal(100) };
 * ```
 */
export interface ExactDecimalFraction {
  /** The numerator. */
  readonly numerator: Decimal;
  /** The denominator (> 0). */
  readonly denominator: Decimal;
  /** 100 for "per 100" and percentages, else 1. */
  readonly scale: Decimal;
}

/**
 * The exact fraction a ratio result was decided on, as Decimals: its `exact` strings when it has
 * them, else its `numerator`, `denominator` and `scale` (numbers that stand exactly for the
 * figures read). Null for results that are not ratios.
 * @category Assessment
 * @param result - an indicator result
 * @returns the exact fraction, or null
 * @example
 * ```ts
 * exactFractionOf(result)?.numerator.toString(); //=> '21'
 * ```
 */
export function exactFractionOf(result: IndicatorResult): ExactDecimalFraction | null {
  const exact = result.exact;
  if (exact !== undefined) {
    return {
      numerator: new Decimal(exact.numerator),
      denominator: new Decimal(exact.denominator),
      scale: new Decimal(exact.scale),
    };
  }
  if (result.numerator === undefined || result.denominator === undefined) return null;
  return {
    numerator: new Decimal(result.numerator),
    denominator: new Decimal(result.denominator),
    scale: new Decimal(result.scale ?? 1),
  };
}

/**
 * The exact value of a result as a Decimal (to 40 significant digits): the fraction it was
 * decided on, divided out; for a plain value, the value read. Null when the result has no value.
 * @category Assessment
 * @param result - an indicator result
 * @returns the exact value, or null
 * @example
 * ```ts
 * exactValueOf(result)?.toString(); //=> '4.2'
 * ```
 */
export function exactValueOf(result: IndicatorResult): Decimal | null {
  if (result.value === null) return null;
  const fraction = exactFractionOf(result);
  if (fraction === null) return new Decimal(result.value);
  return fraction.numerator.times(fraction.scale).div(fraction.denominator);
}

/**
 * A figure for an explanation: as it is up to 6 decimal places, else rounded to 6 and marked `…`.
 * @internal
 */
export function showFigure(value: Decimal | number): string {
  const exact = new Decimal(value);
  const rounded = exact.toDecimalPlaces(6);
  return rounded.eq(exact) ? exact.toFixed() : `${rounded.toFixed()}…`;
}

function negatedSymbol(comparator: IndicatorResult['comparator']): string {
  return { gte: '<', gt: '≤', lte: '>', lt: '≥', eq: '≠', bool: '', none: '' }[comparator];
}

/**
 * The arithmetic of a result in words, in both languages: "21 ÷ 500 × 100 = 4.2 ≥ 4.2" for a
 * ratio, the missing figures of an unknown, the reason of a not-applicable, the finding of a
 * judgement. Figures show up to 6 decimals (longer ones are rounded and marked `…`).
 * @category Assessment
 * @param result - an indicator result
 * @returns the explanation
 * @example
 * ```ts
 * explainResult(result).en; //=> '21 ÷ 500 × 100 = 4.2 ≥ 4.2'
 * ```
 */
export function explainResult(result: IndicatorResult): Label {
  switch (result.status) {
    case 'unknown': {
      const missing = result.missing ?? [];
      if (missing.length === 0) return { en: 'unknown', zh: '无法判定' };
      return { en: `unknown: missing ${missing.join(', ')}`, zh: `无法判定：缺少 ${missing.join('、')}` };
    }
    case 'not-applicable': {
      const reason = result.reason ?? '';
      return { en: `not applicable (${reason})`, zh: `不适用（${reason}）` };
    }
    default:
      break;
  }
  if (result.basis === 'veto') return result.met ? { en: 'did not occur', zh: '未发生' } : { en: 'occurred', zh: '已发生' };
  if (result.basis === 'judgement' || result.value === null) {
    return result.met
      ? { en: 'met on evidence', zh: '经佐证材料认定达标' }
      : { en: 'not met on evidence', zh: '经佐证材料认定未达标' };
  }
  const value = exactValueOf(result) as Decimal;
  const fraction = exactFractionOf(result);
  let arithmetic: string;
  if (fraction === null) arithmetic = showFigure(value);
  else {
    // Split figures show the section's amount (the fraction's denominator also holds the weights).
    const numerator = result.numerator === undefined ? fraction.numerator : new Decimal(result.numerator);
    const denominator = result.denominator === undefined ? fraction.denominator : new Decimal(result.denominator);
    const scale = fraction.scale.eq(1) ? '' : ` × ${fraction.scale.toFixed()}`;
    arithmetic = `${showFigure(numerator)} ÷ ${showFigure(denominator)}${scale} = ${showFigure(value)}`;
  }
  if (result.status === 'measured' || result.threshold === null) return { en: arithmetic, zh: arithmetic };
  const symbol = result.status === 'met' ? comparatorSymbol(result.comparator) : negatedSymbol(result.comparator);
  const text = `${arithmetic} ${symbol} ${showFigure(result.threshold)}`;
  return { en: text, zh: text };
}
