/**
 * Reading a plain indicator result: its exact value and fraction as Decimals, and its arithmetic
 * in words. Results hold numbers ({@link Figure}); these functions give what the numbers round.
 * @module
 */
import type { Label } from '../indicators/types.js';
import { Decimal } from '../numeric/decimal.js';
import { comparatorSymbol } from './exact.js';
import { expectIndicatorResult } from './guards.js';
import type { CountyIndicatorResult, IndicatorResult } from './types.js';

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
  expectIndicatorResult(result);
  return fractionOf(result);
}

// exactFractionOf of a result already checked (or of its JSON document: figures as strings).
function fractionOf(result: IndicatorResult): ExactDecimalFraction | null {
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
  expectIndicatorResult(result);
  return exactValue(result);
}

// exactValueOf of a result already checked (or of its JSON document: figures as strings).
function exactValue(result: IndicatorResult): Decimal | null {
  if (result.value === null) return null;
  const fraction = fractionOf(result);
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

const MISSING_SHOWN = 5;

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
export function explainResult(result: IndicatorResult | CountyIndicatorResult): Label {
  expectIndicatorResult(result);
  return explainOf(result);
}

/**
 * {@link explainResult} of a result already checked, or of the JSON document of one (whose
 * figures are decimal strings).
 * @internal
 */
export function explainOf(result: IndicatorResult | CountyIndicatorResult): Label {
  if ('failing' in result && result.failing !== undefined) return explainAggregate(result);
  switch (result.status) {
    case 'unknown': {
      const missing = result.missing ?? [];
      if (missing.length === 0) return { en: 'unknown', zh: '无法判定' };
      if (missing.length > MISSING_SHOWN) {
        // A long list (a field absent from every school) is shortened; `missing` keeps every path.
        const head = missing.slice(0, MISSING_SHOWN - 2);
        return {
          en: `unknown: missing ${head.join(', ')} and ${missing.length - head.length} more`,
          zh: `无法判定：缺少 ${head.join('、')} 等 ${missing.length} 项`,
        };
      }
      return { en: `unknown: missing ${missing.join(', ')}`, zh: `无法判定：缺少 ${missing.join('、')}` };
    }
    case 'not-applicable': {
      const reason = result.reason ?? '';
      return { en: `not applicable (${reason})`, zh: `不适用（${reason}）` };
    }
    default:
      break;
  }
  if (result.basis === 'veto')
    return result.met ? { en: 'did not occur', zh: '未发生' } : { en: 'occurred', zh: '已发生' };
  if (result.basis === 'judgement' || result.value === null) {
    return result.met
      ? { en: 'met on evidence', zh: '经佐证材料认定达标' }
      : { en: 'not met on evidence', zh: '经佐证材料认定未达标' };
  }
  const value = exactValue(result) as Decimal;
  const fraction = fractionOf(result);
  let arithmetic: string;
  if (fraction === null) arithmetic = showFigure(value);
  else {
    // A split figure shows the section's amount (the fraction's denominator also holds the weights).
    const split = result.derived?.length === 1 ? result.derived[0] : undefined;
    const numerator =
      split === undefined
        ? fraction.numerator
        : new Decimal(split.exact.numerator).div(split.exact.denominator);
    const denominator = split === undefined ? fraction.denominator : new Decimal(result.denominator ?? 1);
    const scale = fraction.scale.eq(1) ? '' : ` × ${fraction.scale.toFixed()}`;
    arithmetic = `${showFigure(numerator)} ÷ ${showFigure(denominator)}${scale} = ${showFigure(value)}`;
  }
  const marks = inputMarks(result.inputs);
  if (result.status === 'measured' || result.threshold === null)
    return marks === undefined ? { en: arithmetic, zh: arithmetic } : marked(arithmetic, marks);
  const symbol =
    result.status === 'met' ? comparatorSymbol(result.comparator) : negatedSymbol(result.comparator);
  const text = `${arithmetic} ${symbol} ${showFigure(result.threshold)}`;
  return marks === undefined ? { en: text, zh: text } : marked(text, marks);
}

function marked(text: string, marks: Label): Label {
  return { en: `${text} ${marks.en}`, zh: `${text}${marks.zh}` };
}

// What the figures given in another form were derived from: "(derived from the per-pupil rate)",
// "（由生均值推算）", "（由万元换算）".
function inputMarks(inputs: IndicatorResult['inputs']): Label | undefined {
  if (inputs === undefined || inputs.length === 0) return undefined;
  const en: string[] = [];
  const zh: string[] = [];
  for (const input of inputs) {
    const [e, z] =
      input.derived === 'unit'
        ? ['converted from 万元', '由万元换算']
        : Number(input.per) === 100
          ? ['derived from the rate per 100 pupils', '由每百名学生拥有量推算']
          : ['derived from the per-pupil rate', '由生均值推算'];
    if (!en.includes(e)) en.push(e);
    if (!zh.includes(z)) zh.push(z);
  }
  return { en: `(${en.join('; ')})`, zh: `（${zh.join('；')}）` };
}

// A school-level indicator over the county: how many schools (or sections) meet it, which do not,
// which lack data.
function explainAggregate(result: CountyIndicatorResult): Label {
  const failing = result.failing ?? [];
  const unknown = result.unknownSchools ?? [];
  const applicable = result.applicable ?? 0;
  const where = (f: { readonly schoolId: string; readonly stage?: string }): string =>
    f.stage === undefined ? f.schoolId : `${f.schoolId}/${f.stage}`;
  const unitEn = result.bySection === true ? 'school sections' : 'schools';
  const unitZh = result.bySection === true ? '个学校学段' : '所学校';
  const metCount = applicable - failing.length - unknown.length;
  const en = `${metCount} of ${applicable} ${unitEn} meet it${failing.length > 0 ? `; not met: ${failing.map(where).join(', ')}` : ''}${unknown.length > 0 ? `; missing data: ${unknown.join(', ')}` : ''}`;
  const zh = `${applicable}${unitZh}中 ${metCount} 个达标${failing.length > 0 ? `；未达标：${failing.map(where).join('、')}` : ''}${unknown.length > 0 ? `；缺少数据：${unknown.join('、')}` : ''}`;
  return { en, zh };
}
