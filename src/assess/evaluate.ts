/**
 * Turns a metric outcome into an explained indicator result: the value, the threshold, the
 * exact decision, the shortfall and the arithmetic in words.
 * @module
 */
import type { Indicator, Label, Stage } from '../indicators/types.js';
import { Decimal } from '../numeric/decimal.js';
import {
  comparatorSymbol,
  compareRatio,
  compareValue,
  type ExactRatio,
  ratioValue,
  satisfies,
} from './exact.js';
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
  /** The threshold as a float, when the caller has it already (an optimisation only). */
  readonly thresholdApprox?: number | undefined;
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
      const base = { indicator: indicator.id, ...(stage === undefined ? {} : { stage }), comparator };
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
    }
    case 'not-applicable': {
      const base = { indicator: indicator.id, ...(stage === undefined ? {} : { stage }), comparator };
      return {
        ...base,
        status: 'not-applicable',
        met: null,
        value: null,
        threshold,
        shortfall: null,
        explanation: { en: `not applicable (${outcome.reason})`, zh: `不适用（${outcome.reason}）` },
      };
    }
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

  const isRatio = outcome.kind === 'ratio';
  const exact = isRatio ? outcome.exact : undefined;
  // One memo per result, read by its getters (no helper closures: millions of these are built).
  const memo: ValueMemo = {
    value: isRatio ? undefined : outcome.value,
    exact,
    numerator: isRatio ? outcome.numerator : undefined,
    denominator: isRatio ? outcome.denominator : undefined,
    shortfall: undefined,
  };
  const numerator = memo.numerator;
  const denominator = memo.denominator;
  const derived = isRatio ? outcome.derived : undefined;

  if (comparator === 'none' || comparator === 'bool' || threshold === null) {
    // Built as one literal with lazy getters: national-scale runs create millions of these, and
    // most values and texts are never read.
    if (!isRatio) {
      return {
        indicator: indicator.id,
        stage,
        status: 'measured' as const,
        met: null,
        value: memo.value as Decimal,
        numerator,
        denominator,
        scale: exact?.scale,
        threshold,
        comparator,
        shortfall: null,
        basis: outcome.basis,
        derived,
        exact: derived === undefined ? undefined : exact,
        get explanation(): Label {
          const text = memoArithmetic(memo);
          return { en: text, zh: text };
        },
      } as IndicatorResult;
    }
    const measured = {
      indicator: indicator.id,
      stage,
      status: 'measured' as const,
      met: null,
      get value(): Decimal {
        return memoValue(memo);
      },
      numerator,
      denominator,
      scale: exact?.scale,
      threshold,
      comparator,
      shortfall: null,
      basis: outcome.basis,
      derived,
      exact: derived === undefined ? undefined : exact,
      get explanation(): Label {
        const text = memoArithmetic(memo);
        return { en: text, zh: text };
      },
    };
    return measured as IndicatorResult;
  }

  const approx = outcome.approx;
  const sign = decide(outcome, threshold, approx, options.thresholdApprox);
  const met = satisfies(sign, comparator);
  let aboveFloor: boolean | null | undefined;
  if (options.floorRatio !== undefined) {
    if (met) aboveFloor = true;
    else if (comparator === 'gte' || comparator === 'gt') {
      const floor = boundOf(threshold, options.floorRatio, false);
      aboveFloor =
        decide(
          outcome,
          floor.value,
          approx,
          options.thresholdApprox === undefined ? undefined : floor.approx,
        ) >= 0;
    } else if (comparator === 'lte' || comparator === 'lt') {
      const ceiling = boundOf(threshold, options.floorRatio, true);
      aboveFloor = decide(outcome, ceiling.value, approx, undefined) <= 0;
    } else aboveFloor = false;
  }
  // Built as literals with lazy getters only where a value must be computed: a getter in a
  // literal costs far more than a plain field, and most results are met (no shortfall) or carry
  // a plain value already known.
  const status = met ? ('met' as const) : ('unmet' as const);
  const scale = exact?.scale;
  const basis = outcome.basis;
  const shownExact = derived === undefined ? undefined : exact;
  if (met) {
    if (isRatio) {
      return {
        indicator: indicator.id,
        stage,
        status,
        met,
        get value(): Decimal {
          return memoValue(memo);
        },
        numerator,
        denominator,
        scale,
        threshold,
        comparator,
        shortfall: null,
        aboveFloor,
        basis,
        derived,
        exact: shownExact,
        get explanation(): Label {
          return explanationOf(memo, true, comparator, threshold);
        },
      } as IndicatorResult;
    }
    return {
      indicator: indicator.id,
      stage,
      status,
      met,
      value: memo.value as Decimal,
      numerator,
      denominator,
      scale,
      threshold,
      comparator,
      shortfall: null,
      aboveFloor,
      basis,
      derived,
      exact: shownExact,
      get explanation(): Label {
        return explanationOf(memo, true, comparator, threshold);
      },
    } as IndicatorResult;
  }
  if (isRatio) {
    return {
      indicator: indicator.id,
      stage,
      status,
      met,
      get value(): Decimal {
        return memoValue(memo);
      },
      numerator,
      denominator,
      scale,
      threshold,
      comparator,
      get shortfall(): Decimal | null {
        return shortfallOf(memo, comparator, threshold);
      },
      aboveFloor,
      basis,
      derived,
      exact: shownExact,
      get explanation(): Label {
        return explanationOf(memo, false, comparator, threshold);
      },
    } as IndicatorResult;
  }
  return {
    indicator: indicator.id,
    stage,
    status,
    met,
    value: memo.value as Decimal,
    numerator,
    denominator,
    scale,
    threshold,
    comparator,
    get shortfall(): Decimal | null {
      return shortfallOf(memo, comparator, threshold);
    },
    aboveFloor,
    basis,
    derived,
    exact: shownExact,
    get explanation(): Label {
      return explanationOf(memo, false, comparator, threshold);
    },
  } as IndicatorResult;
}

