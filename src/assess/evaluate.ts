/**
 * Turns a metric outcome into an explained indicator result: the value, the threshold, the
 * exact decision, the shortfall and the arithmetic in words.
 * @module
 */
import type { Indicator, Stage } from '../indicators/types.js';
import {
  compareRatioTo,
  compareValueTo,
  type PreparedThreshold,
  type Sign,
  scaleThreshold,
  thresholdOf,
} from '../numeric/decide.js';
import { Decimal } from '../numeric/decimal.js';
import { ratioValue, satisfies } from './exact.js';
import type { MetricOutcome, PlainRatio, ResultFigures } from './metrics.js';
import type { CountyIndicatorResult, DerivedFigure, ExactFraction, IndicatorResult } from './types.js';

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

/**
 * Options of {@link evaluateIndicator}.
 * @category Assessment
 * @example
 * ```ts
 * const options: EvaluateOptions = { stage: 'primary', floorRatio: new Decimal('0.85') };
 * ```
 */
export interface EvaluateOptions {
  /** The stage, for stage-specific thresholds. */
  readonly stage?: Stage;
  /** For the 6-of-7 rule: the floor as a share of the threshold (0.85). */
  readonly floorRatio?: Decimal;
  /** The threshold, when the caller has it already (otherwise read from the indicator). */
  readonly threshold?: Decimal | null;
  /** The threshold prepared for decisions, when the caller has it already (it must be that value). */
  readonly prepared?: PreparedThreshold | null;
  /**
   * The floor (threshold × floorRatio, or threshold ÷ floorRatio for upper limits), when the
   * caller has it already (it must be that value).
   */
  readonly floorBound?: FloorBound;
}

/**
 * A floor of the 6-of-7 rule worked out once: threshold × floorRatio (÷ for upper limits).
 * @category Assessment
 * @example
 * ```ts
 * const bound: FloorBound = floorBoundOf(new Decimal('4.2'), new Decimal('0.85'), 'gte');
 * bound.value.toString(); //=> '3.57'
 * ```
 */
export interface FloorBound {
  /** The floor for display (40 significant digits; a quotient such as 45 ÷ 0.85 is rounded). */
  readonly value: Decimal;
  /** The floor, exact, prepared for decisions. */
  readonly exact: PreparedThreshold;
}

/**
 * The floor of the 6-of-7 rule for a threshold (教督〔2017〕6号: every unmet indicator at 85 % of
 * its standard or more): threshold × ratio for lower limits (≥, >), threshold ÷ ratio for upper
 * limits (≤, <).
 * @category Assessment
 * @param threshold - the indicator's threshold
 * @param ratio - the set's floor ratio (0.85)
 * @param comparator - the indicator's comparator
 * @returns the floor, exact and for display
 * @example
 * ```ts
 * floorBoundOf(new Decimal('4.2'), new Decimal('0.85'), 'gte').value.toString(); //=> '3.57'
 * ```
 */
