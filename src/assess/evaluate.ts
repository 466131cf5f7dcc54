/**
 * Turns a metric outcome into an explained indicator result: the value, the threshold, the
 * exact decision, the shortfall and the arithmetic in words.
 * @module
 */
import type { Indicator, Label, Stage } from '../indicators/types.js';
import {
  compareRatioTo,
  compareValueTo,
  type PreparedThreshold,
  type Sign,
  scaleThreshold,
  thresholdOf,
} from '../numeric/decide.js';
import { Decimal } from '../numeric/decimal.js';
import { comparatorSymbol, type ExactRatio, ratioValue, satisfies } from './exact.js';
import type { MetricOutcome } from './metrics.js';
import type { CountyIndicatorResult, DerivedFigure, IndicatorResult } from './types.js';

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
 * result.explanation.en; //=> '21 ÷ 500 × 100 = 4.2 ≥ 4.2'
 * ```
 */
export function evaluateIndicator(
  indicator: Indicator,
  outcome: MetricOutcome,
  options: EvaluateOptions = {},
): IndicatorResult {
  const stage = options.stage;
  const threshold = options.threshold === undefined ? thresholdFor(indicator, stage) : options.threshold;
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
        threshold,
        shortfall: null,
        missing,
        explanation: {
          en: `unknown: missing ${missing.join(', ')}`,
          zh: `无法判定：缺少 ${missing.join('、')}`,
        },
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
        threshold,
        shortfall: null,
        explanation: { en: `not applicable (${outcome.reason})`, zh: `不适用（${outcome.reason}）` },
      } as IndicatorResult;
    case 'judgement': {
      const base = { indicator: indicator.id, ...(stage === undefined ? {} : { stage }), comparator };
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

  if (comparator === 'none' || comparator === 'bool' || threshold === null) {
    return new LazyResult(
      indicator.id,
      stage,
      'measured',
      null,
      outcome,
      threshold,
      comparator,
      undefined,
    ) as unknown as IndicatorResult;
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
  return new LazyResult(
    indicator.id,
    stage,
    met ? 'met' : 'unmet',
    met,
    outcome,
    threshold,
    comparator,
    aboveFloor,
  ) as unknown as IndicatorResult;
}

type Measured = Extract<MetricOutcome, { kind: 'ratio' | 'value' }>;

/**
 * A measured or decided result whose figures, shortfall and explanation are read from the
 * metric's outcome when first asked for: a national run builds millions of results and reads
 * few of these, and an outcome of plain numbers makes its Decimals only when read. A class
 * (getters on the prototype) rather than object literals with getters, which V8 builds some
 * fifty times more slowly. `toJSON` and {@link plainIndicatorResult} give every field as plain
 * data.
 */
class LazyResult {
  readonly indicator: string;
  readonly stage: Stage | undefined;
  readonly status: 'met' | 'unmet' | 'measured';
  readonly met: boolean | null;
  readonly threshold: Decimal | null;
  readonly comparator: Indicator['comparator'];
  readonly aboveFloor: boolean | null | undefined;
  readonly basis: 'schools' | 'fact' | 'survey';
  readonly derived: readonly DerivedFigure[] | undefined;
  readonly #outcome: Measured;
  #value: Decimal | undefined;
  #shortfall: Decimal | null | undefined;

  constructor(
    indicator: string,
    stage: Stage | undefined,
    status: 'met' | 'unmet' | 'measured',
    met: boolean | null,
    outcome: Measured,
    threshold: Decimal | null,
    comparator: Indicator['comparator'],
    aboveFloor: boolean | null | undefined,
  ) {
    this.indicator = indicator;
    this.stage = stage;
    this.status = status;
    this.met = met;
    this.threshold = threshold;
    this.comparator = comparator;
    this.aboveFloor = aboveFloor;
    this.basis = outcome.basis;
    this.derived = outcome.kind === 'ratio' ? outcome.derived : undefined;
    this.#outcome = outcome;
    this.#shortfall = status === 'unmet' ? undefined : null;
  }

  get value(): Decimal {
    if (this.#value === undefined) {
      const outcome = this.#outcome;
      this.#value = outcome.kind === 'value' ? outcome.value : ratioValue(outcome.exact);
    }
    return this.#value;
  }

  get numerator(): Decimal | undefined {
    const outcome = this.#outcome;
    return outcome.kind === 'ratio' ? outcome.numerator : undefined;
  }

  get denominator(): Decimal | undefined {
    const outcome = this.#outcome;
    return outcome.kind === 'ratio' ? outcome.denominator : undefined;
  }

  get scale(): Decimal | undefined {
    const outcome = this.#outcome;
    return outcome.kind === 'ratio' ? outcome.exact.scale : undefined;
  }

  /** The exact fraction, shown only where figures were derived (otherwise it repeats them). */
  get exact(): ExactRatio | undefined {
    const outcome = this.#outcome;
    return outcome.kind === 'ratio' && outcome.derived !== undefined ? outcome.exact : undefined;
  }

  get shortfall(): Decimal | null {
    if (this.#shortfall === undefined) {
      const value = this.value;
      const threshold = this.threshold as Decimal;
      const gte = this.comparator === 'gte' || this.comparator === 'gt';
      const gap = gte ? threshold.minus(value) : value.minus(threshold);
      this.#shortfall = this.comparator === 'eq' ? gap.abs() : gap;
    }
    return this.#shortfall;
  }

  get explanation(): Label {
    const outcome = this.#outcome;
    const arithmetic =
      outcome.kind === 'value'
        ? show(this.value)
        : `${show(outcome.numerator)} ÷ ${show(outcome.denominator)}${outcome.exact.scale.eq(1) ? '' : ` × ${outcome.exact.scale}`} = ${show(this.value)}`;
    if (this.status === 'measured') return { en: arithmetic, zh: arithmetic };
    const symbol = this.status === 'met' ? comparatorSymbol(this.comparator) : negatedSymbol(this.comparator);
    const text = `${arithmetic} ${symbol} ${(this.threshold as Decimal).toString()}`;
    return { en: text, zh: text };
  }

  /** A new result with the same fields and the same lazy values (for adding fields to). */
  copy(): LazyResult {
    return new LazyResult(
      this.indicator,
      this.stage,
      this.status,
      this.met,
      this.#outcome,
      this.threshold,
      this.comparator,
      this.aboveFloor,
    );
  }

  /** The result as plain data (what `JSON.stringify` writes). */
  toJSON(): IndicatorResult {
    return plainIndicatorResult(this as unknown as IndicatorResult);
  }
}

/**
 * A result as a plain object with every field read (lazy fields included), in the order results
 * are documented: for spreading, `structuredClone` or equality checks.
 * @category Assessment
 * @param result - an indicator result
 * @returns the same fields as plain data
 * @example
 * ```ts
 * const copy = plainIndicatorResult(result);
 * copy.value?.toString() === result.value?.toString(); //=> true
 * ```
 */
export function plainIndicatorResult(result: IndicatorResult): IndicatorResult {
  if (!(result instanceof LazyResult)) return result;
  const plain: Record<string, unknown> = {
    indicator: result.indicator,
    stage: result.stage,
    status: result.status,
    met: result.met,
    value: result.value,
    numerator: result.numerator,
    denominator: result.denominator,
    scale: result.scale,
    threshold: result.threshold,
    comparator: result.comparator,
    shortfall: result.shortfall,
    aboveFloor: result.aboveFloor,
    basis: result.basis,
    derived: result.derived,
    exact: result.exact,
    explanation: result.explanation,
  };
  // Fields added to a result (a county result's aspect, item, veto and advisory flags) follow.
  for (const key of Object.keys(result))
    if (!(key in plain)) plain[key] = (result as unknown as Record<string, unknown>)[key];
  for (const key of Object.keys(plain)) if (plain[key] === undefined) delete plain[key];
  return plain as unknown as IndicatorResult;
}

/**
 * A county-level result: the result with its indicator's aspect, item, veto and advisory flags,
 * lazy fields kept lazy (what spreading would give for a plain result, without reading a value
 * or an explanation nobody asked for).
 * @internal
 */
export function countyIndicatorResult(indicator: Indicator, result: IndicatorResult): CountyIndicatorResult {
  const fields =
    indicator.item === undefined
      ? { aspect: indicator.aspect, veto: indicator.veto === true, advisory: indicator.advisory === true }
      : {
          aspect: indicator.aspect,
          item: indicator.item,
          veto: indicator.veto === true,
          advisory: indicator.advisory === true,
        };
  if (!(result instanceof LazyResult)) return { ...result, ...fields };
  return Object.assign(result.copy(), fields) as unknown as CountyIndicatorResult;
}

// Every decision goes through the seam in numeric/decide.ts, which filters in floats and
// settles close calls exactly; plain JSON numbers are handed over as numbers.
function decide(outcome: Measured, threshold: PreparedThreshold): Sign {
  if (outcome.kind === 'value') return compareValueTo(outcome.plainValue ?? outcome.value, threshold);
  const plain = outcome.plain;
  if (plain !== undefined) return compareRatioTo(plain.numerator, plain.denominator, plain.scale, threshold);
  const exact = outcome.exact;
  return compareRatioTo(exact.numerator, exact.denominator, exact.scale, threshold);
}

function negatedSymbol(comparator: Indicator['comparator']): string {
  return { gte: '<', gt: '≤', lte: '>', lt: '≥', eq: '≠', bool: '', none: '' }[comparator];
}