function shortfallOf(memo: ValueMemo, comparator: Indicator['comparator'], threshold: Decimal): Decimal {
  if (memo.shortfall === undefined) {
    const value = memoValue(memo);
    const gap = comparator === 'gte' || comparator === 'gt' ? threshold.minus(value) : value.minus(threshold);
    memo.shortfall = comparator === 'eq' ? gap.abs() : gap;
  }
  return memo.shortfall;
}

function explanationOf(
  memo: ValueMemo,
  met: boolean,
  comparator: Indicator['comparator'],
  threshold: Decimal,
): Label {
  const symbol = met ? comparatorSymbol(comparator) : negatedSymbol(comparator);
  const text = `${memoArithmetic(memo)} ${symbol} ${threshold.toString()}`;
  return { en: text, zh: text };
}

interface ValueMemo {
  value: Decimal | undefined;
  shortfall?: Decimal | undefined;
  readonly exact: ExactRatio | undefined;
  readonly numerator: Decimal | undefined;
  readonly denominator: Decimal | undefined;
}

function memoValue(memo: ValueMemo): Decimal {
  if (memo.value === undefined) memo.value = ratioValue(memo.exact as ExactRatio);
  return memo.value;
}

function memoArithmetic(memo: ValueMemo): string {
  const exact = memo.exact;
  return exact === undefined
    ? show(memoValue(memo))
    : `${show(memo.numerator as Decimal)} ÷ ${show(memo.denominator as Decimal)}${exact.scale.eq(1) ? '' : ` × ${exact.scale}`} = ${show(memoValue(memo))}`;
}

// threshold × floorRatio (or ÷ for upper limits), computed once per threshold and ratio: a county
// assessment makes thousands of floor decisions against the same few thresholds.
interface Bound {
  readonly ratio: Decimal;
  readonly ceiling: boolean;
  readonly value: Decimal;
  readonly approx: number;
}
const bounds = new WeakMap<Decimal, Bound[]>();
function boundOf(threshold: Decimal, ratio: Decimal, ceiling: boolean): { value: Decimal; approx: number } {
  let list = bounds.get(threshold);
  if (list === undefined) {
    list = [];
    bounds.set(threshold, list);
  }
  for (const bound of list) if (bound.ratio === ratio && bound.ceiling === ceiling) return bound;
  const value = ceiling ? threshold.div(ratio) : threshold.times(ratio);
  // As before: the floor's float is the threshold's float times the ratio's float.
  const bound = { ratio, ceiling, value, approx: threshold.toNumber() * ratio.toNumber() };
  list.push(bound);
  return bound;
}

// Floats decide when the two sides are clearly apart (inputs are exact decimals, so a float
// carries each within a few units in the last place; 1e-9 relative is a wide margin); otherwise
// the exact Decimal comparison decides.
const FLOAT_DECISION_MARGIN = 1e-9;

function decide(
  outcome: Extract<MetricOutcome, { kind: 'ratio' | 'value' }>,
  threshold: Decimal,
  approx: number | undefined,
  thresholdApprox: number | undefined,
): number {
  if (approx !== undefined && Number.isFinite(approx)) {
    const t = thresholdApprox ?? threshold.toNumber();
    const diff = approx - t;
    if (Math.abs(diff) > FLOAT_DECISION_MARGIN * Math.max(Math.abs(t), Math.abs(approx), 1e-300)) {
      return diff > 0 ? 1 : -1;
    }
  }
  return outcome.kind === 'ratio'
    ? compareRatio(outcome.exact, threshold)
    : compareValue(outcome.value, threshold);
}

function negatedSymbol(comparator: Indicator['comparator']): string {
  return { gte: '<', gt: '≤', lte: '>', lt: '≥', eq: '≠', bool: '', none: '' }[comparator];
}