export function floorBoundOf(
  threshold: Decimal,
  ratio: Decimal,
  comparator: Indicator['comparator'],
): FloorBound {
  const ceiling = comparator === 'lte' || comparator === 'lt';
  return {
    value: ceiling ? threshold.div(ratio) : threshold.times(ratio),
    exact: scaleThreshold(thresholdOf(threshold), ratio, ceiling ? 'div' : 'times'),
  };
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
 * explainResult(result).en; //=> '21 ÷ 500 × 100 = 4.2 ≥ 4.2'
 * ```
 */
export function evaluateIndicator(
  indicator: Indicator,
  outcome: MetricOutcome,
  options: EvaluateOptions = {},
): IndicatorResult {
  const stage = options.stage;
  const threshold = options.threshold === undefined ? thresholdFor(indicator, stage) : options.threshold;
  // A threshold has at most 15 significant digits, so its nearest double stands exactly for it.
  const thresholdFigure =
    threshold === null ? null : options.prepared != null ? options.prepared.float : threshold.toNumber();
  const comparator = indicator.comparator;

  switch (outcome.kind) {
    case 'missing': {
      const missing = outcome.missing;
      // One literal shape for every result of this kind (`stage` undefined for county results),
      // without spreads: kindergartens and sections without some figure are common.
      return {
        indicator: indicator.id,
        stage,
        comparator,
        status: 'unknown',
        met: null,
        value: null,
        threshold: thresholdFigure,
        shortfall: null,
        missing,
      } as IndicatorResult;
    }
    case 'not-applicable':
      return {
        indicator: indicator.id,
        stage,
        comparator,
        status: 'not-applicable',
        met: null,
        value: null,
        threshold: thresholdFigure,
        shortfall: null,
        reason: outcome.reason,
      } as IndicatorResult;
    case 'judgement': {
      const base = { indicator: indicator.id, ...(stage === undefined ? {} : { stage }), comparator };
      const note = outcome.note === undefined ? {} : { note: outcome.note };
      return {
        ...base,
        status: outcome.met ? 'met' : 'unmet',
        met: outcome.met,
        value: null,
        threshold: null,
        shortfall: null,
        basis: outcome.basis,
        ...note,
      };
    }
    default:
      break;
  }

  if (comparator === 'none' || comparator === 'bool' || threshold === null) {
    return measuredResult(
      indicator.id,
      stage,
      'measured',
      null,
      outcome,
      threshold,
      thresholdFigure,
      comparator,
      undefined,
    );
  }

  const sign = decide(outcome, options.prepared ?? thresholdOf(threshold));
  const met = satisfies(sign, comparator);
  let aboveFloor: boolean | null | undefined;
  if (options.floorRatio !== undefined) {
    if (met) aboveFloor = true;
    else if (comparator === 'gte' || comparator === 'gt' || comparator === 'lte' || comparator === 'lt') {
      // 教督〔2017〕6号: an unmet indicator still counts when it reaches floorRatio × its standard
      // (for an upper limit: stays within standard ÷ floorRatio).
      const floor = (options.floorBound ?? floorBoundOf(threshold, options.floorRatio, comparator)).exact;
      const toFloor = decide(outcome, floor);
      aboveFloor = comparator === 'gte' || comparator === 'gt' ? toFloor >= 0 : toFloor <= 0;
    } else aboveFloor = false;
  }
  return measuredResult(
    indicator.id,
    stage,
    met ? 'met' : 'unmet',
    met,
    outcome,
    threshold,
    thresholdFigure,
    comparator,
    aboveFloor,
  );
}

type Measured = Extract<MetricOutcome, { kind: 'ratio' | 'value' }>;

// Below this share of the threshold, threshold − value in floats may have lost digits: the
// shortfall is then worked out exactly (a value within 0.1 % of its threshold is rare). Above it,
// the float difference is correct to 4.5e-13 (relative), and reported to 15 significant digits
// so that 4.2 − 4 reads 0.2 rather than the last bits of the threshold's binary form.
const CLOSE = 1e-3;

/**
 * A measured or decided result as plain data: figures as numbers (the double nearest each exact
 * figure), the exact fraction in decimal strings only where those numbers do not stand for it.
 * Every field is written, in one order, so that all results of an assessment share one shape.
 */
function measuredResult(
  indicator: string,
  stage: Stage | undefined,
  status: 'met' | 'unmet' | 'measured',
  met: boolean | null,
  outcome: Measured,
  threshold: Decimal | null,
  thresholdFigure: number | null,
  comparator: Indicator['comparator'],
  aboveFloor: boolean | null | undefined,
): IndicatorResult {
  let value: number;
  let numerator: number | undefined;
  let denominator: number | undefined;
  let scale: number | undefined;
  let exact: ExactFraction | undefined;
  let derived: readonly DerivedFigure[] | undefined;
  if (outcome.kind === 'value') {
    const plain = outcome.plainValue;
    if (plain !== undefined) value = plain;
    else {
      value = outcome.value.toNumber();
      if (!new Decimal(value).eq(outcome.value))
        exact = { numerator: outcome.value.toString(), denominator: '1', scale: 1 };
    }
  } else {
    // The figures the metric worked out (a split share: numbers with the exact fraction in
    // decimal strings), or plain numbers that stand exactly for the figures.
    const figures: ResultFigures | PlainRatio | undefined = outcome.figures ?? outcome.plain;
    derived = outcome.derived;
    if (figures !== undefined && (derived === undefined || outcome.figures !== undefined)) {
      numerator = figures.numerator;
      denominator = figures.denominator;
      scale = figures.scale;
      exact = outcome.figures?.exact;
      value = (numerator * scale) / denominator;
    } else {
      const fraction = outcome.exact;
      numerator = outcome.numerator.toNumber();
      denominator = outcome.denominator.toNumber();
      scale = fraction.scale.toNumber();
      if (
        derived !== undefined ||
        !new Decimal(numerator).eq(fraction.numerator) ||
        !new Decimal(denominator).eq(fraction.denominator)
      ) {
        exact = {
          numerator: fraction.numerator.toString(),
          denominator: fraction.denominator.toString(),
          scale,
        };
      }
      value = ratioValue(fraction).toNumber();
    }
  }
  let shortfall: number | null = null;
  if (status === 'unmet' && threshold !== null && thresholdFigure !== null) {
    const t = thresholdFigure;
    const gte = comparator === 'gte' || comparator === 'gt';
    let gap = gte ? t - value : value - t;
    if (Math.abs(gap) >= CLOSE * Math.max(Math.abs(t), Math.abs(value))) gap = Number(gap.toPrecision(15));
    else {
      const exactValue = outcome.kind === 'value' ? outcome.value : ratioValue(outcome.exact);
      gap = (gte ? threshold.minus(exactValue) : exactValue.minus(threshold)).toNumber();
    }
    shortfall = comparator === 'eq' ? Math.abs(gap) : gap;
  }
  const result = {
    indicator,
    stage,
    status,
    met,
    value,
    numerator,
    denominator,
    scale,
    threshold: thresholdFigure,
    comparator,
    shortfall,
    aboveFloor,
    basis: outcome.basis,
    derived,
    exact,
  } as IndicatorResult;
  // Figures given as rates or in 万元 (rare): listed so that the explanation marks them.
  if (outcome.kind === 'ratio' && outcome.inputs !== undefined) return { ...result, inputs: outcome.inputs };
  return result;
}

/**
 * A county-level result: the result with its indicator's aspect, item, veto and advisory flags.
 * @internal
 */
export function countyIndicatorResult(indicator: Indicator, result: IndicatorResult): CountyIndicatorResult {
  return {
    ...result,
    aspect: indicator.aspect,
    ...(indicator.item === undefined ? {} : { item: indicator.item }),
    veto: indicator.veto === true,
    advisory: indicator.advisory === true,
  };
}

// Every decision goes through the seam in numeric/decide.ts, which filters in floats and
// settles close calls exactly; plain JSON numbers are handed over as numbers.
function decide(outcome: Measured, threshold: PreparedThreshold): Sign {
  if (outcome.kind === 'value') return compareValueTo(outcome.plainValue ?? outcome.value, threshold);
  const figures = outcome.figures;
  if (figures !== undefined) {
    const fraction = figures.exact;
    return compareRatioTo(fraction.numerator, fraction.denominator, fraction.scale, threshold);
  }
  const plain = outcome.plain;
  if (plain !== undefined) return compareRatioTo(plain.numerator, plain.denominator, plain.scale, threshold);
  const exact = outcome.exact;
  return compareRatioTo(exact.numerator, exact.denominator, exact.scale, threshold);
}
