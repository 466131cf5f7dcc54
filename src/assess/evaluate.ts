/**
 * Turns a metric outcome into an explained indicator result: the value, the threshold, the
 * exact decision, the shortfall and the arithmetic in words.
 * @module
 */
import type { Indicator, Stage } from '../indicators/types.js';
import { Decimal } from '../numeric/decimal.js';
import { comparatorSymbol, compareRatio, compareValue, ratioValue, satisfies } from './exact.js';
import type { MetricOutcome } from './metrics.js';
import type { IndicatorResult } from './types.js';

/**
 * The threshold of an indicator for a stage (the stage's own, else `all`), or null.
 * @category Assessment
 * @param indicator - the indicator
 * @param stage - the stage, if any
 * @returns the threshold as a Decimal, or null when there is none
 * @example
 * ```ts
 * thresholdFor({ ...indicator, thresholds: { primary: '4.2', junior: '5.3' } }, 'junior')?.toString(); //=> '5.3'
 * ```
 */
export function thresholdFor(indicator: Indicator, stage: Stage | undefined): Decimal | null {
  const raw = (stage === undefined ? undefined : indicator.thresholds[stage]) ?? indicator.thresholds.all;
  return raw === undefined ? null : new Decimal(raw);
}

function show(value: Decimal): string {
  // Explanations show up to 6 decimals; the result fields keep every digit.
  const rounded = value.toDecimalPlaces(6);
  return rounded.eq(value) ? value.toString() : `${rounded.toString()}…`;
}

/**
 * Decides one indicator for one place (a school section, a school or the county).
 *
 * Ratios are compared without division (numerator × scale against threshold × denominator), so
 * 21 ÷ 500 × 100 meets ≥ 4.2 exactly. With `floorRatio`, an unmet `gte` value also says whether
 * it reaches floorRatio × threshold (the 85 % floor of the 6-of-7 rule), decided the same way.
 *
 * @category Assessment
 * @param indicator - the indicator
 * @param outcome - what its metric computed
 * @param options - the stage and, for the 6-of-7 rule, the floor ratio
 * @returns the explained result
 * @example
 * ```ts
 * const result = evaluateIndicator(indicator, {
 *   kind: 'ratio', numerator: new Decimal(21), denominator: new Decimal(500), basis: 'schools',
 *   exact: { numerator: new Decimal(21), denominator: new Decimal(500), scale: new Decimal(100) },
 * }, { stage: 'primary' });
 * result.met; //=> true
 * result.explanation.en; //=> '21 ÷ 500 × 100 = 4.2 ≥ 4.2'
 * ```
 */
export function evaluateIndicator(
  indicator: Indicator,
  outcome: MetricOutcome,
  options: { stage?: Stage; floorRatio?: Decimal } = {},
): IndicatorResult {
  const stage = options.stage;
  const threshold = thresholdFor(indicator, stage);
  const comparator = indicator.comparator;
  const base = { indicator: indicator.id, ...(stage === undefined ? {} : { stage }), comparator };

  switch (outcome.kind) {
    case 'missing':
      return {
        ...base,
        status: 'unknown',
        met: null,
        value: null,
        threshold,
        shortfall: null,
        missing: outcome.missing,
        explanation: {
          en: `unknown: missing ${outcome.missing.join(', ')}`,
          zh: `无法判定：缺少 ${outcome.missing.join('、')}`,
        },
      };
    case 'not-applicable':
      return {
        ...base,
        status: 'not-applicable',
        met: null,
        value: null,
        threshold,
        shortfall: null,
        explanation: { en: `not applicable (${outcome.reason})`, zh: `不适用（${outcome.reason}）` },
      };
    case 'judgement': {
      const note = outcome.note === undefined ? {} : { note: outcome.note };
      const en =
        outcome.basis === 'veto'
          ? outcome.met
            ? 'did not occur'
            : 'occurred'
          : outcome.met
            ? 'met on evidence'
            : 'not met on evidence';
      const zh =
        outcome.basis === 'veto'
          ? outcome.met
            ? '未发生'
            : '已发生'
          : outcome.met
            ? '经佐证材料认定达标'
            : '经佐证材料认定未达标';
      return {
        ...base,
        status: outcome.met ? 'met' : 'unmet',
        met: outcome.met,
        value: null,
        threshold: null,
        shortfall: null,
        basis: outcome.basis,
        ...note,
        explanation: { en, zh },
      };
    }
    default:
      break;
  }

  const isRatio = outcome.kind === 'ratio';
  const value = isRatio ? ratioValue(outcome.exact) : outcome.value;
  const ratioParts = isRatio
    ? { numerator: outcome.numerator, denominator: outcome.denominator, scale: outcome.exact.scale }
    : {};
  const derived =
    isRatio && outcome.derived !== undefined ? { derived: outcome.derived, exact: outcome.exact } : {};
  const arithmetic = isRatio
    ? `${show(outcome.numerator)} ÷ ${show(outcome.denominator)}${outcome.exact.scale.eq(1) ? '' : ` × ${outcome.exact.scale}`} = ${show(value)}`
    : show(value);

  if (comparator === 'none' || comparator === 'bool' || threshold === null) {
    return {
      ...base,
      status: 'measured',
      met: null,
      value,
      ...ratioParts,
      threshold,
      shortfall: null,
      basis: outcome.basis,
      ...derived,
      explanation: { en: arithmetic, zh: arithmetic },
    };
  }

  const sign = isRatio ? compareRatio(outcome.exact, threshold) : compareValue(value, threshold);
  const met = satisfies(sign, comparator);
  let shortfall: Decimal | null = null;
  if (!met) {
    shortfall = comparator === 'gte' || comparator === 'gt' ? threshold.minus(value) : value.minus(threshold);
    if (comparator === 'eq') shortfall = shortfall.abs();
  }
  let aboveFloor: boolean | null | undefined;
  if (options.floorRatio !== undefined) {
    if (met) aboveFloor = true;
    else if (comparator === 'gte' || comparator === 'gt') {
      const floor = threshold.times(options.floorRatio);
      const floorSign = isRatio ? compareRatio(outcome.exact, floor) : compareValue(value, floor);
      aboveFloor = floorSign >= 0;
    } else if (comparator === 'lte' || comparator === 'lt') {
      const ceiling = threshold.div(options.floorRatio);
      const ceilingSign = isRatio ? compareRatio(outcome.exact, ceiling) : compareValue(value, ceiling);
      aboveFloor = ceilingSign <= 0;
    } else aboveFloor = false;
  }
  const symbol = met ? comparatorSymbol(comparator) : negatedSymbol(comparator);
  const text = `${arithmetic} ${symbol} ${threshold.toString()}`;
  return {
    ...base,
    status: met ? 'met' : 'unmet',
    met,
    value,
    ...ratioParts,
    threshold,
    shortfall,
    ...(aboveFloor === undefined ? {} : { aboveFloor }),
    basis: outcome.basis,
    ...derived,
    explanation: { en: text, zh: text },
  };
}

function negatedSymbol(comparator: Indicator['comparator']): string {
  return { gte: '<', gt: '≤', lte: '>', lt: '≥', eq: '≠', bool: '', none: '' }[comparator];
}
